package dev.neardup.core.shingle;

import dev.neardup.core.hash.Hashing64;

/**
 * The k-gram hashing shared by the shinglers: a polynomial over the items of each window, rolled
 * one item at a time (one multiply-add and one subtract per item, mod 2^64), then mixed to 64 bits,
 * of which the low bits decide sampling and the top 32 are the shingle's value in its {@link
 * ShingleSet} (independent bits, so the kept values are still evenly spread).
 *
 * <p>With sampling m &gt; 1 only hashes divisible by m are kept (Broder's mod-m sample): the choice
 * depends on the shingle alone, so every article keeps the same shingles of a shared passage and
 * the overlap of two samples estimates the overlap of the full sets without bias. An article with
 * shingles but none divisible by m keeps its smallest hash, so that it is not taken for empty.
 */
public final class RollingShingles {
  /** Multiplier of the rolling polynomial; odd, so the roll is invertible mod 2^64. */
  static final long BASE = 0x9E3779B97F4A7C15L;

  private final int size;
  private final long sampleMask;
  private final long basePowSize;

  /**
   * The rolling hash of a shingler of {@code size} items (its kind's range {@code [min, max]}),
   * keeping 1 in {@code sampling}: the one place the shinglers' arguments are checked.
   *
   * @param kind how messages name the shingles ("word", "character")
   * @throws IllegalArgumentException when the size is out of range or {@code sampling} is not a
   *     power of two in [1, 64]
   */
  static RollingShingles checked(String kind, int size, int min, int max, int sampling) {
    if (size < min || size > max) {
      throw new IllegalArgumentException(
          kind + " shingle size must be in [" + min + ", " + max + "]: " + size);
    }
    Shingler.checkSampling(sampling);
    return new RollingShingles(size, sampling);
  }

  /**
   * @param sampling keep 1 in {@code sampling} hashes; a power of two
   */
  RollingShingles(int size, int sampling) {
    this.size = size;
    this.sampleMask = sampling - 1;
    long pow = 1;
    for (int i = 0; i < size; i++) {
      pow *= BASE;
    }
    this.basePowSize = pow;
  }

  /**
   * The mixed hash of every full window of {@code size} items of {@code items[0, count)}, in order,
   * none when there are fewer items: the same polynomial as the shingles', for callers that need
   * every window's hash at its position (passages in {@code explain}) rather than a set.
   */
  public static long[] windowHashes(long[] items, int count, int size) {
    int n = count - size + 1;
    if (n <= 0) {
      return new long[0];
    }
    long pow = 1;
    for (int i = 0; i < size; i++) {
      pow *= BASE;
    }
    long[] out = new long[n];
    long rolling = 0;
    for (int i = 0; i < count; i++) {
      rolling = rolling * BASE + items[i] - (i >= size ? pow * items[i - size] : 0);
      if (i >= size - 1) {
        out[i - size + 1] = Hashing64.mix(rolling);
      }
    }
    return out;
  }

  /** Items per shingle. */
  int size() {
    return size;
  }

  /** 1 in how many shingles are kept. */
  int sampling() {
    return (int) sampleMask + 1;
  }

  /** A shingle's value in its set: the top 32 bits of its 64-bit window hash. */
  static int value(long hash) {
    return (int) (hash >>> 32);
  }

  /**
   * The set of window hashes over {@code items[0, count)}; fewer items than one window give a
   * single shingle of all of them, none give the empty set.
   */
  ShingleSet shingles(long[] items, int count) {
    return shingles(items, count, null, new ShinglingScratch());
  }

  /**
   * As {@link #shingles(long[], int)}, with the shingles ending on an item that {@code quoted}
   * marks (null: none) marked as quoted in the set's text order.
   */
  ShingleSet shingles(long[] items, int count, boolean[] quoted, ShinglingScratch scratch) {
    Roll roll = start(count, scratch);
    for (int i = 0; i < count; i++) {
      if (quoted != null) {
        roll.quoted(quoted[i]);
      }
      roll.push(items[i]);
    }
    return roll.finish();
  }

  /**
   * A roll over items pushed one at a time, for shinglers whose items are not in one array (the
   * characters of a token stream): no copy of the stream is made.
   *
   * @param expectedItems about how many items will be pushed, to size the output
   */
  Roll start(int expectedItems) {
    return start(expectedItems, new ShinglingScratch());
  }

  /** As {@link #start(int)}, rolling into {@code scratch}'s arrays until {@link Roll#finish()}. */
  Roll start(int expectedItems, ShinglingScratch scratch) {
    return new Roll(expectedItems, scratch);
  }

  /** One pass over one article's items. Not thread-safe; one per article. */
  final class Roll {
    private final long[] window;
    private final int windowMask;
    private final ShinglingScratch scratch;
    private int[] out;
    private int count;
    private int kept;
    private long rolling;
    private long smallest = Long.MAX_VALUE;
    private boolean quotedNow;

    /**
     * Kept-shingle indices where quotations start and end, in pairs: the cursor only advances, so
     * the shingles kept while inside a quotation are the ranges between them; no work per shingle.
     */
    private int[] quoteBounds;

    private int quoteBoundCount;

    private Roll(int expectedItems, ShinglingScratch scratch) {
      window = new long[Integer.highestOneBit(size) << 1];
      windowMask = window.length - 1;
      this.scratch = scratch;
      out = scratch.shingles(Math.max(16, (int) (expectedItems / (sampleMask + 1) * 5 / 4)));
    }

    /** Whether the items pushed from now on are inside a quotation. */
    void quoted(boolean inQuotation) {
      if (inQuotation != quotedNow) {
        if (quoteBounds == null) {
          quoteBounds = new int[8];
        } else if (quoteBoundCount == quoteBounds.length) {
          quoteBounds = java.util.Arrays.copyOf(quoteBounds, quoteBoundCount * 2);
        }
        quoteBounds[quoteBoundCount++] = kept;
        quotedNow = inQuotation;
      }
    }

    void push(long item) {
      int i = count++;
      if (i < size) {
        rolling = rolling * BASE + item;
        window[i & windowMask] = item;
        if (i == size - 1) {
          emit(Hashing64.mix(rolling));
        }
        return;
      }
      rolling = rolling * BASE + item - basePowSize * window[(i - size) & windowMask];
      window[i & windowMask] = item;
      emit(Hashing64.mix(rolling));
    }

    private void emit(long hash) {
      smallest = Math.min(smallest, hash);
      if (kept == out.length) {
        out = java.util.Arrays.copyOf(out, kept * 2);
        scratch.keepShingles(out);
      }
      // Written unconditionally and kept by advancing the cursor: no branch on a random bit.
      out[kept] = value(hash);

      kept += (hash & sampleMask) == 0 ? 1 : 0;
    }

    /**
     * One bit per kept shingle inside a quotation, from {@link #quoteBounds}; null when none is.
     */
    private long[] quotedBits() {
      if (quoteBounds == null) {
        return null;
      }
      long[] bits = new long[(kept + 63) >>> 6];
      for (int r = 0; r < quoteBoundCount; r += 2) {
        int end = r + 1 < quoteBoundCount ? quoteBounds[r + 1] : kept;
        for (int i = quoteBounds[r]; i < end; i++) {
          bits[i >>> 6] |= 1L << i;
        }
      }
      return bits;
    }

    ShingleSet finish() {
      if (count == 0) {
        return ShingleSet.of();
      }
      if (count < size) {
        out[0] =
            value(Hashing64.mix(rolling)); // one shingle of everything, kept whatever the sampling
        return ShingleSet.ofInOrder(out, 1, scratch);
      }
      if (kept == 0) {
        out[kept++] = value(smallest);
      }
      return ShingleSet.ofInOrder(out, kept, scratch).withQuoted(quotedBits());
    }
  }
}
