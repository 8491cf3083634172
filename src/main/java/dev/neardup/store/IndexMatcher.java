package dev.neardup.store;

import dev.neardup.core.EstimatedScores;
import dev.neardup.core.Measure;
import dev.neardup.core.PairScores;
import dev.neardup.core.Sketch;
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
 * side of it than its exact scores would.
 *
 * <p>Deterministic for a given index content. Not thread-safe (it reads through the index).
 */
public final class IndexMatcher {
  private final ArticleIndex index;
  private final Measure measure;
  private final double threshold;
  private long candidatesSeen;

  /**
   * @throws IllegalArgumentException when the threshold is outside (0, 1]
   */
  public IndexMatcher(ArticleIndex index, Measure measure, double threshold) {
    this.index = Objects.requireNonNull(index, "index");
    this.measure = Objects.requireNonNull(measure, "measure");
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
  }

  /**
   * The indexed articles {@code query} duplicates, best score first (ties: smaller id first). The
   * indexed article with the query's own id, if any, is left out.
   */
  public List<Match> matches(Sketch query) {
    List<Match> out = new ArrayList<>();
    if (query.shingleCount() == 0) {
      return out;
    }
    List<long[]> hits = new ArrayList<>();
    index.forEachCandidate(query.signature(), (number, shingles, signature) -> {
      candidatesSeen++;
      PairScores scores = EstimatedScores.of(query.signature(), query.shingleCount(), signature, shingles);
      if (measure.score(scores) >= threshold) {
        hits.add(new long[] {number});
      }
    });
    // Only the few duplicates are read in full (id, tokens).
    for (long[] hit : hits) {
      IndexedArticle a = index.article(hit[0]);
      if (a != null && !a.id().equals(query.id())) {
        Match m = score(query, a.sketch());
        if (m != null) {
          out.add(m);
        }
      }
    }
    out.sort(ORDER);
    return out;
  }

  /** The match of {@code query} (A) against {@code other} (B), or null below the threshold. */
  public Match score(Sketch query, Sketch other) {
    PairScores scores = EstimatedScores.of(query.signature(), query.shingleCount(), other.signature(),
        other.shingleCount());
    double score = measure.score(scores);
    return score >= threshold ? new Match(other.id(), other.tokenCount(), scores, score, true) : null;
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
   * @param id        the other article's id
   * @param tokens    its words after normalisation
   * @param scores    A = the query article, B = the other
   * @param score     the score under the measure
   * @param estimated whether the scores are estimated from signatures (always, for stored articles)
   */
  public record Match(String id, int tokens, PairScores scores, double score, boolean estimated) {}
}
