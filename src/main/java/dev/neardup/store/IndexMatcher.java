package dev.neardup.store;

import dev.neardup.core.Pipeline;
import dev.neardup.core.minhash.Sketch;
import dev.neardup.core.shingle.ShingleSet;
import dev.neardup.core.verify.EstimatedScores;
import dev.neardup.core.verify.Measure;
import dev.neardup.core.verify.PairScores;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds the indexed articles an article duplicates: LSH candidates from the band keys, each
 * verified with the rule {@code cluster} links pairs by (score under the measure ≥ threshold).
 *
 * <p>The index keeps no shingles, so the scores are <b>estimated</b> from the two signatures and
 * shingle counts ({@link EstimatedScores}); a pair close to the threshold may fall on the other
 * side of it than its exact scores would. When the original texts of indexed articles are at hand
 * ({@link Texts}) and the query's shingle set is given, candidates are screened with the estimate
 * raised by {@value EstimatedScores#SCREEN_SIGMAS} standard errors, as {@link Pipeline#verify}
 * screens them, and every candidate whose text is at hand is then decided on its <b>exact</b>
 * scores; the others stay estimated and are decided by the bare estimate, as without texts.
 *
 * <p>Deterministic for a given index content. Not thread-safe (it reads through the index).
 */
public final class IndexMatcher {
  private final ArticleIndex index;
  private final Measure measure;
  private final double threshold;
  private final Texts texts;
  private long candidatesSeen;

  /** The exact shingle sets of indexed articles whose original text is at hand. */
  @FunctionalInterface
  public interface Texts {
    /**
     * The shingle set of the indexed article {@code indexed}, made from its original text with the
     * index's settings, or null when its text is not at hand.
     */
    ShingleSet shingles(Sketch indexed);
  }

  /**
   * A matcher that estimates every score from signatures.
   *
   * @throws IllegalArgumentException when the threshold is outside (0, 1]
   */
  public IndexMatcher(ArticleIndex index, Measure measure, double threshold) {
    this(index, measure, threshold, null);
  }

  /**
   * A matcher that verifies exactly the candidates whose text {@code texts} has (null: none).
   *
   * @throws IllegalArgumentException when the threshold is outside (0, 1]
   */
  public IndexMatcher(ArticleIndex index, Measure measure, double threshold, Texts texts) {
    this.index = Objects.requireNonNull(index, "index");
    this.measure = Objects.requireNonNull(measure, "measure");
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
    this.texts = texts;
  }

  /**
   * The indexed articles {@code query} duplicates, best score first (ties: smaller id first), all
   * scores estimated. The indexed article with the query's own id, if any, is left out.
   */
  public List<Match> matches(Sketch query) {
    return verdict(query, null).matches();
  }

  /**
   * The indexed articles {@code query} duplicates, as {@link #matches(Sketch)}, but candidates
   * whose text is at hand are decided on their exact scores against {@code shingles}, the query's
   * exact shingle set (null: estimate every score).
   */
  public Verdict verdict(Sketch query, ShingleSet shingles) {
    List<Match> out = new ArrayList<>();
    if (query.shingleCount() == 0) {
      return new Verdict(out, texts == null || shingles == null);
    }
    boolean exactPossible = texts != null && shingles != null;
    List<long[]> hits = new ArrayList<>();
    index.forEachCandidate(
        query.signature(),
        (number, count, signature) -> {
          candidatesSeen++;
          double j = query.signature().estimateJaccard(signature);
          // With texts, a pair whose estimate falls just short may still reach the threshold
          // exactly.
          double high = exactPossible ? EstimatedScores.plausibleJaccard(j, signature.length()) : j;
          if (measure.score(EstimatedScores.of(high, query.shingleCount(), count)) >= threshold) {
            hits.add(new long[] {number});
          }
        });
    boolean estimated = !exactPossible;
    // Only the few plausible duplicates are read in full (id, tokens).
    for (long[] hit : hits) {
      IndexedArticle a = index.article(hit[0]);
      if (a != null && !a.id().equals(query.id())) {
        ShingleSet other = exactPossible ? texts.shingles(a.sketch()) : null;
        estimated |= other == null;
        Match m = other == null ? score(query, a.sketch()) : exact(shingles, a.sketch(), other);
        if (m != null) {
          out.add(m);
        }
      }
    }
    out.sort(ORDER);
    return new Verdict(out, estimated);
  }

  /**
   * The match of {@code query} (A) against {@code other} (B), or null below the threshold;
   * estimated.
   */
  public Match score(Sketch query, Sketch other) {
    PairScores scores =
        EstimatedScores.of(
            query.signature(), query.shingleCount(), other.signature(), other.shingleCount());
    double score = measure.score(scores);
    return score >= threshold
        ? new Match(other.id(), other.tokenCount(), scores, score, true)
        : null;
  }

  /**
   * {@link #score(Sketch, Sketch)}, but exact when {@code shingles} (A's shingle set) is given and
   * the text of {@code other} is at hand.
   */
  public Match score(Sketch query, ShingleSet shingles, Sketch other) {
    ShingleSet b = texts != null && shingles != null ? texts.shingles(other) : null;
    return b == null ? score(query, other) : exact(shingles, other, b);
  }

  private Match exact(ShingleSet a, Sketch other, ShingleSet b) {
    PairScores scores = PairScores.of(a, b);
    double score = measure.score(scores);
    return score >= threshold
        ? new Match(other.id(), other.tokenCount(), scores, score, false)
        : null;
  }

  /** LSH candidates looked at so far, over all queries. */
  public long candidatesSeen() {
    return candidatesSeen;
  }

  public Measure measure() {
    return measure;
  }

  public double threshold() {
    return threshold;
  }

  /** Best score first, then id. */
  public static final Comparator<Match> ORDER =
      Comparator.comparingDouble((Match m) -> -m.score()).thenComparing(Match::id);

  /**
   * One duplicate.
   *
   * @param id the other article's id
   * @param tokens its words after normalisation
   * @param scores A = the query article, B = the other
   * @param score the score under the measure
   * @param estimated whether the scores are estimated from signatures (false: exact, from the
   *     texts)
   */
  public record Match(String id, int tokens, PairScores scores, double score, boolean estimated) {}

  /**
   * What one query found.
   *
   * @param matches the duplicates, best first
   * @param estimated whether any decision rested on an estimate: always without texts, else when a
   *     candidate within the screening margin had no text at hand
   */
  public record Verdict(List<Match> matches, boolean estimated) {}
}
