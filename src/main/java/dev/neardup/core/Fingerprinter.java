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

  public Fingerprint fingerprint(String rawText) {
    String text = normalizer.normalize(rawText);
    Tokens tokens = tokenizer.tokenize(text);
    ShingleSet shingles = shingler.shingles(text, tokens);
    return new Fingerprint(tokens.size(), shingles, minHasher.sign(shingles));
  }

  /**
   * What the pipeline keeps of an article.
   *
   * @param tokenCount words after normalisation (chrome removed); the article's length
   * @param shingles   exact shingle set, for verification
   * @param signature  MinHash signature, for candidate search
   */
  public record Fingerprint(int tokenCount, ShingleSet shingles, Signature signature) {}
}
