package dev.neardup.core;

import dev.neardup.core.minhash.MinHasher;
import dev.neardup.core.shingle.ShingleKind;
import dev.neardup.core.shingle.Shingler;
import dev.neardup.core.text.NewsNormalizer;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything that decides what an article's signature is: the normaliser and MinHash versions, the
 * shingling and the permutations. Two signatures can be compared only when their specs are equal,
 * so sketch files, the index and every batch run carry one, check it here and store it in one form
 * ({@link #fields()}).
 *
 * @param shingleKind word or character shingles
 * @param shingleSize tokens (or characters) per shingle
 * @param sampling keep 1 in this many shingles, chosen by hash; 1 keeps all
 * @param permutations MinHash signature length, in [1, 4096]
 * @param seed seed of the MinHash permutations
 * @param normalizerVersion {@link NewsNormalizer#VERSION} the text was normalised with
 * @param minhashVersion {@link MinHasher#ALGORITHM_VERSION} the signature was computed with
 */
public record FingerprintSpec(
    ShingleKind shingleKind,
    int shingleSize,
    int sampling,
    int permutations,
    long seed,
    int normalizerVersion,
    int minhashVersion) {

  /** The parts a user chooses, each set by its own options. */
  public enum Part {
    /** Shingle kind, size and sampling. */
    SHINGLING,
    PERMUTATIONS,
    SEED
  }

  /**
   * @throws IllegalArgumentException when a value is out of range
   */
  public FingerprintSpec {
    Objects.requireNonNull(shingleKind, "shingleKind");
    Shingler.of(shingleKind, shingleSize, sampling); // validates the size and sampling
    if (permutations < 1 || permutations > 4096) {
      throw new IllegalArgumentException("permutations must be in [1, 4096]: " + permutations);
    }
    if (normalizerVersion < 1 || minhashVersion < 1) {
      throw new IllegalArgumentException(
          "normalizer and MinHash versions must be at least 1: "
              + normalizerVersion
              + ", "
              + minhashVersion);
    }
  }

  /** A spec with this build's normaliser and MinHash versions. */
  public static FingerprintSpec of(
      ShingleKind kind, int size, int sampling, int permutations, long seed) {
    return new FingerprintSpec(
        kind,
        size,
        sampling,
        permutations,
        seed,
        NewsNormalizer.VERSION,
        MinHasher.ALGORITHM_VERSION);
  }

  public Shingler shingler() {
    return Shingler.of(shingleKind, shingleSize, sampling);
  }

  /** The shingling as users type it: {@code word:5}, {@code char:9/4}. */
  public String shingling() {
    return shingler().describe();
  }

  public FingerprintSpec withShingling(ShingleKind kind, int size, int sampling) {
    return new FingerprintSpec(
        kind, size, sampling, permutations, seed, normalizerVersion, minhashVersion);
  }

  public FingerprintSpec withPermutations(int count) {
    return new FingerprintSpec(
        shingleKind, shingleSize, sampling, count, seed, normalizerVersion, minhashVersion);
  }

  public FingerprintSpec withSeed(long value) {
    return new FingerprintSpec(
        shingleKind, shingleSize, sampling, permutations, value, normalizerVersion, minhashVersion);
  }

  /** For messages: {@code char:9/4, 128 permutations, seed 1, normalizer 1, MinHash 3}. */
  public String describe() {
    return shingling()
        + ", "
        + permutations
        + " permutations, seed "
        + seed
        + ", normalizer "
        + normalizerVersion
        + ", MinHash "
        + minhashVersion;
  }

  /** The user-chosen parts in which {@code other} differs from this spec. */
  public Set<Part> differences(FingerprintSpec other) {
    Set<Part> parts = EnumSet.noneOf(Part.class);
    if (shingleKind != other.shingleKind
        || shingleSize != other.shingleSize
        || sampling != other.sampling) {
      parts.add(Part.SHINGLING);
    }
    if (permutations != other.permutations) {
      parts.add(Part.PERMUTATIONS);
    }
    if (seed != other.seed) {
      parts.add(Part.SEED);
    }
    return parts;
  }

  /**
   * Whether this build signs as the spec says; signatures of another MinHash version never compare.
   */
  public boolean signedHere() {
    return minhashVersion == MinHasher.ALGORITHM_VERSION;
  }

  /** Whether this build normalises as the spec says. */
  public boolean normalizedHere() {
    return normalizerVersion == NewsNormalizer.VERSION;
  }

  /**
   * Why signatures of this spec cannot be compared with this build's, for a message about {@code
   * source}, or null when they can.
   */
  public String unsignableReason(String source) {
    return signedHere()
        ? null
        : source
            + " was made with MinHash algorithm version "
            + minhashVersion
            + " and this neardup signs with version "
            + MinHasher.ALGORITHM_VERSION
            + ": the signatures cannot be compared";
  }

  /** The stored form: one text value per key, in a fixed order (the index's meta rows). */
  public Map<String, String> fields() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("normalizer_version", Integer.toString(normalizerVersion));
    m.put("minhash_version", Integer.toString(minhashVersion));
    m.put("shingle_kind", shingleKind.name().toLowerCase(Locale.ROOT));
    m.put("shingle_size", Integer.toString(shingleSize));
    m.put("shingle_sampling", Integer.toString(sampling));
    m.put("permutations", Integer.toString(permutations));
    m.put("seed", Long.toString(seed));
    return m;
  }

  /**
   * Reads {@link #fields()} back. Stores written before sampling or MinHash versions existed lack
   * them: sampling 1 and version 1 are what those builds used.
   *
   * @throws IllegalArgumentException naming the first missing or bad field
   */
  public static FingerprintSpec fromFields(Map<String, String> fields) {
    return new FingerprintSpec(
        ShingleKind.valueOf(required(fields, "shingle_kind").toUpperCase(Locale.ROOT)),
        integer(fields, "shingle_size", null),
        integer(fields, "shingle_sampling", 1),
        integer(fields, "permutations", null),
        Long.parseLong(required(fields, "seed")),
        integer(fields, "normalizer_version", null),
        integer(fields, "minhash_version", 1));
  }

  private static String required(Map<String, String> fields, String key) {
    String value = fields.get(key);
    if (value == null) {
      throw new IllegalArgumentException("missing " + key);
    }
    return value;
  }

  private static int integer(Map<String, String> fields, String key, Integer otherwise) {
    String value = fields.get(key);
    if (value == null && otherwise != null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(required(fields, key));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " is not a whole number: " + value, e);
    }
  }
}
