package dev.neardup.core.shingle;

import dev.neardup.core.text.TokenBuffers;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

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
  private final Kept<int[]> shingles = new Kept<>(int[]::new, a -> a.length);
  private final Kept<long[]> keyed = new Kept<>(long[]::new, a -> a.length);
  private final Kept<long[]> sortedKeys = new Kept<>(long[]::new, a -> a.length);
  private final Kept<int[]> buckets = new Kept<>(int[]::new, a -> a.length);

  /** Where the article's tokens are made: they are valid until the next article's. */
  public TokenBuffers tokens() {
    return tokens;
  }

  /**
   * An int array of at least {@code length} entries for the rolled shingles; contents undefined.
   */
  int[] shingles(int length) {
    return shingles.atLeast(length);
  }

  /** Hands back a grown shingle array, kept for the next article if it is not too long. */
  void keepShingles(int[] grown) {
    shingles.keep(grown);
  }

  /** At least {@code length} longs for the keyed occurrences; contents undefined. */
  long[] keyed(int length) {
    return keyed.atLeast(length);
  }

  /** At least {@code length} longs for the sort's output; contents undefined. */
  long[] sortedKeys(int length) {
    return sortedKeys.atLeast(length);
  }

  /** At least {@code length} ints for the sort's bucket counts; contents undefined. */
  int[] buckets(int length) {
    return buckets.atLeast(length);
  }

  /** One reused array: grown when too short, kept when not too long (one entry over for counts). */
  private static final class Kept<A> {
    private final IntFunction<A> allocate;
    private final ToIntFunction<A> length;
    private A array;

    Kept(IntFunction<A> allocate, ToIntFunction<A> length) {
      this.allocate = allocate;
      this.length = length;
      this.array = allocate.apply(0);
    }

    A atLeast(int entries) {
      if (length.applyAsInt(array) >= entries) {
        return array;
      }
      A grown = allocate.apply(entries);
      keep(grown);
      return grown;
    }

    void keep(A grown) {
      int entries = length.applyAsInt(grown);
      if (entries > length.applyAsInt(array) && entries <= KEPT_ENTRIES + 1) {
        array = grown;
      }
    }
  }
}
