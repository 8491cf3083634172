package dev.neardup.core.text;

import dev.neardup.core.hash.Hashing64;

/**
 * Splits normalised text into word tokens, each reduced to a 64-bit hash.
 *
 * <p>A token is a maximal run of letters, digits and combining marks of any script; each Han, kana,
 * Thai, Lao, Khmer and Myanmar character is a token of its own because those scripts do not
 * separate words with spaces. Token hashes are FNV-1a over UTF-16 code units followed by the
 * MurmurHash3 finaliser, so they are identical on every JVM and machine.
 *
 * <p>Stateless and thread-safe.
 */
public final class Tokenizer {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /** What a character is to the tokenizer; {@link #SURROGATE}: look at the code point. */
  private static final byte OTHER = 0;

  private static final byte WORD = 1;
  private static final byte SINGLE = 2;
  private static final byte SURROGATE = 3;

  /**
   * The kind of every BMP character, computed once from {@link #kindOf}: one array load per
   * character instead of the Unicode property look-ups (64 KB, of which ASCII text touches 128
   * bytes).
   */
  private static final byte[] BMP_KINDS = bmpKinds();

  /** Tokenises {@code text}: spans and hashes. */
  public Tokens tokenize(CharSequence text) {
    return tokenize(text, true);
  }

  /**
   * The token spans of {@code text} without their hashes ({@link Tokens#hashes()} is null):
   * character shingles need only the spans, and hashing every character again cost a third of
   * tokenising.
   */
  public Tokens spans(CharSequence text) {
    return tokenize(text, false);
  }

  /**
   * {@link #tokenize(CharSequence)} into {@code buffers}' arrays: the tokens are valid until the
   * buffers are used again.
   */
  public Tokens tokenize(CharSequence text, TokenBuffers buffers) {
    return tokenize(text, true, buffers);
  }

  /**
   * {@link #spans(CharSequence)} into {@code buffers}' arrays: the tokens are valid until the
   * buffers are used again.
   */
  public Tokens spans(CharSequence text, TokenBuffers buffers) {
    return tokenize(text, false, buffers);
  }

  private Tokens tokenize(CharSequence text, boolean hashed) {
    return tokenize(text, hashed, null);
  }

  /** Into {@code buffers} (null: new arrays of the tokens' number). */
  private Tokens tokenize(CharSequence text, boolean hashed, TokenBuffers buffers) {
    int capacity = Math.max(16, text.length() / 5);
    // Reused only as a whole: the three arrays must stay the same length.
    boolean reused =
        buffers != null
            && buffers.starts.length >= capacity
            && (!hashed || buffers.hashes.length == buffers.starts.length);
    long[] hashes = !hashed ? null : reused ? buffers.hashes : new long[capacity];
    int[] starts = reused ? buffers.starts : new int[capacity];
    int[] ends = reused ? buffers.ends : new int[capacity];
    int count = 0;
    int length = text.length();
    int i = 0;
    while (i < length) {
      int kind = kindAt(text, i);
      int start = i;
      i = nextCodePoint(text, i);
      if (kind == OTHER) {
        continue;
      }
      if (kind == WORD) {
        while (i < length && kindAt(text, i) == WORD) {
          i = nextCodePoint(text, i);
        }
      }
      if (count == starts.length) {
        int grown = count * 2;
        hashes = hashed ? java.util.Arrays.copyOf(hashes, grown) : null;
        starts = java.util.Arrays.copyOf(starts, grown);
        ends = java.util.Arrays.copyOf(ends, grown);
      }
      if (hashed) {
        long hash = FNV_OFFSET;
        for (int j = start; j < i; j++) {
          hash = (hash ^ text.charAt(j)) * FNV_PRIME;
        }
        hashes[count] = Hashing64.mix(hash);
      }
      starts[count] = start;
      ends[count] = i;
      count++;
    }
    if (buffers != null) {
      buffers.keep(hashes, starts, ends);
      return new Tokens(hashes, starts, ends, count);
    }
    return new Tokens(
        hashed ? java.util.Arrays.copyOf(hashes, count) : null,
        java.util.Arrays.copyOf(starts, count),
        java.util.Arrays.copyOf(ends, count));
  }

  private static int kindAt(CharSequence text, int i) {
    int kind = BMP_KINDS[text.charAt(i)];
    return kind == SURROGATE ? kindOf(Character.codePointAt(text, i)) : kind;
  }

  /** The index after the code point at {@code i}: a surrogate pair is one code point. */
  private static int nextCodePoint(CharSequence text, int i) {
    boolean pair =
        Character.isHighSurrogate(text.charAt(i))
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1));
    return pair ? i + 2 : i + 1;
  }

  private static byte[] bmpKinds() {
    byte[] kinds = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      kinds[c] = Character.isSurrogate((char) c) ? SURROGATE : kindOf(c);
    }
    return kinds;
  }

  /** A token of its own, a part of a word, or neither. */
  private static byte kindOf(int cp) {
    if (!isTokenChar(cp)) {
      return OTHER;
    }
    return isSingleCharWord(cp) ? SINGLE : WORD;
  }

  private static boolean isTokenChar(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isSingleCharWord(int cp) {
    if (cp < 0x0E00) {
      return false; // Latin, Greek, Cyrillic, Arabic, Hebrew, Indic scripts
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.THAI
        || script == Character.UnicodeScript.LAO
        || script == Character.UnicodeScript.KHMER
        || script == Character.UnicodeScript.MYANMAR;
  }
}
