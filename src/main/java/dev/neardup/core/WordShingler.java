package dev.neardup.core;

/**
 * Word k-gram shingles. Each shingle hash is a polynomial over the k token hashes, rolled one token
 * at a time (one multiply-add and one subtract per token), then mixed.
 */
public final class WordShingler implements Shingler {
  /** Multiplier of the rolling polynomial; odd, so the roll is invertible mod 2^64. */
  private static final long BASE = 0x9E3779B97F4A7C15L;

  private final int size;
  private final long basePowSize;

  public WordShingler(int size) {
    if (size < 1 || size > 32) {
      throw new IllegalArgumentException("word shingle size must be in [1, 32]: " + size);
    }
    this.size = size;
    long pow = 1;
    for (int i = 0; i < size; i++) {
      pow *= BASE;
    }
    this.basePowSize = pow;
  }

  @Override
  public ShingleSet shingles(CharSequence text, Tokens tokens) {
    long[] h = tokens.hashes();
    int n = h.length;
    if (n == 0) {
      return ShingleSet.of();
    }
    if (n < size) {
      long all = 0;
      for (long token : h) {
        all = all * BASE + token;
      }
      return ShingleSet.ofOwned(new long[] {Hashing64.mix(all)}, 1);
    }
    long[] out = new long[n - size + 1];
    long rolling = 0;
    for (int i = 0; i < size; i++) {
      rolling = rolling * BASE + h[i];
    }
    out[0] = Hashing64.mix(rolling);
    for (int i = size; i < n; i++) {
      rolling = rolling * BASE + h[i] - basePowSize * h[i - size];
      out[i - size + 1] = Hashing64.mix(rolling);
    }
    return ShingleSet.ofOwned(out, out.length);
  }

  @Override
  public String describe() {
    return "word:" + size;
  }
}
