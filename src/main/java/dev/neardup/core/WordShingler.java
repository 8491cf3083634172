package dev.neardup.core;

/** Word k-gram shingles, rolled over the token hashes (see {@link RollingShingles}). */
public final class WordShingler implements Shingler {
  private final int size;
  private final RollingShingles rolling;

  public WordShingler(int size) {
    if (size < 1 || size > 32) {
      throw new IllegalArgumentException("word shingle size must be in [1, 32]: " + size);
    }
    this.size = size;
    this.rolling = new RollingShingles(size);
  }

  @Override
  public ShingleSet shingles(CharSequence text, Tokens tokens) {
    return rolling.shingles(tokens.hashes(), tokens.size());
  }

  @Override
  public String describe() {
    return "word:" + size;
  }
}
