package dev.neardup.core;

import java.util.Arrays;

/**
 * Batch LSH: finds every pair of signatures that agree on all rows of at least one band.
 *
 * <p>Each band's keys are sorted with their article indices, so pairs fall out of runs of equal
 * keys without any hash map; the result is sorted and free of repeats. Candidates are only
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
    Integer[] order = new Integer[n];
    for (int band = 0; band < params.bands(); band++) {
      int from = band * params.rows();
      int to = from + params.rows();
      for (int i = 0; i < n; i++) {
        keys[i] = signatures[i].bandKey(from, to);
        order[i] = i;
      }
      Arrays.sort(order, (x, y) -> {
        int c = Long.compare(keys[x], keys[y]);
        return c != 0 ? c : Integer.compare(x, y);
      });
      int runStart = 0;
      for (int i = 1; i <= n; i++) {
        if (i == n || keys[order[i]] != keys[order[runStart]]) {
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
