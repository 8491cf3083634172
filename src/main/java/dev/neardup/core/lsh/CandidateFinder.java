package dev.neardup.core.lsh;

import dev.neardup.core.minhash.Signature;
import dev.neardup.core.parallel.ParallelTasks;
import java.util.Arrays;

/**
 * Batch LSH: finds every pair of signatures that agree on all rows of at least one band.
 *
 * <p>Each band's keys are sorted with their article indices (a stable bucket sort of primitive
 * arrays: no boxing, linear in the batch size), so pairs fall out of runs of equal keys without any
 * hash map; within a run indices ascend, so every pair comes out as {@code a < b}. The result is
 * sorted and free of repeats. A run of equal keys larger than 2 × {@value #MAX_RUN_NEIGHBOURS} + 1
 * yields each member's nearest {@value #MAX_RUN_NEIGHBOURS} only, so candidates stay linear in the
 * batch however much its texts overlap. Candidates are only probably similar (and similar pairs
 * only probably candidates, see {@link LshParams#candidateProbability}): callers must verify them.
 *
 * <p>Stateless and thread-safe; one call may use several threads.
 */
public final class CandidateFinder {
  private final LshParams params;

  public CandidateFinder(LshParams params) {
    this.params = params;
  }

  /**
   * Candidate pairs among {@code signatures}, each encoded as {@code (long) a << 32 | b} with
   * {@code a < b}, sorted ascending.
   *
   * @throws IllegalArgumentException when a signature is shorter than bands × rows
   */
  public long[] candidatePairs(Signature[] signatures) {
    return candidatePairs(signatures, 1);
  }

  /**
   * {@link #candidatePairs(Signature[])} with the bands shared among up to {@code threads} worker
   * threads; the result does not depend on the thread count.
   */
  public long[] candidatePairs(Signature[] signatures, int threads) {
    int n = signatures.length;
    int workers = workers(signatures, threads);
    PairBuffer[] parts =
        ParallelTasks.map(
            workers,
            workers,
            w -> {
              PairBuffer part = new PairBuffer(n);
              addBands(signatures, w, workers, part, false);
              return part;
            },
            PairBuffer[]::new);
    PairBuffer pairs = parts[0];
    for (int w = 1; w < workers; w++) {
      pairs.addAll(parts[w]);
    }
    return pairs.sortedDistinct();
  }

  /**
   * Receives the pairs the bands yield: must be thread-safe, as the bands' worker threads hand
   * their pairs over at once.
   */
  @FunctionalInterface
  public interface PairSink {
    /**
     * Takes one pair of articles {@code a < b}; a pair may come more than once (see {@link
     * #forEachPair}).
     */
    void accept(int a, int b);
  }

  /**
   * Hands every pair the bands of {@code signatures} yield to {@code sink}, holding none. Why: a
   * caller that ranks the pairs as they come (the partner cap) never needs them all at once, and at
   * a dense million articles those were 149 million pairs after the screen. A pair comes once for
   * each worker whose bands yield it, and again where an earlier band of the worker cut it from an
   * oversized run ({@link EarlierBandFilter}).
   *
   * @throws IllegalArgumentException when a signature is shorter than bands × rows
   */
  public void forEachPair(Signature[] signatures, int threads, PairSink sink) {
    int workers = workers(signatures, threads);
    ParallelTasks.map(
        workers,
        workers,
        w -> {
          addBands(signatures, w, workers, sink, true);
          return null;
        },
        Object[]::new);
  }

  /** Threads to share the bands among, once the signatures are checked long enough. */
  private int workers(Signature[] signatures, int threads) {
    for (Signature s : signatures) {
      if (s.length() < params.width()) {
        throw new IllegalArgumentException(
            "signature of "
                + s.length()
                + " values is shorter than "
                + params.bands()
                + " bands × "
                + params.rows()
                + " rows");
      }
    }
    // Small batches are not worth a pool.
    return signatures.length < 1024 ? 1 : Math.max(1, Math.min(threads, params.bands()));
  }

  /** Bands whose keys one pass over the signatures computes. */
  private static final int BANDS_PER_PASS = 8;

  /**
   * Adds the pairs of this worker's share of the bands ({@code worker} of {@code workers}, a
   * contiguous range) to {@code pairs}. Keys are computed {@value #BANDS_PER_PASS} bands at a time:
   * one band per pass read a cache line of every signature for 8 bytes of it, and those reads were
   * a third of the search. With {@code skipRepeats} a pair an earlier band of the worker yielded is
   * not added again ({@link EarlierBandFilter}).
   */
  private void addBands(
      Signature[] signatures, int worker, int workers, PairSink pairs, boolean skipRepeats) {
    int n = signatures.length;
    int bands = params.bands();
    int rows = params.rows();
    int firstBand = (int) ((long) bands * worker / workers);
    int endBand = (int) ((long) bands * (worker + 1) / workers);
    long[][] keys = new long[Math.min(BANDS_PER_PASS, Math.max(1, endBand - firstBand))][n];
    int[] order = new int[n];
    BandSorter sorter = new BandSorter(n);
    PairSink sink = skipRepeats ? new EarlierBandFilter(signatures, rows, firstBand, pairs) : pairs;
    for (int group = firstBand; group < endBand; group += BANDS_PER_PASS) {
      int groupEnd = Math.min(endBand, group + BANDS_PER_PASS);
      for (int i = 0; i < n; i++) {
        Signature signature = signatures[i];
        for (int band = group; band < groupEnd; band++) {
          keys[band - group][i] = signature.bandKey(band * rows, band * rows + rows);
        }
      }
      for (int band = group; band < groupEnd; band++) {
        long[] bandKeys = keys[band - group];
        for (int i = 0; i < n; i++) {
          order[i] = i;
        }
        sorter.sort(bandKeys, order);
        if (sink instanceof EarlierBandFilter filter) {
          filter.startBand(band);
        }
        addRuns(bandKeys, order, sink, signatures, band, rows);
      }
    }
  }

  /**
   * Neighbours each article is paired with inside one oversized run of equal keys. A run of m
   * articles holds m(m-1)/2 pairs: where sentences recur across a crawl, a few band keys are shared
   * by thousands of articles and their pairs would outgrow the batch quadratically. Up to 2 × this
   * + 1 members every pair is kept (so ordinary batches are untouched); beyond, each member is
   * paired with the next this many in {@link #bySignature} order, which puts members that agree on
   * more of their signature side by side: at most this many pairs per article per band.
   */
  public static final int MAX_RUN_NEIGHBOURS = 64;

  /** Adds the pairs within each run of equal keys of a sorted band. */
  private static void addRuns(
      long[] keys, int[] order, PairSink pairs, Signature[] signatures, int band, int rows) {
    int n = keys.length;
    int runStart = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || keys[i] != keys[runStart]) {
        if (i - runStart > 2 * MAX_RUN_NEIGHBOURS + 1) {
          int[] run = Arrays.copyOfRange(order, runStart, i);
          if (pairs instanceof EarlierBandFilter filter) {
            filter.oversized(run);
          }
          addNeighbours(run, pairs, signatures, (band + 1) * rows);
        } else {
          for (int p = runStart; p < i; p++) {
            for (int q = p + 1; q < i; q++) {
              pairs.accept(order[p], order[q]);
            }
          }
        }
        runStart = i;
      }
    }
  }

  /**
   * Pairs each member of an oversized run with its next {@link #MAX_RUN_NEIGHBOURS} by signature.
   */
  private static void addNeighbours(int[] run, PairSink pairs, Signature[] signatures, int from) {
    Integer[] members = new Integer[run.length];
    for (int i = 0; i < run.length; i++) {
      members[i] = run[i];
    }
    Arrays.sort(
        members, (a, b) -> bySignature(signatures[a].shared(), signatures[b].shared(), from, a, b));
    for (int p = 0; p < members.length; p++) {
      for (int q = p + 1; q < members.length && q <= p + MAX_RUN_NEIGHBOURS; q++) {
        int a = Math.min(members[p], members[q]);
        int b = Math.max(members[p], members[q]);
        pairs.accept(a, b);
      }
    }
  }

  /**
   * Signatures compared value by value from position {@code from} on (wrapping round), ties by
   * index: the rows past the shared band come first, so two members sort next to each other the
   * longer their signatures agree.
   */
  public static int bySignature(int[] x, int[] y, int from, int a, int b) {
    int k = x.length;
    for (int i = 0; i < k; i++) {
      int at = (from + i) % k;
      if (x[at] != y[at]) {
        return Integer.compare(x[at], y[at]);
      }
    }
    return Integer.compare(a, b);
  }

  /**
   * Stable sort of well-mixed 64-bit keys carrying their indices, in linear expected time: one
   * counting pass scatters them by their top bits into about one bucket per key, and an insertion
   * sort puts neighbours in order (equal keys, which share a bucket, never move past each other, so
   * they keep their input order). Two passes over the band instead of the six of an 11-bit LSD
   * radix sort.
   */
  private static final class BandSorter {
    private final long[] keyBuffer;
    private final int[] indexBuffer;
    private final int[] starts;
    private final int shift;

    BandSorter(int n) {
      keyBuffer = new long[n];
      indexBuffer = new int[n];
      int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
      starts = new int[(1 << bits) + 1];
      shift = 64 - bits;
    }

    void sort(long[] keys, int[] indices) {
      int n = keys.length;
      Arrays.fill(starts, 0);
      for (int i = 0; i < n; i++) {
        starts[bucket(keys[i]) + 1]++;
      }
      for (int b = 1; b < starts.length; b++) {
        starts[b] += starts[b - 1];
      }
      for (int i = 0; i < n; i++) {
        int at = starts[bucket(keys[i])]++;
        keyBuffer[at] = keys[i];
        indexBuffer[at] = indices[i];
      }
      for (int i = 0; i < n; i++) {
        long key = keyBuffer[i];
        int index = indexBuffer[i];
        int j = i - 1;
        while (j >= 0 && Long.compareUnsigned(keyBuffer[j], key) > 0) {
          keyBuffer[j + 1] = keyBuffer[j];
          indexBuffer[j + 1] = indexBuffer[j];
          j--;
        }
        keyBuffer[j + 1] = key;
        indexBuffer[j + 1] = index;
      }
      System.arraycopy(keyBuffer, 0, keys, 0, n);
      System.arraycopy(indexBuffer, 0, indices, 0, n);
    }

    private int bucket(long key) {
      return (int) (key >>> shift);
    }
  }

  /**
   * A growable array of encoded pairs, sorted at the end by a counting sort on the first index
   * (pairs are spread over the batch, not over the 64-bit range) and a small sort per index.
   */
  private static final class PairBuffer implements PairSink {
    private final int n;
    private long[] values = new long[1024];
    private int size;

    PairBuffer(int n) {
      this.n = n;
    }

    @Override
    public void accept(int a, int b) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = (long) a << 32 | b;
    }

    void addAll(PairBuffer other) {
      if (size + other.size > values.length) {
        values = Arrays.copyOf(values, Math.max(values.length * 2, size + other.size));
      }
      System.arraycopy(other.values, 0, values, size, other.size);
      size += other.size;
      other.values = null;
    }

    long[] sortedDistinct() {
      int[] starts = new int[n + 1];
      for (int i = 0; i < size; i++) {
        starts[(int) (values[i] >>> 32) + 1]++;
      }
      for (int a = 1; a <= n; a++) {
        starts[a] += starts[a - 1];
      }
      int[] seconds = new int[size];
      int[] next = starts.clone();
      for (int i = 0; i < size; i++) {
        seconds[next[(int) (values[i] >>> 32)]++] = (int) values[i];
      }
      values = null; // the pairs now live in seconds[]; let the buffer go before the output grows
      return SortedPairs.of(starts, seconds);
    }
  }
}
