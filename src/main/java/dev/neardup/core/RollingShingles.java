package dev.neardup.core;

/**
 * The k-gram hashing shared by the shinglers: a polynomial over the items of each window, rolled
 * one item at a time (one multiply-add and one subtract per item, mod 2^64), then mixed to 64 bits.
 */
final class RollingShingles {
  /** Multiplier of the rolling polynomial; odd, so the roll is invertible mod 2^64. */
  private static final long BASE = 0x9E3779B97F4A7C15L;

  private final int size;
  private final long basePowSize;

  RollingShingles(int size) {
    this.size = size;
    long pow = 1;
    for (int i = 0; i < size; i++) {
      pow *= BASE;
    }
    this.basePowSize = pow;
  }

  /**
   * The set of window hashes over {@code items[0, count)}; fewer items than one window give a
   * single shingle of all of them, none give the empty set.
   */
  ShingleSet shingles(long[] items, int count) {
    if (count == 0) {
      return ShingleSet.of();
    }
    if (count < size) {
      long all = 0;
      for (int i = 0; i < count; i++) {
        all = all * BASE + items[i];
      }
      return ShingleSet.ofOwned(new long[] {Hashing64.mix(all)}, 1);
    }
    long[] out = new long[count - size + 1];
    long rolling = 0;
    for (int i = 0; i < size; i++) {
      rolling = rolling * BASE + items[i];
    }
    out[0] = Hashing64.mix(rolling);
    for (int i = size; i < count; i++) {
      rolling = rolling * BASE + items[i] - basePowSize * items[i - size];
      out[i - size + 1] = Hashing64.mix(rolling);
    }
    return ShingleSet.ofOwned(out, out.length);
  }
}
