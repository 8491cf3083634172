package dev.neardup.core;

import java.util.Arrays;

/**
 * Batch LSH: finds every pair of signatures that agree on all rows of at least one band.
 *
 * <p>Each band's keys are sorted with their article indices (a stable LSD radix sort of primitive
 * arrays: no boxing, linear in the batch size), so pairs fall out of runs of equal keys without
 * any hash map; within a run indices ascend, so every pair comes out as {@code a < b}. The result
 * is sorted and free of repeats. Candidates are only
 * probably similar (and similar pairs only probably candidates, see {@link
 * LshParams#candidateProbability}): callers must verify them.
 *
 * <p>Stateless and thread-safe.
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
    int n = signatures.length;
    for (Signature s : signatures) {
      if (s.length() < params.width()) {
        throw new IllegalArgumentException(
            "signature of " + s.length() + " values is shorter than " + params.bands() + " bands × "
                + params.rows() + " rows");
      }
    }
    PairBuffer pairs = new PairBuffer();
    long[] keys = new long[n];
    int[] order = new int[n];
    BandSorter sorter = new BandSorter(n);
    for (int band = 0; band < params.bands(); band++) {
      int from = band * params.rows();
      int to = from + params.rows();
      for (int i = 0; i < n; i++) {
        keys[i] = signatures[i].bandKey(from, to);
        order[i] = i;
      }
      sorter.sort(keys, order);
      int runStart = 0;
      for (int i = 1; i <= n; i++) {
        if (i == n || keys[i] != keys[runStart]) {
          for (int p = runStart; p < i; p++) {
            for (int q = p + 1; q < i; q++) {
              pairs.add((long) order[p] << 32 | order[q]);
            }
          }
          runStart = i;
        }
      }
    }
    return pairs.sortedDistinct();
  }

  /**
   * Stable LSD radix sort of 64-bit keys (by unsigned value, 11 bits per pass) carrying their
   * indices; passes where every key has the same digit are skipped. Equal keys keep their input
   * order.
   */
  private static final class BandSorter {
    private static final int BITS = 11;
    private static final int RADIX = 1 << BITS;

    private final long[] keyBuffer;
    private final int[] indexBuffer;
    private final int[] counts = new int[RADIX];

    BandSorter(int n) {
      keyBuffer = new long[n];
      indexBuffer = new int[n];
    }

    void sort(long[] keys, int[] indices) {
      int n = keys.length;
      long[] srcKeys = keys;
      int[] srcIndices = indices;
      long[] dstKeys = keyBuffer;
      int[] dstIndices = indexBuffer;
      for (int shift = 0; shift < Long.SIZE; shift += BITS) {
        Arrays.fill(counts, 0);
        for (int i = 0; i < n; i++) {
          counts[(int) (srcKeys[i] >>> shift) & (RADIX - 1)]++;
        }
        if (n == 0 || counts[(int) (srcKeys[0] >>> shift) & (RADIX - 1)] == n) {
          continue; // all keys share this digit
        }
        int sum = 0;
        for (int d = 0; d < RADIX; d++) {
          int c = counts[d];
          counts[d] = sum;
          sum += c;
        }
        for (int i = 0; i < n; i++) {
          int d = (int) (srcKeys[i] >>> shift) & (RADIX - 1);
          int at = counts[d]++;
          dstKeys[at] = srcKeys[i];
          dstIndices[at] = srcIndices[i];
        }
        long[] tk = srcKeys;
        srcKeys = dstKeys;
        dstKeys = tk;
        int[] ti = srcIndices;
        srcIndices = dstIndices;
        dstIndices = ti;
      }
      if (srcKeys != keys) {
        System.arraycopy(srcKeys, 0, keys, 0, n);
        System.arraycopy(srcIndices, 0, indices, 0, n);
      }
    }
  }

  /** A growable array of encoded pairs. */
  private static final class PairBuffer {
    private long[] values = new long[1024];
    private int size;

    void add(long pair) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = pair;
    }

    long[] sortedDistinct() {
      Arrays.sort(values, 0, size);
      int distinct = 0;
      for (int i = 0; i < size; i++) {
        if (distinct == 0 || values[i] != values[distinct - 1]) {
          values[distinct++] = values[i];
        }
      }
      return Arrays.copyOf(values, distinct);
    }
  }
}
