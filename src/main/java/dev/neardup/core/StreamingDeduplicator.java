package dev.neardup.core;

/**
 * Keep-first deduplication of an endless stream in one pass: each article is either kept (when it
 * duplicates no article kept before it) or reported with the kept article it duplicates.
 *
 * <p>"Duplicates" means the same rule as clustering uses for a pair: the score under the
 * settings' measure reaches the threshold. Here that score is {@linkplain EstimatedScores
 * estimated} from the signatures and shingle counts, because only those are kept: per kept article
 * its signature and shingle count in an {@link LshIndex}, never its text or shingles, so memory
 * grows by about 1 KB per kept article (128 permutations, 64 bands) and not at all per dropped one.
 *
 * <p>Deterministic for a given input order and settings. Not thread-safe.
 */
public final class StreamingDeduplicator {
  private final Settings settings;
  private final LshIndex index;
  private int[] shingleCounts = new int[1024];

  public StreamingDeduplicator(Settings settings) {
    this.settings = settings;
    this.index = new LshIndex(settings.lshParams(), settings.permutations());
  }

  /** Number of articles kept (and indexed) so far. */
  public int kept() {
    return index.size();
  }

  /**
   * Decides on the next article of the stream, adding it to the index when it is kept.
   *
   * @return the best-scoring kept article it duplicates (ties: the earliest), or null when it is
   *     kept; an article without shingles is always kept and never indexed (it duplicates nothing)
   */
  public Match offer(Fingerprinter.Fingerprint print) {
    if (print.shingles().isEmpty()) {
      return null;
    }
    return offer(print.signature(), print.shingles().size());
  }

  /** {@link #offer(Fingerprinter.Fingerprint)} for a signature and shingle count. */
  public Match offer(Signature signature, int shingleCount) {
    if (shingleCount == 0) {
      return null;
    }
    Match best = null;
    double bestScore = -1;
    for (int n : index.candidates(signature)) {
      PairScores scores = EstimatedScores.of(index.estimateJaccard(signature, n), shingleCount, shingleCounts[n]);
      double score = settings.measure().score(scores);
      if (score >= settings.threshold() && score > bestScore) {
        best = new Match(n, scores, score);
        bestScore = score;
      }
    }
    if (best == null) {
      int n = index.add(signature);
      if (n == shingleCounts.length) {
        shingleCounts = java.util.Arrays.copyOf(shingleCounts, n * 2);
      }
      shingleCounts[n] = shingleCount;
    }
    return best;
  }

  /**
   * A dropped article's match.
   *
   * @param kept   number of the kept article, counting kept articles from 0 in stream order
   * @param scores estimated scores, A = the dropped article, B = the kept one
   * @param score  the estimated score under the settings' measure
   */
  public record Match(int kept, PairScores scores, double score) {}
}
