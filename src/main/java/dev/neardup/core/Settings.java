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
 * @param shingleKind    word or character shingles
 * @param shingleSize    tokens (or characters) per shingle
 * @param permutations   MinHash signature length
 * @param seed           seed of the MinHash permutations
 * @param measure        similarity compared with {@code threshold}
 * @param threshold      minimum exact score for a pair to count as duplicates, in (0, 1]
 * @param lshThreshold   Jaccard similarity at which LSH banding is tuned to start finding pairs;
 *                       must be low enough for the measure (a truncated copy with containment 1
 *                       can have low Jaccard)
 * @param lshOverride    explicit (bands, rows), or null to derive them from {@code lshThreshold}
 * @param linkage        how pairs become clusters
 * @param commonShingles articles of a batch above which a shingle is common and left out of
 *                       signatures ({@link dev.neardup.core.shingle.CommonShingles}); 0 keeps every shingle
 * @param sampling       keep 1 in this many shingles, chosen by hash ({@link Shingler#of(ShingleKind,
 *                       int, int)}); 1 keeps all
 */
public record Settings(
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

  public static final Settings DEFAULTS =
      new Settings(ShingleKind.CHAR, 9, MinHasher.DEFAULT_PERMUTATIONS, MinHasher.DEFAULT_SEED,
          Measure.PASSAGE, 0.4, 0.1, null, Linkage.CENTER, 1000, defaultSampling(ShingleKind.CHAR));

  /**
   * The sampling used when none is asked for: 1 in 4 character shingles (one per character of
   * text, so plenty remain), every word shingle (a quarter as many to begin with).
   */
  public static int defaultSampling(ShingleKind kind) {
    return kind == ShingleKind.CHAR ? 4 : 1;
  }

  public Settings {
    java.util.Objects.requireNonNull(shingleKind, "shingleKind");
    java.util.Objects.requireNonNull(measure, "measure");
    java.util.Objects.requireNonNull(linkage, "linkage");
    Shingler.of(shingleKind, shingleSize, sampling); // validates the size and sampling
    if (permutations < 1 || permutations > 4096) {
      throw new IllegalArgumentException("permutations must be in [1, 4096]: " + permutations);
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    if (!(lshThreshold > 0 && lshThreshold < 1)) {
      throw new IllegalArgumentException("LSH threshold must be in (0, 1): " + lshThreshold);
    }
    if (commonShingles < 0) {
      throw new IllegalArgumentException("common-shingle cut must not be negative: " + commonShingles);
    }
    if (lshOverride != null && lshOverride.width() > permutations) {
      throw new IllegalArgumentException("bands × rows = " + lshOverride.width()
          + " exceeds the " + permutations + " permutations");
    }
  }

  /** The banding used: the override, or the optimum for {@code lshThreshold}. */
  public LshParams lshParams() {
    return lshOverride != null
        ? lshOverride
        : LshParams.optimal(lshThreshold, permutations, LshParams.DEFAULT_FALSE_POSITIVE_WEIGHT);
  }

  public Shingler shingler() {
    return Shingler.of(shingleKind, shingleSize, sampling);
  }

  public Settings withShingles(ShingleKind kind, int size) {
    return new Settings(kind, size, permutations, seed, measure, threshold, lshThreshold, lshOverride, linkage, commonShingles, sampling);
  }

  public Settings withPermutations(int count) {
    return new Settings(shingleKind, shingleSize, count, seed, measure, threshold, lshThreshold, lshOverride, linkage, commonShingles, sampling);
  }

  public Settings withSeed(long value) {
    return new Settings(shingleKind, shingleSize, permutations, value, measure, threshold, lshThreshold, lshOverride, linkage, commonShingles, sampling);
  }

  public Settings withMatching(Measure m, double t, Linkage l) {
    return new Settings(shingleKind, shingleSize, permutations, seed, m, t, lshThreshold, lshOverride, l, commonShingles, sampling);
  }

  public Settings withSampling(int value) {
    return new Settings(shingleKind, shingleSize, permutations, seed, measure, threshold, lshThreshold, lshOverride, linkage,
        commonShingles, value);
  }

  public Settings withCommonShingles(int share) {
    return new Settings(shingleKind, shingleSize, permutations, seed, measure, threshold, lshThreshold, lshOverride, linkage, share, sampling);
  }

  public Settings withLsh(double jaccardThreshold, LshParams override) {
    return new Settings(shingleKind, shingleSize, permutations, seed, measure, threshold, jaccardThreshold, override, linkage, commonShingles, sampling);
  }
}
