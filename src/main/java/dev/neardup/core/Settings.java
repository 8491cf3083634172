package dev.neardup.core;

import dev.neardup.core.cluster.Linkage;
import dev.neardup.core.lsh.LshParams;
import dev.neardup.core.minhash.MinHasher;
import dev.neardup.core.shingle.ShingleKind;
import dev.neardup.core.shingle.Shingler;
import dev.neardup.core.verify.Measure;

/**
 * Every knob of a run. The defaults ({@link #DEFAULTS}) were chosen by {@code neardup tune} on a
 * labelled corpus of generated wire rewrites; see the README for the measurements.
 *
 * <p>What shapes a signature is its {@link FingerprintSpec}; {@link #shingleKind()}, {@link
 * #permutations()} and the like read it. The banding is worked out once per instance: the search
 * for the optimal (bands, rows) takes 50–190 ms at 128 permutations and seconds at 4,096.
 *
 * <p>Parameters of {@link #Settings(FingerprintSpec, Measure, double, double, LshParams, Linkage,
 * int)}:
 *
 * @param fingerprint shingling, permutations and seed (with this build's versions)
 * @param measure similarity compared with {@code threshold}
 * @param threshold minimum exact score for a pair to count as duplicates, in (0, 1]
 * @param lshThreshold Jaccard similarity at which LSH banding is tuned to start finding pairs; must
 *     be low enough for the measure (a truncated copy with containment 1 can have low Jaccard)
 * @param lshOverride explicit (bands, rows), or null to derive them from {@code lshThreshold}
 * @param linkage how pairs become clusters
 * @param commonShingles articles of a batch above which a shingle is common and left out of
 *     signatures ({@link dev.neardup.core.shingle.CommonShingles}); 0 keeps every shingle
 */
public final class Settings {

  public static final Settings DEFAULTS =
      new Settings(
          ShingleKind.CHAR,
          ShingleKind.CHAR.defaultSize(),
          MinHasher.DEFAULT_PERMUTATIONS,
          MinHasher.DEFAULT_SEED,
          Measure.PASSAGE,
          0.4,
          0.1,
          null,
          Linkage.CENTER,
          1000,
          defaultSampling(ShingleKind.CHAR));

  private final FingerprintSpec fingerprint;
  private final Measure measure;
  private final double threshold;
  private final double lshThreshold;
  private final LshParams lshOverride;
  private final Linkage linkage;
  private final int commonShingles;
  private final LshParams lshParams;

  /**
   * The sampling used when none is asked for: 1 in 4 character shingles (one per character of text,
   * so plenty remain), every word shingle (a quarter as many to begin with).
   */
  public static int defaultSampling(ShingleKind kind) {
    return kind == ShingleKind.CHAR ? 4 : 1;
  }

  /** Settings with this build's normaliser and MinHash versions. */
  public Settings(
      ShingleKind shingleKind,
      int shingleSize,
      int permutations,
      long seed,
      Measure measure,
      double threshold,
      double lshThreshold,
      LshParams lshOverride,
      Linkage linkage,
      int commonShingles,
      int sampling) {
    this(
        FingerprintSpec.of(shingleKind, shingleSize, sampling, permutations, seed),
        measure,
        threshold,
        lshThreshold,
        lshOverride,
        linkage,
        commonShingles);
  }

  public Settings(
      FingerprintSpec fingerprint,
      Measure measure,
      double threshold,
      double lshThreshold,
      LshParams lshOverride,
      Linkage linkage,
      int commonShingles) {
    this(fingerprint, measure, threshold, lshThreshold, lshOverride, linkage, commonShingles, null);
  }

  /**
   * {@code banding} is the banding already worked out for the same threshold, override and
   * permutations, or null.
   */
  private Settings(
      FingerprintSpec fingerprint,
      Measure measure,
      double threshold,
      double lshThreshold,
      LshParams lshOverride,
      Linkage linkage,
      int commonShingles,
      LshParams banding) {
    this.fingerprint = java.util.Objects.requireNonNull(fingerprint, "fingerprint");
    this.measure = java.util.Objects.requireNonNull(measure, "measure");
    this.linkage = java.util.Objects.requireNonNull(linkage, "linkage");
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    if (!(lshThreshold > 0 && lshThreshold < 1)) {
      throw new IllegalArgumentException("LSH threshold must be in (0, 1): " + lshThreshold);
    }
    if (commonShingles < 0) {
      throw new IllegalArgumentException(
          "common-shingle cut must not be negative: " + commonShingles);
    }
    int permutations = fingerprint.permutations();
    if (lshOverride != null && lshOverride.width() > permutations) {
      throw new IllegalArgumentException(
          "bands × rows = "
              + lshOverride.width()
              + " exceeds the "
              + permutations
              + " permutations");
    }
    this.threshold = threshold;
    this.lshThreshold = lshThreshold;
    this.lshOverride = lshOverride;
    this.commonShingles = commonShingles;
    this.lshParams =
        banding != null
            ? banding
            : lshOverride != null
                ? lshOverride
                : LshParams.optimal(
                    lshThreshold, permutations, LshParams.DEFAULT_FALSE_POSITIVE_WEIGHT);
  }

  public FingerprintSpec fingerprint() {
    return fingerprint;
  }

  public ShingleKind shingleKind() {
    return fingerprint.shingleKind();
  }

  public int shingleSize() {
    return fingerprint.shingleSize();
  }

  public int sampling() {
    return fingerprint.sampling();
  }

  public int permutations() {
    return fingerprint.permutations();
  }

  public long seed() {
    return fingerprint.seed();
  }

  public Measure measure() {
    return measure;
  }

  public double threshold() {
    return threshold;
  }

  public double lshThreshold() {
    return lshThreshold;
  }

  /** Explicit (bands, rows), or null when they are derived from {@link #lshThreshold()}. */
  public LshParams lshOverride() {
    return lshOverride;
  }

  public Linkage linkage() {
    return linkage;
  }

  public int commonShingles() {
    return commonShingles;
  }

  /** The banding used: the override, or the optimum for {@code lshThreshold}. */
  public LshParams lshParams() {
    return lshParams;
  }

  public Shingler shingler() {
    return fingerprint.shingler();
  }

  public Settings withFingerprint(FingerprintSpec spec) {
    LshParams banding = spec.permutations() == fingerprint.permutations() ? lshParams : null;
    return new Settings(
        spec, measure, threshold, lshThreshold, lshOverride, linkage, commonShingles, banding);
  }

  public Settings withShingles(ShingleKind kind, int size) {
    return withFingerprint(fingerprint.withShingling(kind, size, fingerprint.sampling()));
  }

  public Settings withSampling(int value) {
    return withFingerprint(
        fingerprint.withShingling(fingerprint.shingleKind(), fingerprint.shingleSize(), value));
  }

  public Settings withPermutations(int count) {
    return withFingerprint(fingerprint.withPermutations(count));
  }

  public Settings withSeed(long value) {
    return withFingerprint(fingerprint.withSeed(value));
  }

  public Settings withMatching(Measure m, double t, Linkage l) {
    return new Settings(fingerprint, m, t, lshThreshold, lshOverride, l, commonShingles, lshParams);
  }

  public Settings withCommonShingles(int share) {
    return new Settings(
        fingerprint, measure, threshold, lshThreshold, lshOverride, linkage, share, lshParams);
  }

  public Settings withLsh(double jaccardThreshold, LshParams override) {
    return new Settings(
        fingerprint, measure, threshold, jaccardThreshold, override, linkage, commonShingles, null);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Settings s
        && fingerprint.equals(s.fingerprint)
        && measure == s.measure
        && Double.compare(threshold, s.threshold) == 0
        && Double.compare(lshThreshold, s.lshThreshold) == 0
        && java.util.Objects.equals(lshOverride, s.lshOverride)
        && linkage == s.linkage
        && commonShingles == s.commonShingles;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        fingerprint, measure, threshold, lshThreshold, lshOverride, linkage, commonShingles);
  }

  @Override
  public String toString() {
    return "Settings["
        + fingerprint
        + ", measure="
        + measure
        + ", threshold="
        + threshold
        + ", lshThreshold="
        + lshThreshold
        + ", lshOverride="
        + lshOverride
        + ", linkage="
        + linkage
        + ", commonShingles="
        + commonShingles
        + "]";
  }
}
