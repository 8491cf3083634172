package dev.neardup.core.lsh;

import java.util.Arrays;

/** Candidate pairs grouped by their first article, turned into one sorted array without repeats. */
final class SortedPairs {
  private SortedPairs() {}

  /**
   * The pairs {@code (long) a << 32 | b}, sorted, without repeats, for every second article {@code
   * b} in {@code seconds[starts[a] .. starts[a + 1])}: the last step of the counting sort both
   * collectors of pairs make. Sorts each group of {@code seconds} in place; the output is allocated
   * at its exact size.
   */
  static long[] of(int[] starts, int[] seconds) {
    int n = starts.length - 1;
    int distinct = 0;
    for (int a = 0; a < n; a++) {
      Arrays.sort(seconds, starts[a], starts[a + 1]);
      for (int i = starts[a]; i < starts[a + 1]; i++) {
        if (i == starts[a] || seconds[i] != seconds[i - 1]) {
          distinct++;
        }
      }
    }
    long[] out = new long[distinct];
    int size = 0;
    for (int a = 0; a < n; a++) {
      for (int i = starts[a]; i < starts[a + 1]; i++) {
        if (i == starts[a] || seconds[i] != seconds[i - 1]) {
          out[size++] = (long) a << 32 | seconds[i];
        }
      }
    }
    return out;
  }
}
