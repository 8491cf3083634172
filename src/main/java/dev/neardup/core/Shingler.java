package dev.neardup.core;

/**
 * Turns an article's tokens into its set of shingle hashes.
 *
 * <p>Implementations are immutable and thread-safe, and hash without building a string per
 * shingle. A text shorter than one shingle yields a single shingle of everything it has, so short
 * articles still compare; a text without tokens yields the empty set.
 */
public interface Shingler {
  /**
   * @param text   the normalised text the tokens were taken from
   * @param tokens its tokens
   */
  ShingleSet shingles(CharSequence text, Tokens tokens);

  /** Shingle kind and size as a short stable label, e.g. {@code word:5}. */
  String describe();

  /** Creates the shingler for a kind and size. */
  static Shingler of(ShingleKind kind, int size) {
    return kind == ShingleKind.WORD ? new WordShingler(size) : new CharShingler(size);
  }
}
