package dev.neardup.core;

import java.util.Arrays;

/**
 * The set of an article's shingle hashes, held as a sorted array of distinct 64-bit values so
 * that exact set overlap is one linear merge and costs 8 bytes per shingle.
 *
 * <p>Immutable and thread-safe.
 */
public final class ShingleSet {
  private static final ShingleSet EMPTY = new ShingleSet(new long[0]);

  private final long[] sorted;

  private ShingleSet(long[] sortedDistinct) {
    this.sorted = sortedDistinct;
  }

  /** Builds the set of the given hashes (in any order, duplicates allowed); copies the array. */
  public static ShingleSet of(long... hashes) {
    return ofOwned(hashes.clone(), hashes.length);
  }

  /** Takes ownership of the first {@code count} entries of {@code hashes}, which it reorders. */
  static ShingleSet ofOwned(long[] hashes, int count) {
    if (count == 0) {
      return EMPTY;
    }
    Arrays.sort(hashes, 0, count);
    int distinct = 1;
    for (int i = 1; i < count; i++) {
      if (hashes[i] != hashes[distinct - 1]) {
        hashes[distinct++] = hashes[i];
      }
    }
    return new ShingleSet(distinct == hashes.length ? hashes : Arrays.copyOf(hashes, distinct));
  }

  public int size() {
    return sorted.length;
  }

  public boolean isEmpty() {
    return sorted.length == 0;
  }

  /** The i-th smallest hash (signed order). */
  public long get(int i) {
    return sorted[i];
  }

  public boolean contains(long hash) {
    return Arrays.binarySearch(sorted, hash) >= 0;
  }

  /** Exact number of hashes present in both sets. */
  public int intersectionSize(ShingleSet other) {
    long[] a = sorted;
    long[] b = other.sorted;
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      long x = a[i];
      long y = b[j];
      if (x == y) {
        common++;
        i++;
        j++;
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }
}
