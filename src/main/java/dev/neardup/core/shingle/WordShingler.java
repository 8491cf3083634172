package dev.neardup.core.shingle;

import dev.neardup.core.text.QuoteSpans;
import dev.neardup.core.text.Tokens;

/** Word k-gram shingles, rolled over the token hashes (see {@link RollingShingles}). */
public final class WordShingler implements Shingler {
  private final RollingShingles rolling;

  /** All shingles of {@code size} words. */
  public WordShingler(int size) {
    this(size, 1);
  }

  /**
   * 1 in {@code sampling} of the shingles, chosen by hash (see {@link Shingler#of(ShingleKind, int,
   * int)}).
   *
   * @throws IllegalArgumentException when the size is out of range or {@code sampling} is not a
   *     power of two in [1, 64]
   */
  public WordShingler(int size, int sampling) {
    this.rolling = RollingShingles.checked("word", size, 1, 32, sampling);
  }

  @Override
  public ShingleSet shingles(CharSequence text, Tokens tokens, ShinglingScratch scratch) {
    return rolling.shingles(tokens.hashes(), tokens.size(), QuoteSpans.of(text, tokens), scratch);
  }

  @Override
  public String describe() {
    return Shingler.label("word", rolling.size(), rolling.sampling());
  }
}
