package dev.neardup.store;

import dev.neardup.core.Settings;
import dev.neardup.core.lsh.LshParams;
import dev.neardup.core.shingle.ShingleKind;
import dev.neardup.core.shingle.Shingler;
import dev.neardup.core.text.NewsNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The settings that shape what an index stores: signatures (normaliser version, shingling,
 * permutations, seed) and band keys (LSH bands and rows). Fixed when an index is created and stored
 * in it; articles fingerprinted with other settings cannot be compared with its contents.
 *
 * <p>The measure and threshold are not among them: they only decide, at query time, which
 * candidates count as duplicates.
 *
 * @param normalizerVersion {@link NewsNormalizer#VERSION} the signatures were made with
 * @param shingleKind       word or character shingles
 * @param shingleSize       tokens (or characters) per shingle
 * @param sampling          1 in how many shingles are kept ({@link Settings#sampling()})
 * @param permutations      MinHash signature length
 * @param seed              seed of the MinHash permutations
 * @param bands             LSH bands
 * @param rows              LSH rows per band
 */
public record IndexSettings(int normalizerVersion, ShingleKind shingleKind, int shingleSize, int sampling, int permutations,
    long seed, int bands, int rows) {

  /**
   * @throws IllegalArgumentException when a value is out of range or bands × rows exceeds the
   *     permutations
   */
  public IndexSettings {
    Objects.requireNonNull(shingleKind, "shingleKind");
    Shingler.of(shingleKind, shingleSize, sampling); // validates the size and sampling
    if (normalizerVersion < 1) {
      throw new IllegalArgumentException("normalizer version must be at least 1: " + normalizerVersion);
    }
    if (permutations < 1 || permutations > 4096) {
      throw new IllegalArgumentException("permutations must be in [1, 4096]: " + permutations);
    }
    LshParams lsh = new LshParams(bands, rows);
    if (lsh.width() > permutations) {
      throw new IllegalArgumentException("bands × rows = " + lsh.width() + " exceeds the " + permutations
          + " permutations");
    }
  }

  /** The index settings of a run's settings, with this build's normaliser version. */
  public static IndexSettings of(Settings settings) {
    LshParams lsh = settings.lshParams();
    return new IndexSettings(NewsNormalizer.VERSION, settings.shingleKind(), settings.shingleSize(), settings.sampling(),
        settings.permutations(), settings.seed(), lsh.bands(), lsh.rows());
  }

  public LshParams lsh() {
    return new LshParams(bands, rows);
  }

  /** Shingling label as {@code neardup sketch} writes it, e.g. {@code char:9/4}. */
  public String shingle() {
    return Shingler.of(shingleKind, shingleSize, sampling).describe();
  }

  /**
   * {@code settings} with this index's shingling, permutations, seed and banding; its measure,
   * threshold and linkage are kept.
   */
  public Settings applyTo(Settings settings) {
    return settings.withShingles(shingleKind, shingleSize).withSampling(sampling).withPermutations(permutations).withSeed(seed)
        .withLsh(settings.lshThreshold(), lsh());
  }

  /** One stable line naming every field; {@link #hash()} is computed from it. */
  public String canonical() {
    return String.format(Locale.ROOT, "normalizer=%d;shingle=%s;permutations=%d;seed=%d;bands=%d;rows=%d",
        normalizerVersion, shingle(), permutations, seed, bands, rows);
  }

  /** First 16 hex digits of the SHA-256 of {@link #canonical()}: equal settings, equal hash. */
  public String hash() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** For messages: {@code char:9/4, 128 permutations, seed 1, 64 bands × 2 rows, normalizer 1}. */
  public String describe() {
    return String.format(Locale.ROOT, "%s, %d permutations, seed %d, %d bands × %d rows, normalizer %d",
        shingle(), permutations, seed, bands, rows, normalizerVersion);
  }
}
