package dev.neardup.core.text;

/**
 * Arrays a {@link Tokenizer} fills for one text after another instead of allocating them per text:
 * the {@link Tokens} it makes share them, so they are valid until the buffers are used again.
 *
 * <p>Not thread-safe: owned by one worker and used by one thread at a time. Arrays longer than
 * {@link #KEPT_ENTRIES} are not kept, so one huge text does not pin them for the rest of a run.
 */
public final class TokenBuffers {
  /** Tokens up to which grown arrays are kept for the next text. */
  static final int KEPT_ENTRIES = 1 << 16;

  long[] hashes = new long[0];
  int[] starts = new int[0];
  int[] ends = new int[0];

  /** Keeps the arrays of {@code made} for the next text, unless they are too long. */
  void keep(long[] madeHashes, int[] madeStarts, int[] madeEnds) {
    if (madeStarts.length > KEPT_ENTRIES) {
      return;
    }
    if (madeHashes != null) {
      hashes = madeHashes;
    }
    starts = madeStarts;
    ends = madeEnds;
  }
}
