package dev.neardup.core.lsh;

import dev.neardup.core.minhash.Signature;
import java.util.Arrays;

/**
 * Passes on the pairs one worker's bands yield, band after band, except those an earlier band of
 * the same worker has certainly yielded already: two signatures whose values agree on all rows of
 * an earlier band had equal keys there, so they were in one run of it, and every pair of a run is
 * yielded unless the run was oversized ({@link CandidateFinder#MAX_RUN_NEIGHBOURS}).
 *
 * <p>Why: with the default banding (64 bands of 2 rows) a pair of close versions agrees on dozens
 * of bands, and the sink's work for each pair (estimating its score from the whole signatures,
 * ranking it in two partner heaps) was a fifth of a batch's CPU, most of it for pairs it had
 * already seen. The sinks count a pair once however often it comes, so skipping the repeats changes
 * no result. Pairs of different workers, and pairs whose earlier shared band was an oversized run,
 * still come again.
 *
 * <p>Only for a sink whose work per pair is more than the check's ({@link
 * CandidateFinder#forEachPair}): one that appends pairs and drops the repeats at the end was slower
 * with it (JMH {@code LshBench}). One per worker; not thread-safe.
 */
final class EarlierBandFilter implements CandidateFinder.PairSink {
  private final int[][] values;
  private final int rows;
  private final int firstBand;
  private final CandidateFinder.PairSink sink;

  /** Per article, the first band of this worker where it was in an oversized run, else MAX. */
  private final int[] firstOversized;

  private int band;

  EarlierBandFilter(
      Signature[] signatures, int rows, int firstBand, CandidateFinder.PairSink sink) {
    this.values = new int[signatures.length][];
    for (int i = 0; i < signatures.length; i++) {
      values[i] = signatures[i].shared(); // flat: each Signature object read was a cache miss
    }
    this.rows = rows;
    this.firstBand = firstBand;
    this.sink = sink;
    this.firstOversized = new int[signatures.length];
    Arrays.fill(firstOversized, Integer.MAX_VALUE);
    this.band = firstBand;
  }

  /** The band whose pairs come next; bands must come in ascending order. */
  void startBand(int next) {
    band = next;
  }

  /** Notes that {@code members} form an oversized run of the current band. */
  void oversized(int[] members) {
    for (int m : members) {
      firstOversized[m] = Math.min(firstOversized[m], band);
    }
  }

  @Override
  public void accept(int a, int b) {
    if (!yieldedEarlier(a, b)) {
      sink.accept(a, b);
    }
  }

  /**
   * Whether the signatures agree on all rows of a band before the current one where their (shared)
   * run was not oversized: where {@code a} was in none, or {@code b}, since a shared run is both's.
   */
  private boolean yieldedEarlier(int a, int b) {
    int[] x = values[a];
    int[] y = values[b];
    int end = Math.min(band, Math.max(firstOversized[a], firstOversized[b]));
    for (int j = firstBand; j < end; j++) {
      int differ = 0;
      for (int r = j * rows, last = r + rows; r < last; r++) {
        differ |= x[r] ^ y[r];
      }
      if (differ == 0) {
        return true;
      }
    }
    return false;
  }
}
