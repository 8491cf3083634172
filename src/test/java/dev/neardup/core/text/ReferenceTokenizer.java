package dev.neardup.core.text;

import dev.neardup.core.hash.Hashing64;

/**
 * {@link Tokenizer} as it was before its lookup table (commit 1d40417), kept unchanged as the
 * oracle that the fast path must match exactly: same spans, same hashes.
 */
final class ReferenceTokenizer {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /** Tokenises {@code text}. */
  public Tokens tokenize(CharSequence text) {
    int capacity = Math.max(16, text.length() / 5);
    long[] hashes = new long[capacity];
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    int count = 0;
    int length = text.length();
    int i = 0;
    while (i < length) {
      int cp = Character.codePointAt(text, i);
      int width = Character.charCount(cp);
      if (!isTokenChar(cp)) {
        i += width;
        continue;
      }
      int start = i;
      long hash = FNV_OFFSET;
      if (isSingleCharWord(cp)) {
        for (int j = i; j < i + width; j++) {
          hash = (hash ^ text.charAt(j)) * FNV_PRIME;
        }
        i += width;
      } else {
        while (i < length) {
          cp = Character.codePointAt(text, i);
          if (!isTokenChar(cp) || isSingleCharWord(cp)) {
            break;
          }
          width = Character.charCount(cp);
          for (int j = i; j < i + width; j++) {
            hash = (hash ^ text.charAt(j)) * FNV_PRIME;
          }
          i += width;
        }
      }
      if (count == hashes.length) {
        int grown = count * 2;
        hashes = java.util.Arrays.copyOf(hashes, grown);
        starts = java.util.Arrays.copyOf(starts, grown);
        ends = java.util.Arrays.copyOf(ends, grown);
      }
      hashes[count] = Hashing64.mix(hash);
      starts[count] = start;
      ends[count] = i;
      count++;
    }
    return new Tokens(
        java.util.Arrays.copyOf(hashes, count),
        java.util.Arrays.copyOf(starts, count),
        java.util.Arrays.copyOf(ends, count));
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
      return false; // fast path: Latin, Greek, Cyrillic, Arabic, Hebrew, Indic scripts
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
