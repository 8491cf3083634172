package dev.neardup.core;

/**
 * The k-gram hashing shared by the shinglers: a polynomial over the items of each window, rolled
 * one item at a time (one multiply-add and one subtract per item, mod 2^64), then mixed to 64 bits.
 *
 * <p>With sampling m &gt; 1 only hashes divisible by m are kept (Broder's mod-m sample): the choice
 * depends on the shingle alone, so every article keeps the same shingles of a shared passage and
 * the overlap of two samples estimates the overlap of the full sets without bias. An article with
 * shingles but none divisible by m keeps its smallest hash, so that it is not taken for empty.
 */
final class RollingShingles {
  /** Multiplier of the rolling polynomial; odd, so the roll is invertible mod 2^64. */
  private static final long BASE = 0x9E3779B97F4A7C15L;

  private final int size;
  private final long sampleMask;
  private final long basePowSize;

  /** @param sampling keep 1 in {@code sampling} hashes; a power of two */
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
      return ShingleSet.ofOwned(new long[] {Hashing64.mix(all)}, 1); // kept whatever the sampling
    }
    long[] out = new long[count - size + 1];
    long rolling = 0;
    for (int i = 0; i < size; i++) {
      rolling = rolling * BASE + items[i];
    }
    long hash = Hashing64.mix(rolling);
    long smallest = hash;
    out[0] = hash;
    int kept = (hash & sampleMask) == 0 ? 1 : 0;
    for (int i = size; i < count; i++) {
      rolling = rolling * BASE + items[i] - basePowSize * items[i - size];
      hash = Hashing64.mix(rolling);
      smallest = Math.min(smallest, hash);
      // Written unconditionally and kept by advancing the cursor: no branch on a random bit.
      out[kept] = hash;
      kept += (hash & sampleMask) == 0 ? 1 : 0;
    }
    if (kept == 0) {
      out[kept++] = smallest;
    }
    return ShingleSet.ofOwned(out, kept);
  }
}
