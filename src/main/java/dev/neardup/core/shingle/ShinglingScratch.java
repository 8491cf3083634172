package dev.neardup.core.shingle;

import dev.neardup.core.text.TokenBuffers;

/**
 * Working arrays for shingling one article after another: the rolled shingles in text order and the
 * buffers of their sort, kept between articles instead of allocated for each (they were most of the
 * garbage fingerprinting made: about 20 KB per article). Only what a {@link ShingleSet} keeps is
 * allocated per article.
 *
 * <p>Not thread-safe: owned by one worker and used by one thread at a time (a task that shingles a
 * chunk of articles makes one). Arrays longer than {@link #KEPT_ENTRIES} are not kept, so one huge
 * article does not pin its buffers for the rest of the run.
 */
public final class ShinglingScratch {
  /** Entries up to which an array is kept for the next article: 512 KB of longs. */
  static final int KEPT_ENTRIES = 1 << 16;

  private final TokenBuffers tokens = new TokenBuffers();
  private int[] shingles = new int[0];
  private long[] keyed = new long[0];
  private long[] sortedKeys = new long[0];
  private int[] buckets = new int[0];

  /** Where the article's tokens are made: they are valid until the next article's. */
  public TokenBuffers tokens() {
    return tokens;
  }

  /**
   * An int array of at least {@code length} entries for the rolled shingles; contents undefined.
   */
  int[] shingles(int length) {
    if (shingles.length >= length) {
      return shingles;
    }
    int[] grown = new int[length];
    if (length <= KEPT_ENTRIES) {
      shingles = grown;
    }
    return grown;
  }

  /** Hands back a grown shingle array, kept for the next article if it is not too long. */
  void keepShingles(int[] grown) {
    if (grown.length > shingles.length && grown.length <= KEPT_ENTRIES) {
      shingles = grown;
    }
  }

  /** At least {@code length} longs for the keyed occurrences; contents undefined. */
  long[] keyed(int length) {
    if (keyed.length >= length) {
      return keyed;
    }
    long[] grown = new long[length];
    if (length <= KEPT_ENTRIES) {
      keyed = grown;
    }
    return grown;
  }

  /** At least {@code length} longs for the sort's output; contents undefined. */
  long[] sortedKeys(int length) {
    if (sortedKeys.length >= length) {
      return sortedKeys;
    }
    long[] grown = new long[length];
    if (length <= KEPT_ENTRIES) {
      sortedKeys = grown;
    }
    return grown;
  }

  /** At least {@code length} ints for the sort's bucket counts; contents undefined. */
  int[] buckets(int length) {
    if (buckets.length >= length) {
      return buckets;
    }
    int[] grown = new int[length];
    if (length <= KEPT_ENTRIES + 1) {
      buckets = grown;
    }
    return grown;
  }
}
