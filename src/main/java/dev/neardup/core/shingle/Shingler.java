package dev.neardup.core.shingle;

import dev.neardup.core.text.Tokens;

/**
 * Turns an article's tokens into its set of shingle hashes.
 *
 * <p>Implementations are immutable and thread-safe, and hash without building a string per shingle.
 * A text shorter than one shingle yields a single shingle of everything it has, so short articles
 * still compare; a text without tokens yields the empty set.
 */
public interface Shingler {
  /**
   * @param text the normalised text the tokens were taken from
   * @param tokens its tokens, with their hashes when {@link #usesTokenHashes()}
   */
  default ShingleSet shingles(CharSequence text, Tokens tokens) {
    return shingles(text, tokens, new ShinglingScratch());
  }

  /**
   * As {@link #shingles(CharSequence, Tokens)}, working in {@code scratch}'s arrays (the same set):
   * for callers shingling one article after another on one thread.
   */
  ShingleSet shingles(CharSequence text, Tokens tokens, ShinglingScratch scratch);

  /** Whether {@link #shingles} reads the tokens' hashes, or only their spans. */
  default boolean usesTokenHashes() {
    return true;
  }

  /**
   * Shingle kind, size and sampling as a short stable label: {@code word:5} keeps every shingle,
   * {@code char:9/4} one in four.
   */
  String describe();

  /** Creates the shingler for a kind and size that keeps every shingle. */
  static Shingler of(ShingleKind kind, int size) {
    return of(kind, size, 1);
  }

  /**
   * Creates the shingler for a kind and size that keeps 1 in {@code sampling} shingles, those whose
   * hash is divisible by it: the same shingles in every article, so overlaps stay unbiased, and
   * {@code sampling} times fewer hashes to sort, sign, store and compare.
   */
  static Shingler of(ShingleKind kind, int size, int sampling) {
    return kind == ShingleKind.WORD
        ? new WordShingler(size, sampling)
        : new CharShingler(size, sampling);
  }

  /**
   * @throws IllegalArgumentException unless {@code sampling} is a power of two in [1, 64]
   */
  static void checkSampling(int sampling) {
    if (sampling < 1 || sampling > 64 || Integer.bitCount(sampling) != 1) {
      throw new IllegalArgumentException(
          "shingle sampling must be 1, 2, 4, 8, 16, 32 or 64: " + sampling);
    }
  }

  /** {@link #describe()}'s format. */
  static String label(String kind, int size, int sampling) {
    return kind + ":" + size + (sampling == 1 ? "" : "/" + sampling);
  }
}
