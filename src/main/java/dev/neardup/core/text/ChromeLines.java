package dev.neardup.core.text;

import java.nio.CharBuffer;
import java.util.regex.Pattern;

/**
 * The shape rules by which {@link NewsNormalizer} recognises a line of site chrome: a line of at
 * most {@value #MAX_WORDS} words that does not end like a sentence, or a navigation breadcrumb; and
 * the lines that may be entries of a list of links ({@link #isLinkShaped}, see {@link LinkLists}).
 */
final class ChromeLines {
  static final int MAX_WORDS = 4;

  /**
   * Words up to which a line that does not end like a sentence may be a link's text: headlines in a
   * "Most read" list or a menu of sections run to about a dozen words. Chosen on the dev sets
   * before the paragraph condition of {@link LinkLists} was added (12, 16, 20, 24 words: web dev
   * plus wire dev F1 1.9572, 1.9589, 1.9590, 1.9596; 20 the middle of the three that tie).
   */
  static final int LINK_MAX_WORDS = 20;

  private static final Pattern BREADCRUMB =
      Pattern.compile("^(?:[^>|»/]{1,30}\\s[>|»/]\\s){2,}[^>|»/]{1,40}$");

  /** {@link #isWordChar} of each Latin-1 character. */
  private static final boolean[] LATIN1_WORD_CHARS = latin1WordChars();

  private ChromeLines() {}

  /** Whether the line {@code line[from, to)} is chrome (see the class comment). */
  static boolean isChrome(char[] line, int from, int to) {
    if (looksLikeBreadcrumb(line, from, to)
        && BREADCRUMB.matcher(CharBuffer.wrap(line, from, to - from)).matches()) {
      return true;
    }
    int words = words(line, from, to, MAX_WORDS);
    return words == 0 || (words <= MAX_WORDS && !endsLikeSentence(line, from, to));
  }

  /**
   * Whether the line {@code text[from, to)}, not chrome by {@link #isChrome}, is shaped like the
   * text of a link: at most {@value #LINK_MAX_WORDS} words, no sentence end, and no digit. Why no
   * digit: the lines of a wire table or an earnings report ("shr 1.05 dlrs vs 90 cts") are short
   * and end in no full stop either, and they are the report; the headlines of a list of links
   * seldom carry a figure. Sentence ends are looked at first, so prose costs one character.
   */
  static boolean isLinkShaped(char[] text, int from, int to) {
    if (from >= to || endsLikeSentence(text, from, to) || hasDigit(text, from, to)) {
      return false;
    }
    int words = words(text, from, to, LINK_MAX_WORDS);
    return words > 0 && words <= LINK_MAX_WORDS;
  }

  /**
   * Words (runs of {@link #isWordChar} characters) in {@code line[from, to)}, counted up to {@code
   * max + 1}: past that the count no longer matters to a rule.
   */
  private static int words(char[] line, int from, int to, int max) {
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to && words <= max; ) {
      int cp = Character.codePointAt(line, i, to);
      boolean wordChar = cp < LATIN1_WORD_CHARS.length ? LATIN1_WORD_CHARS[cp] : isWordChar(cp);
      if (wordChar && !inWord) {
        words++;
      }
      inWord = wordChar;
      i += Character.charCount(cp);
    }
    return words;
  }

  private static boolean hasDigit(char[] line, int from, int to) {
    for (int i = from; i < to; ) {
      int cp = Character.codePointAt(line, i, to);
      if (cp >= '0' && cp <= '9' || cp >= 0x80 && Character.isDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * A cheap necessary condition for {@link #BREADCRUMB}: its first separator, spaced, within the
   * first 32 characters. Four scans of every line for separators anywhere made this the
   * normaliser's costliest step.
   */
  private static boolean looksLikeBreadcrumb(char[] line, int from, int to) {
    if (to - from > 400) {
      return false;
    }
    int last = from + Math.min(31, to - from - 2);
    for (int p = from + 2; p <= last; p++) {
      char c = line[p];
      if ((c == '>' || c == '|' || c == '»' || c == '/')
          && line[p - 1] == ' '
          && line[p + 1] == ' ') {
        return true;
      }
    }
    return false;
  }

  /** Letters and numbers, the characters that chrome's words are counted by. */
  private static boolean isWordChar(int cp) {
    return Character.isLetter(cp) || isNumber(cp);
  }

  private static boolean[] latin1WordChars() {
    boolean[] table = new boolean[0x100];
    for (int c = 0; c < table.length; c++) {
      table[c] = isWordChar(c);
    }
    return table;
  }

  private static boolean isNumber(int cp) {
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  static boolean endsLikeSentence(char[] line, int from, int to) {
    int end = to - 1;
    while (end >= from && (line[end] == '"' || line[end] == '\'' || line[end] == ')')) {
      end--;
    }
    if (end < from) {
      return false;
    }
    char last = line[end];
    return last == '.' || last == '!' || last == '?' || last == ':' || last == ';';
  }
}
