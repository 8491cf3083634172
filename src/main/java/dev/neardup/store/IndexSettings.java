package dev.neardup.store;

import dev.neardup.core.FingerprintSpec;
import dev.neardup.core.Settings;
import dev.neardup.core.lsh.LshParams;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The settings that shape what an index stores: signatures ({@link FingerprintSpec}) and band keys
 * (LSH bands and rows). Fixed when an index is created and stored in it; articles fingerprinted
 * with other settings cannot be compared with its contents.
 *
 * <p>The measure and threshold are not among them: they only decide, at query time, which
 * candidates count as duplicates.
 *
 * @param fingerprint what shapes the signatures
 * @param bands LSH bands
 * @param rows LSH rows per band
 */
public record IndexSettings(FingerprintSpec fingerprint, int bands, int rows) {

  /**
   * @throws IllegalArgumentException when bands × rows exceeds the permutations
   */
  public IndexSettings {
    Objects.requireNonNull(fingerprint, "fingerprint");
    LshParams lsh = new LshParams(bands, rows);
    if (lsh.width() > fingerprint.permutations()) {
      throw new IllegalArgumentException(
          "bands × rows = "
              + lsh.width()
              + " exceeds the "
              + fingerprint.permutations()
              + " permutations");
    }
  }

  /** The index settings of a run's settings. */
  public static IndexSettings of(Settings settings) {
    LshParams lsh = settings.lshParams();
    return new IndexSettings(settings.fingerprint(), lsh.bands(), lsh.rows());
  }

  /** The stored form: {@link FingerprintSpec#fields()} and the banding. */
  public Map<String, String> fields() {
    Map<String, String> m = new LinkedHashMap<>(fingerprint.fields());
    m.put("lsh_bands", Integer.toString(bands));
    m.put("lsh_rows", Integer.toString(rows));
    return m;
  }

  /**
   * Reads {@link #fields()} back.
   *
   * @throws IllegalArgumentException naming the first missing or bad field
   */
  public static IndexSettings fromFields(Map<String, String> fields) {
    String bands = fields.get("lsh_bands");
    String rows = fields.get("lsh_rows");
    if (bands == null || rows == null) {
      throw new IllegalArgumentException("missing lsh_bands or lsh_rows");
    }
    return new IndexSettings(
        FingerprintSpec.fromFields(fields), Integer.parseInt(bands), Integer.parseInt(rows));
  }

  public LshParams lsh() {
    return new LshParams(bands, rows);
  }

  /**
   * {@code settings} with this index's shingling, permutations, seed and banding; its measure,
   * threshold and linkage are kept.
   */
  public Settings applyTo(Settings settings) {
    return settings.withFingerprint(fingerprint).withLsh(settings.lshThreshold(), lsh());
  }

  /** One stable line naming every field; {@link #hash()} is computed from it. */
  public String canonical() {
    return String.format(
        Locale.ROOT,
        "normalizer=%d;shingle=%s;permutations=%d;seed=%d;bands=%d;rows=%d",
        fingerprint.normalizerVersion(),
        fingerprint.shingling(),
        fingerprint.permutations(),
        fingerprint.seed(),
        bands,
        rows);
  }

  /** First 16 hex digits of the SHA-256 of {@link #canonical()}: equal settings, equal hash. */
  public String hash() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** For messages: {@code char:9/4, 128 permutations, seed 1, 64 bands × 2 rows, normalizer 1}. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "%s, %d permutations, seed %d, %d bands × %d rows, normalizer %d",
        fingerprint.shingling(),
        fingerprint.permutations(),
        fingerprint.seed(),
        bands,
        rows,
        fingerprint.normalizerVersion());
  }
}
