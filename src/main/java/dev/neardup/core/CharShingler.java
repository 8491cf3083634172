package dev.neardup.core;

/**
 * Character k-gram shingles over the token stream with tokens joined by a single space, so that
 * punctuation and line breaks do not matter. Rolled like {@link WordShingler}, one UTF-16 unit at a
 * time.
 */
public final class CharShingler implements Shingler {
  private static final long BASE = 0x9E3779B97F4A7C15L;

  private final int size;
  private final long basePowSize;

  public CharShingler(int size) {
    if (size < 2 || size > 64) {
      throw new IllegalArgumentException("character shingle size must be in [2, 64]: " + size);
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
    int n = tokens.size();
    if (n == 0) {
      return ShingleSet.of();
    }
    int[] starts = tokens.starts();
    int[] ends = tokens.ends();
    int streamLength = n - 1;
    for (int t = 0; t < n; t++) {
      streamLength += ends[t] - starts[t];
    }
    char[] stream = new char[streamLength];
    int pos = 0;
    for (int t = 0; t < n; t++) {
      if (t > 0) {
        stream[pos++] = ' ';
      }
      for (int i = starts[t]; i < ends[t]; i++) {
        stream[pos++] = text.charAt(i);
      }
    }
    if (streamLength < size) {
      long all = 0;
      for (char c : stream) {
        all = all * BASE + c;
      }
      return ShingleSet.ofOwned(new long[] {Hashing64.mix(all)}, 1);
    }
    long[] out = new long[streamLength - size + 1];
    long rolling = 0;
    for (int i = 0; i < size; i++) {
      rolling = rolling * BASE + stream[i];
    }
    out[0] = Hashing64.mix(rolling);
    for (int i = size; i < streamLength; i++) {
      rolling = rolling * BASE + stream[i] - basePowSize * stream[i - size];
      out[i - size + 1] = Hashing64.mix(rolling);
    }
    return ShingleSet.ofOwned(out, out.length);
  }

  @Override
  public String describe() {
    return "char:" + size;
  }
}
