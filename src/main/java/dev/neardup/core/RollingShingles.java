package dev.neardup.core;

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
final class RollingShingles {
  /** Multiplier of the rolling polynomial; odd, so the roll is invertible mod 2^64. */
  static final long BASE = 0x9E3779B97F4A7C15L;

  private final int size;
  private final long sampleMask;
  /** BASE^(size−1), the weight of a window's oldest item, which leaves it first. */
  private final long oldestWeight;

  /** @param sampling keep 1 in {@code sampling} hashes; a power of two */
  RollingShingles(int size, int sampling) {
    this.size = size;
    this.sampleMask = sampling - 1;
    long pow = 1;
    for (int i = 1; i < size; i++) {
      pow *= BASE;
    }
    this.oldestWeight = pow;
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
    if (count < size) {
      return count == 0 ? ShingleSet.of() : ShingleSet.of(value(Hashing64.mix(polynomial(items, count))));
    }
    int[] out = newOutput(count);
    int kept = 0;
    long rolling = polynomial(items, size - 1);
    for (int i = size - 1; i < count; i++) {
      rolling = rolling * BASE + items[i];
      long hash = Hashing64.mix(rolling);
      if (kept == out.length) {
        out = java.util.Arrays.copyOf(out, kept * 2);
      }
      // Written unconditionally and kept by advancing the cursor: no branch on a random bit.
      out[kept] = value(hash);
      kept += (hash & sampleMask) == 0 ? 1 : 0;
      rolling -= oldestWeight * items[i - size + 1];
    }
    if (kept == 0) {
      out[kept++] = value(smallest(items, count));
    }
    return ShingleSet.ofOwned(out, kept);
  }

  /**
   * {@link #shingles(long[], int)} of the items {@code chars[0, count)}: the same loop over a
   * char array, which holds a character stream in a quarter of the memory.
   */
  ShingleSet shingles(char[] chars, int count) {
    if (count < size) {
      return count == 0 ? ShingleSet.of() : ShingleSet.of(value(Hashing64.mix(polynomial(chars, count))));
    }
    int[] out = newOutput(count);
    int kept = 0;
    long rolling = polynomial(chars, size - 1);
    for (int i = size - 1; i < count; i++) {
      rolling = rolling * BASE + chars[i];
      long hash = Hashing64.mix(rolling);
      if (kept == out.length) {
        out = java.util.Arrays.copyOf(out, kept * 2);
      }
      out[kept] = value(hash);
      kept += (hash & sampleMask) == 0 ? 1 : 0;
      rolling -= oldestWeight * chars[i - size + 1];
    }
    if (kept == 0) {
      long[] items = new long[count];
      for (int i = 0; i < count; i++) {
        items[i] = chars[i];
      }
      out[kept++] = value(smallest(items, count));
    }
    return ShingleSet.ofOwned(out, kept);
  }

  private int[] newOutput(int count) {
    return new int[Math.max(16, (int) (count / (sampleMask + 1) * 5 / 4))];
  }

  /**
   * The smallest window hash, which an article keeps when the sampling keeps none: rolled again
   * rather than tracked on every window, because it is needed so rarely (short articles).
   */
  private long smallest(long[] items, int count) {
    long smallest = Long.MAX_VALUE;
    long rolling = polynomial(items, size - 1);
    for (int i = size - 1; i < count; i++) {
      rolling = rolling * BASE + items[i];
      smallest = Math.min(smallest, Hashing64.mix(rolling));
      rolling -= oldestWeight * items[i - size + 1];
    }
    return smallest;
  }

  /** The polynomial of {@code items[0, count)}: the hash of that window before mixing. */
  private static long polynomial(long[] items, int count) {
    long value = 0;
    for (int i = 0; i < count; i++) {
      value = value * BASE + items[i];
    }
    return value;
  }

  private static long polynomial(char[] chars, int count) {
    long value = 0;
    for (int i = 0; i < count; i++) {
      value = value * BASE + chars[i];
    }
    return value;
  }
}
