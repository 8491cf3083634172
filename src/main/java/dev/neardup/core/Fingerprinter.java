package dev.neardup.core;

/**
 * Normalise → tokenise → shingle → MinHash for one article: the per-article half of the pipeline.
 *
 * <p>Immutable and thread-safe; callers run it on many articles in parallel.
 */
public final class Fingerprinter {
  private final Normalizer normalizer;
  private final Tokenizer tokenizer;
  private final Shingler shingler;
  private final MinHasher minHasher;

  public Fingerprinter(Normalizer normalizer, Shingler shingler, MinHasher minHasher) {
    this.normalizer = normalizer;
    this.tokenizer = new Tokenizer();
    this.shingler = shingler;
    this.minHasher = minHasher;
  }

  /** The fingerprinter for the shingling and MinHash settings of {@code settings}. */
  public static Fingerprinter of(Settings settings) {
    return new Fingerprinter(new NewsNormalizer(), settings.shingler(),
        new MinHasher(settings.permutations(), settings.seed()));
  }

  /** The fingerprint of {@code rawText}, signed over all of its shingles. */
  public Fingerprint fingerprint(String rawText) {
    return sign(shingle(rawText), CommonShingles.none());
  }

  /** The first half of {@link #fingerprint}: normalise, tokenise and shingle. */
  public Shingled shingle(String rawText) {
    String text = normalizer.normalize(rawText);
    Tokens tokens = shingler.usesTokenHashes() ? tokenizer.tokenize(text) : tokenizer.spans(text);
    return new Shingled(tokens.size(), shingler.shingles(text, tokens));
  }

  /** The second half: the signature of the shingles {@code common} leaves to sign. */
  public Fingerprint sign(Shingled shingled, CommonShingles common) {
    ShingleSet signed = common.signable(shingled.shingles());
    return new Fingerprint(shingled.tokenCount(), shingled.shingles(), minHasher.sign(signed), signed.size());
  }

  /**
   * An article shingled but not yet signed.
   *
   * @param tokenCount words after normalisation
   * @param shingles   exact shingle set
   */
  public record Shingled(int tokenCount, ShingleSet shingles) {}

  /**
   * What the pipeline keeps of an article.
   *
   * @param tokenCount words after normalisation (chrome removed); the article's length
   * @param shingles   exact shingle set, for verification
   * @param signature  MinHash signature, for candidate search
   * @param signedCount shingles the signature was computed from: all of them, or those not common
   *                   in the batch ({@link CommonShingles}); the set size that goes with the
   *                   signature when scores are estimated from it
   */
  public record Fingerprint(int tokenCount, ShingleSet shingles, Signature signature, int signedCount) {}
}
