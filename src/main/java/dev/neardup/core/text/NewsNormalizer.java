package dev.neardup.core.text;

import java.text.Normalizer.Form;
import java.util.Locale;

/**
 * Normalises news copy so that outlets' cosmetic differences vanish: Unicode NFKC, case folding,
 * one quote, apostrophe and dash style, collapsed whitespace, and removal of site chrome lines.
 *
 * <p>Chrome is recognised by generic shape, never by a list of phrases: a line of at most {@value
 * ChromeLines#MAX_WORDS} words that does not end like a sentence ("ADVERTISEMENT", "Recommended
 * articles", "Share this article", a byline, an "Updated ..." stamp), a navigation breadcrumb
 * ("Home &gt; World &gt; Middle East"), and any line repeated verbatim earlier in the article (a
 * headline printed several times). Real paragraphs end with punctuation or are longer, so they
 * survive.
 *
 * <p>This stage runs on every byte of input, so it is built for speed with the output of the
 * general code (ICU's NFKC, {@code toLowerCase(Locale.ROOT)}, one String per line) exactly: ICU
 * runs only where a lookup table does not prove the text NFKC already, ASCII and Latin-1 are folded
 * by table, and folding, space collapsing and line filtering are one pass over one char array.
 * Texts with characters that do not lower-case on their own (final sigma, İ, surrogate pairs) are
 * folded the general way first.
 *
 * <p>Pure, stateless and thread-safe. Output lines are separated by {@code '\n'}.
 */
public final class NewsNormalizer implements Normalizer {
  /**
   * Bumped whenever the output for some input changes; stored with persisted signatures. 2: lists
   * of links dropped ({@link LinkLists}).
   */
  public static final int VERSION = 2;

  static final int MAX_CHROME_WORDS = 4;

  /**
   * Characters of the blocks in which every character is a starter that never combines with the
   * character before it (Latin, IPA, Greek, Cyrillic, general punctuation, currency), except the
   * combining marks, which are left out here. A text made only of such characters, each NFKC on its
   * own, is NFKC, which a lookup per character proves far faster than ICU's check does.
   */
  private static final char[][] NFKC_STARTER_BLOCKS = {
    {0x0000, 0x02FF}, {0x0370, 0x052F}, {0x2000, 0x206F}, {0x20A0, 0x20CF},
  };

  /** Whether a character is one that {@link #NFKC_STARTER_BLOCKS} proves NFKC in any text. */
  private static final boolean[] NFKC_STABLE = nfkcStableTable();

  /**
   * {@link #foldChar} of each Latin-1 character, the common case, looked up rather than computed.
   */
  private static final char[] LATIN1_FOLD = latin1FoldTable();

  /**
   * How many pieces of a text {@link #toNfkc} normalises one by one before it takes the rest whole.
   */
  private static final int MAX_NFKC_PIECES = 32;

  /**
   * {@link #foldChar}'s answer for a character that {@code toLowerCase} does not map on its own.
   */
  private static final int NOT_PER_CHAR = -1;

  @Override
  public String normalize(String rawText) {
    String text = toNfkc(rawText);
    String normalized = foldAndFilterLines(text, false);
    // Final sigma, İ and surrogates: the whole text takes the exact, slower way.
    return normalized != null ? normalized : foldAndFilterLines(foldWholeText(text), true);
  }

  /**
   * Folds (unless {@code folded}) and filters NFKC text in one pass: each character is folded,
   * space runs collapse and lines are written straight into one buffer, and a line that ends up
   * empty, chrome or a repeat is dropped by moving the write position back. Kept lines stay in the
   * buffer, so the repeat check compares spans of it and needs no String per line.
   *
   * @return the normalised text, or null when a character cannot be folded on its own
   */
  private static String foldAndFilterLines(String text, boolean folded) {
    int length = text.length();
    // Folded in place: each input character writes at most one, and never ahead of itself (a
    // collapsed space in place of the space that started it, a line separator in place of the
    // line break before the line).
    char[] out = text.toCharArray();
    KeptLines kept = new KeptLines();
    int pos = 0;
    int lineStart = 0; // where the line's separator (if any) was written
    int contentStart = 0;
    // String.hashCode of out[contentStart, pos), kept up with every write (the quote merge
    // included) rather than computed by a second pass over each line: equal lines must hash
    // equally.
    int lineHash = 0;
    boolean pendingSpace = false;
    char previous = 0; // the last folded character, for merging quotes and dashes as fold() does
    for (int i = 0; i < length; i++) {
      char c = out[i];
      if (c == '\n' && i > 0 && text.charAt(i - 1) == '\r') {
        continue; // one line break, not a blank line: the output is the same either way
      }
      int f = folded ? c : foldChar(c);
      if (f == NOT_PER_CHAR) {
        return null;
      }
      if (f == previous && (f == '\'' || f == '-')) {
        if (f == '\'') {
          out[pos - 1] = '"'; // the previous quote was the last character written
          lineHash += '"' - '\'';
          previous = '"';
        }
        continue;
      }
      previous = (char) f;
      boolean visible =
          (f > ' ' && f < 0x7F) || !(isHorizontalSpace(previous) || isLineBreak(previous));
      if (visible) {
        if (pendingSpace) {
          out[pos++] = ' ';
          lineHash = 31 * lineHash + ' ';
          pendingSpace = false;
        }
        out[pos++] = previous;
        lineHash = 31 * lineHash + previous;
      } else if (isHorizontalSpace(previous)) {
        pendingSpace = pos > contentStart; // leading spaces vanish, trailing ones are never written
      } else {
        pos = endLine(out, lineStart, contentStart, pos, lineHash, kept);
        lineStart = pos;
        if (pos > 0) {
          out[pos++] = '\n';
        }
        contentStart = pos;
        lineHash = 0;
        pendingSpace = false;
      }
    }
    return finish(out, endLine(out, lineStart, contentStart, pos, lineHash, kept), kept);
  }

  /** The text of the kept lines in {@code out[0, end)}, without their lists of links. */
  private static String finish(char[] out, int end, KeptLines kept) {
    kept.blankLine(); // the text's end closes its last paragraph
    return new String(out, 0, kept.mayHoldList() ? LinkLists.cut(out, end, kept) : end);
  }

  /** Keeps or drops the line in {@code out[contentStart, end)}; returns the new write position. */
  private static int endLine(
      char[] out, int lineStart, int contentStart, int end, int lineHash, KeptLines kept) {
    if (end == contentStart) {
      kept.blankLine();
      return lineStart;
    }
    if (ChromeLines.isChrome(out, contentStart, end)
        || !kept.add(out, contentStart, end, lineHash)) {
      kept.droppedLine(out, contentStart, end);
      return lineStart;
    }
    return end;
  }

  /**
   * The character-level part of {@link #normalize}: NFKC, lower case, one quote and dash style
   * ({@code ''} becomes {@code "}, a run of dashes one {@code -}). Exposed so that tools can
   * canonicalise one token or line of the original text the way the whole text is, and so map
   * results back to original character offsets.
   */
  public static String fold(String rawText) {
    String text = toNfkc(rawText);
    char[] out = new char[text.length()];
    int n = 0;
    char previous = 0;
    for (int i = 0; i < text.length(); i++) {
      int f = foldChar(text.charAt(i));
      if (f == NOT_PER_CHAR) {
        return foldWholeText(text);
      }
      if (f == previous && (f == '\'' || f == '-')) {
        if (f == '\'') {
          out[n - 1] = '"';
          previous = '"';
        }
        continue;
      }
      previous = (char) f;
      out[n++] = previous;
    }
    return new String(out, 0, n);
  }

  /**
   * {@code text} in NFKC. A stable character ({@link #isNfkcStable}) never combines with the text
   * before it, so NFKC is run only on the pieces around other characters, each from the stable
   * character before them (which they may combine with) to the next stable character: an ellipsis
   * or a no-break space then costs a few characters of ICU work, not the whole text's.
   */
  private static String toNfkc(String text) {
    int length = text.length();
    int i = nextUnstable(text, 0);
    if (i == length) {
      return text;
    }
    StringBuilder out = new StringBuilder(length + 16);
    int copied = 0;
    for (int pieces = 0; i < length; pieces++) {
      int start = Math.max(i - 1, 0);
      if (pieces == MAX_NFKC_PIECES) {
        // Each piece costs a call into ICU: past a few, the rest of the text at once is cheaper.
        return out.append(text, copied, start)
            .append(java.text.Normalizer.normalize(text.substring(start), Form.NFKC))
            .toString();
      }
      int end = i + 1;
      while (end < length && !isNfkcStable(text.charAt(end))) {
        end++;
      }
      out.append(text, copied, start)
          .append(java.text.Normalizer.normalize(text.substring(start, end), Form.NFKC));
      copied = end;
      i = nextUnstable(text, end);
    }
    return out.append(text, copied, length).toString();
  }

  private static int nextUnstable(String text, int from) {
    int i = from;
    while (i < text.length() && isNfkcStable(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Whether {@code c} is NFKC and never combines with the text before it: a text made only of such
   * characters is NFKC, and one can be normalised piece by piece at such characters.
   */
  static boolean isNfkcStable(char c) {
    return c < NFKC_STABLE.length && NFKC_STABLE[c];
  }

  private static boolean[] nfkcStableTable() {
    char[] last = NFKC_STARTER_BLOCKS[NFKC_STARTER_BLOCKS.length - 1];
    boolean[] table = new boolean[last[1] + 1];
    for (char[] block : NFKC_STARTER_BLOCKS) {
      for (char c = block[0]; c <= block[1]; c++) {
        int type = Character.getType(c);
        boolean mark =
            type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
        table[c] = !mark && java.text.Normalizer.isNormalized(String.valueOf(c), Form.NFKC);
      }
    }
    return table;
  }

  /**
   * One character of NFKC text as {@link #foldWholeText} maps it, before quotes and dashes merge:
   * {@code toLowerCase(Locale.ROOT)} lower-cases each BMP character by {@link
   * Character#toLowerCase(int)} except Σ (final sigma depends on its neighbours), İ (becomes two
   * characters) and surrogates, for which this returns {@link #NOT_PER_CHAR}.
   */
  private static int foldChar(char c) {
    if (c < LATIN1_FOLD.length) {
      return LATIN1_FOLD[c];
    }
    if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)) {
      return NOT_PER_CHAR;
    }
    int lower = Character.toLowerCase((int) c);
    return lower > Character.MAX_VALUE ? NOT_PER_CHAR : mapPunctuation((char) lower);
  }

  private static char[] latin1FoldTable() {
    char[] table = new char[0x100];
    for (char c = 0; c < table.length; c++) {
      // Latin-1 lower-cases within Latin-1, and toLowerCase(Locale.ROOT) has no special case here.
      table[c] = mapPunctuation(Character.toLowerCase(c));
    }
    return table;
  }

  /**
   * {@link #fold} the general way, for texts with characters that cannot be folded one at a time.
   */
  private static String foldWholeText(String nfkcText) {
    String text = nfkcText.toLowerCase(Locale.ROOT);
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char mapped = mapPunctuation(c);
      char previous =
          out == null
              ? (i > 0 ? text.charAt(i - 1) : 0)
              : (out.length() > 0 ? out.charAt(out.length() - 1) : 0);
      boolean mergeQuote = mapped == '\'' && previous == '\'';
      boolean mergeDash = mapped == '-' && previous == '-';
      if (out == null && (mapped != c || mergeQuote || mergeDash)) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out == null) {
        continue;
      }
      if (mergeQuote) {
        out.setCharAt(out.length() - 1, '"');
      } else if (!mergeDash) {
        out.append(mapped);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * One line of original text as {@link #normalize} compares it: folded, spaces collapsed,
   * stripped.
   */
  public static String canonicalLine(String rawLine) {
    String folded = fold(rawLine);
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (isHorizontalSpace(c) || isLineBreak(c)) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
    }
    return out.toString().strip();
  }

  /**
   * Whether {@link #normalize} drops this line (as returned by {@link #canonicalLine}) as site
   * chrome. It also drops empty lines and repeats of an earlier kept line.
   */
  public static boolean isChromeLine(String canonicalLine) {
    return ChromeLines.isChrome(canonicalLine.toCharArray(), 0, canonicalLine.length());
  }

  private static char mapPunctuation(char c) {
    switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u0060', '\u00B4':
        return '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\u300C', '\u300D':
        return '"';
      case '\u2010',
      '\u2011',
      '\u2012',
      '\u2013',
      '\u2014',
      '\u2015',
      '\u2212',
      '\uFE58',
      '\uFE63',
      '\uFF0D':
        return '-';
      default:
        return c;
    }
  }

  private static boolean isLineBreak(char c) {
    return c == '\n'
        || c == '\r'
        || c == '\u000B'
        || c == '\f'
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }

  private static boolean isHorizontalSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\u00A0'
        || c == '\u1680'
        || c == '\u180E'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000';
  }
}
