package dev.neardup.core.shingle;

import dev.neardup.core.text.QuoteSpans;
import dev.neardup.core.text.Tokens;

/**
 * Character k-gram shingles over the token stream with tokens joined by a single space, so that
 * punctuation and line breaks do not matter. Rolled one UTF-16 unit at a time (see {@link
 * RollingShingles}).
 */
public final class CharShingler implements Shingler {
  private final RollingShingles rolling;

  /** All shingles of {@code size} characters. */
  public CharShingler(int size) {
    this(size, 1);
  }

  /**
   * 1 in {@code sampling} of the shingles, chosen by hash (see {@link Shingler#of(ShingleKind, int,
   * int)}).
   *
   * @throws IllegalArgumentException when the size is out of range or {@code sampling} is not a
   *     power of two in [1, 64]
   */
  public CharShingler(int size, int sampling) {
    this.rolling = RollingShingles.checked("character", size, 2, 64, sampling);
  }

  @Override
  public ShingleSet shingles(CharSequence text, Tokens tokens, ShinglingScratch scratch) {
    int n = tokens.size();
    int[] starts = tokens.starts();
    int[] ends = tokens.ends();
    RollingShingles.Roll roll = rolling.start(text.length(), scratch);
    boolean[] quoted = QuoteSpans.of(text, tokens);
    for (int t = 0; t < n; t++) {
      if (quoted != null) {
        roll.quoted(quoted[t]);
      }
      if (t > 0) {
        roll.push(' ');
      }
      for (int i = starts[t]; i < ends[t]; i++) {
        roll.push(text.charAt(i));
      }
    }
    return roll.finish();
  }

  @Override
  public boolean usesTokenHashes() {
    return false;
  }

  @Override
  public String describe() {
    return Shingler.label("char", rolling.size(), rolling.sampling());
  }
}
