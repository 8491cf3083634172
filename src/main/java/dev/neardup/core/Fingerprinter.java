package dev.neardup.core;

import dev.neardup.core.minhash.MinHasher;
import dev.neardup.core.minhash.Signature;
import dev.neardup.core.shingle.CommonShingles;
import dev.neardup.core.shingle.ShingleKind;
import dev.neardup.core.shingle.ShingleSet;
import dev.neardup.core.shingle.Shingler;
import dev.neardup.core.shingle.ShinglingScratch;
import dev.neardup.core.text.Article;
import dev.neardup.core.text.NewsNormalizer;
import dev.neardup.core.text.Normalizer;
import dev.neardup.core.text.Tokenizer;
import dev.neardup.core.text.Tokens;
import dev.neardup.core.verify.Figures;
import dev.neardup.core.verify.Fingerprint;

/**
 * Normalise → tokenise → shingle → MinHash for one article: the per-article half of the pipeline.
 *
 * <p>Immutable and thread-safe; callers run it on many articles in parallel. The working arrays of
 * shingling are the caller's: a worker shingling article after article passes its own {@link
 * ShinglingScratch} to {@link #shingle(Article, ShinglingScratch)}, confined to that worker's
 * thread.
 */
public final class Fingerprinter {
  private final Normalizer normalizer;
  private final Tokenizer tokenizer;
  private final Shingler shingler;
  private final MinHasher minHasher;
  private final MinHasher leadHasher;

  /**
   * Shingle occurrences of an article's lead: about 80 words with the default 1-in-4 character
   * 9-shingles, the length of a teaser. Scaled by the sampling so that it spans the same text.
   */
  static final int LEAD_CHARACTERS = 480;

  /** Length of the lead signature: it is banded for a high Jaccard level, so few values do. */
  public static final int LEAD_PERMUTATIONS = 32;

  private final int leadOccurrences;

  private Fingerprinter(
      Normalizer normalizer, Shingler shingler, MinHasher minHasher, int leadOccurrences) {
    this.normalizer = normalizer;
    this.tokenizer = new Tokenizer();
    this.shingler = shingler;
    this.minHasher = minHasher;
    this.leadHasher = new MinHasher(LEAD_PERMUTATIONS, minHasher.seed() ^ 0x1EADL);
    this.leadOccurrences = leadOccurrences;
  }

  /** The fingerprinter for the shingling and MinHash settings of {@code settings}. */
  public static Fingerprinter of(Settings settings) {
    // Character shingles come one per character before sampling, word shingles one per word
    // (about six characters with the space).
    int perItem = settings.shingleKind() == ShingleKind.CHAR ? 1 : 6;
    return new Fingerprinter(
        new NewsNormalizer(),
        settings.shingler(),
        new MinHasher(settings.permutations(), settings.seed()),
        Math.max(16, LEAD_CHARACTERS / perItem / settings.sampling()));
  }

  /** The fingerprint of {@code rawText}, signed over all of its shingles. */
  public Fingerprint fingerprint(String rawText) {
    return sign(shingle(rawText), CommonShingles.none(), CommonShingles.none());
  }

  /** The fingerprint of {@code article}, signed over all of its shingles. */
  public Fingerprint fingerprint(Article article) {
    return sign(shingle(article), CommonShingles.none(), CommonShingles.none());
  }

  /** {@link #shingle(String)} of the article's text, keeping its publication time. */
  public Shingled shingle(Article article) {
    return shingle(article, new ShinglingScratch());
  }

  /**
   * {@link #shingle(Article)} in {@code scratch}'s working arrays (the same result), for a thread
   * shingling one article after another.
   */
  public Shingled shingle(Article article, ShinglingScratch scratch) {
    Shingled s = shingle(article.text(), scratch);
    return new Shingled(s.tokenCount(), s.shingles(), s.figures(), article.time());
  }

  /** The first half of {@link #fingerprint}: normalise, tokenise and shingle. */
  public Shingled shingle(String rawText) {
    return shingle(rawText, new ShinglingScratch());
  }

  private Shingled shingle(String rawText, ShinglingScratch scratch) {
    String text = normalizer.normalize(rawText);
    Tokens tokens =
        shingler.usesTokenHashes()
            ? tokenizer.tokenize(text, scratch.tokens())
            : tokenizer.spans(text, scratch.tokens());
    return new Shingled(
        tokens.size(),
        shingler.shingles(text, tokens, scratch),
        Figures.of(text, tokens),
        Article.NO_TIME);
  }

  /**
   * The second half: the signature of the shingles {@code common} leaves to sign, and the shingles
   * with the batch's {@code boilerplate} left out of their text order (see {@link
   * CommonShingles#ownText}).
   */
  public Fingerprint sign(Shingled shingled, CommonShingles common, CommonShingles boilerplate) {
    ShingleSet set = shingled.shingles();
    // Each shingle looked up once for both where the two cuts allow (see CommonShingles#marks).
    boolean[] chrome = boilerplate.marks(set);
    ShingleSet signed = common.signable(set, common.marks(set, boilerplate, chrome));
    ShingleSet own = boilerplate.ownText(set, chrome);
    Signature lead = leadHasher.sign(common.signable(own.lead(leadOccurrences)));
    return new Fingerprint(
        shingled.tokenCount(),
        own,
        minHasher.sign(signed),
        signed.size(),
        lead,
        shingled.figures(),
        shingled.time());
  }

  /**
   * An article shingled but not yet signed.
   *
   * @param tokenCount words after normalisation
   * @param shingles exact shingle set
   * @param figures its figures in their places
   * @param time publication time ({@link Article#time()})
   */
  public record Shingled(int tokenCount, ShingleSet shingles, Figures figures, long time) {}
}
