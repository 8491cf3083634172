package dev.neardup.core.text;

/**
 * The tokens of one normalised text: a 64-bit hash per token and the token's character span in that
 * text. Spans let later stages map shingles back to passages. {@code hashes} is null when only the
 * spans were asked for ({@link Tokenizer#spans}).
 *
 * <p>Arrays are owned by this value and must not be modified; the core hands them around without
 * copying because tokens are produced and consumed millions of times per run. Only their first
 * {@code size} entries are tokens: tokens made in a {@link TokenBuffers} share its arrays, which
 * are longer, and last until it is used again.
 */
public record Tokens(long[] hashes, int[] starts, int[] ends, int size) {
  public Tokens {
    if (starts.length != ends.length
        || (hashes != null && hashes.length != starts.length)
        || size < 0
        || size > starts.length) {
      throw new IllegalArgumentException(
          "token arrays differ in length or are shorter than "
              + size
              + ": "
              + (hashes == null ? "no hashes" : hashes.length)
              + ", "
              + starts.length
              + ", "
              + ends.length);
    }
  }

  /** Tokens that are all of the arrays' entries. */
  public Tokens(long[] hashes, int[] starts, int[] ends) {
    this(hashes, starts, ends, starts.length);
  }
}
