package dev.neardup.core.shingle;

import java.util.Arrays;

/**
 * Sorting of well-mixed 32-bit hashes in linear expected time, for building shingle sets: once per
 * article, where {@code Arrays.sort} was half the cost of a character-shingle fingerprint.
 */
final class HashSort {
  private HashSort() {}

  static int[] small(int[] hashes, int count) {
    Arrays.sort(hashes, 0, count);
    return hashes;
  }

  /**
   * Sorts well-mixed hashes in linear expected time: one counting pass scatters them into about one
   * bucket per value by their top bits, which leaves only neighbours out of order, and an insertion
   * sort finishes. Shingle sets are sorted once per article; {@code Arrays.sort} made that half the
   * cost of a character-shingle fingerprint.
   */
  static int[] bucketSort(int[] hashes, int count) {
    int bits = 32 - Integer.numberOfLeadingZeros(count - 1);
    int shift = 32 - bits;
    int[] starts = new int[(1 << bits) + 1];
    for (int i = 0; i < count; i++) {
      starts[((hashes[i] ^ Integer.MIN_VALUE) >>> shift) + 1]++;
    }
    for (int b = 1; b < starts.length; b++) {
      starts[b] += starts[b - 1];
    }
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      out[starts[(hashes[i] ^ Integer.MIN_VALUE) >>> shift]++] = hashes[i];
    }
    for (int i = 1; i < count; i++) {
      int x = out[i];
      int j = i - 1;
      while (j >= 0 && out[j] > x) {
        out[j + 1] = out[j];
        j--;
      }
      out[j + 1] = x;
    }
    return out;
  }

  /**
   * {@link #bucketSort(int[], int)} for values in the high halves of {@code keyed[0, count)}
   * (signed order of the whole long): the same scatter by the values' top bits and insertion pass,
   * into and with {@code scratch}'s arrays. Returns the sorted array, of which the first {@code
   * count} entries are meant.
   */
  static long[] bucketSort(long[] keyed, int count, ShinglingScratch scratch) {
    int bits = 32 - Integer.numberOfLeadingZeros(count - 1);
    int shift = 64 - bits;
    int bucketCount = (1 << bits) + 1;
    int[] starts = scratch.buckets(bucketCount);
    Arrays.fill(starts, 0, bucketCount, 0);
    for (int i = 0; i < count; i++) {
      starts[(int) ((keyed[i] ^ Long.MIN_VALUE) >>> shift) + 1]++;
    }
    for (int b = 1; b < bucketCount; b++) {
      starts[b] += starts[b - 1];
    }
    long[] out = scratch.sortedKeys(count);
    for (int i = 0; i < count; i++) {
      long x = keyed[i];
      out[starts[(int) ((x ^ Long.MIN_VALUE) >>> shift)]++] = x;
    }
    for (int i = 1; i < count; i++) {
      long x = out[i];
      int j = i - 1;
      while (j >= 0 && out[j] > x) {
        out[j + 1] = out[j];
        j--;
      }
      out[j + 1] = x;
    }
    return out;
  }
}
