package dev.neardup.core.text;

import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@link NewsNormalizer} as it was before its fast paths (commit 1d40417), kept unchanged as the
 * oracle that the fast paths must match exactly: {@code NewsNormalizer.VERSION} promises that they
 * changed no output. Version 2's lists of links are removed here the plain way, from the finished
 * lines ({@link #withoutLinkLists}).
 */
final class ReferenceNormalizer implements Normalizer {
  static final int MAX_CHROME_WORDS = 4;

  private static final Pattern BREADCRUMB =
      Pattern.compile("^(?:[^>|»/]{1,30}\\s[>|»/]\\s){2,}[^>|»/]{1,40}$");

  @Override
  public String normalize(String rawText) {
    String text = fold(rawText);
    StringBuilder out = new StringBuilder(text.length());
    StringBuilder line = new StringBuilder(256);
    Set<String> seen = new HashSet<>();
    int length = text.length();
    int lineStart = 0;
    boolean plain = true; // no leading, trailing, doubled or non-ASCII space in the line so far
    char previous = ' ';
    for (int i = 0; i <= length; i++) {
      char c = i < length ? text.charAt(i) : '\n';
      if (c > ' ' && c < 0x7F) { // the common case, neither space nor line break
        previous = c;
        continue;
      }
      if (isLineBreak(c)) {
        // Most lines are already canonical: take them whole instead of char by char.
        String canonical =
            plain && previous != ' '
                ? text.substring(lineStart, i)
                : canonicalSpaces(text, lineStart, i, line);
        appendLine(canonical, out, seen);
        lineStart = i + 1;
        plain = true;
        previous = ' ';
      } else if (isHorizontalSpace(c)) {
        plain &= c == ' ' && previous != ' ';
        previous = ' ';
      } else {
        previous = c;
      }
    }
    return withoutLinkLists(text, out.toString());
  }

  /**
   * Version 2's rule: runs of three or more kept lines that are link-shaped and lie in paragraphs
   * (lines between blank ones, CR LF one break) where no line ends like a sentence go. {@code
   * normalized} is the kept lines of the folded {@code text}, which are found again here.
   */
  private static String withoutLinkLists(String text, String normalized) {
    List<String> raw = new ArrayList<>();
    for (String line : text.split("\r\n|[\n\r\u000B\f\u0085\u2028\u2029]", -1)) {
      raw.add(canonicalSpaces(line, 0, line.length(), new StringBuilder()));
    }
    boolean[] unendedParagraph = new boolean[raw.size()];
    for (int from = 0; from < raw.size(); ) {
      int to = from;
      while (to < raw.size() && !raw.get(to).isEmpty()) {
        to++;
      }
      boolean ended =
          raw.subList(from, to).stream().anyMatch(ReferenceNormalizer::endsLikeSentence);
      for (int r = from; r < to; r++) {
        unendedParagraph[r] = !ended;
      }
      from = to + 1;
    }
    List<String> kept = new ArrayList<>();
    List<Boolean> alone = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int r = 0; r < raw.size(); r++) {
      String line = raw.get(r);
      if (line.isEmpty() || isChrome(line) || !seen.add(line)) {
        continue;
      }
      kept.add(line);
      alone.add(unendedParagraph[r]);
    }
    if (!String.join("\n", kept).equals(normalized)) {
      throw new IllegalStateException("kept lines found differently: " + normalized);
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < kept.size()) {
      int j = i;
      while (j < kept.size() && alone.get(j) && isLinkShaped(kept.get(j))) {
        j++;
      }
      if (j - i < 3) {
        out.addAll(kept.subList(i, Math.max(j, i + 1)));
      }
      i = Math.max(j, i + 1);
    }
    return String.join("\n", out);
  }

  /** At most 20 words, no digit, no sentence end. */
  private static boolean isLinkShaped(String line) {
    if (line.isEmpty()
        || endsLikeSentence(line)
        || line.codePoints().anyMatch(Character::isDigit)) {
      return false;
    }
    long words = Pattern.compile("[\\p{L}\\p{N}]+").matcher(line).results().count();
    return words > 0 && words <= 20;
  }

  /** {@code text[from, to)} with runs of horizontal space made one space, stripped. */
  private static String canonicalSpaces(String text, int from, int to, StringBuilder line) {
    line.setLength(0);
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (isHorizontalSpace(c)) {
        if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
          line.append(' ');
        }
      } else {
        line.append(c);
      }
    }
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    return line.substring(0, end);
  }

  private static void appendLine(String kept, StringBuilder out, Set<String> seen) {
    if (kept.isEmpty()) {
      return;
    }
    if (isChrome(kept) || !seen.add(kept)) {
      return;
    }
    if (out.length() > 0) {
      out.append('\n');
    }
    out.append(kept);
  }

  /**
   * The character-level part of {@link #normalize}: NFKC, lower case, one quote and dash style
   * ({@code ''} becomes {@code "}, a run of dashes one {@code -}). Exposed so that tools can
   * canonicalise one token or line of the original text the way the whole text is, and so map
   * results back to original character offsets.
   */
  public static String fold(String rawText) {
    String text =
        java.text.Normalizer.isNormalized(rawText, Form.NFKC)
            ? rawText
            : java.text.Normalizer.normalize(rawText, Form.NFKC);
    text = text.toLowerCase(Locale.ROOT);
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
    return isChrome(canonicalLine);
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

  private static boolean isChrome(String line) {
    if (looksLikeBreadcrumb(line) && BREADCRUMB.matcher(line).matches()) {
      return true;
    }
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < line.length() && words <= MAX_CHROME_WORDS; ) {
      int cp = line.codePointAt(i);
      boolean wordChar = Character.isLetter(cp) || isNumber(cp);
      if (wordChar && !inWord) {
        words++;
      }
      inWord = wordChar;
      i += Character.charCount(cp);
    }
    return words == 0 || (words <= MAX_CHROME_WORDS && !endsLikeSentence(line));
  }

  /**
   * A cheap necessary condition for {@link #BREADCRUMB}: its first separator, spaced, within the
   * first 32 characters. Four scans of every line for separators anywhere made this the
   * normaliser's costliest step.
   */
  private static boolean looksLikeBreadcrumb(String line) {
    if (line.length() > 400) {
      return false;
    }
    int last = Math.min(31, line.length() - 2);
    for (int p = 2; p <= last; p++) {
      char c = line.charAt(p);
      if ((c == '>' || c == '|' || c == '»' || c == '/')
          && line.charAt(p - 1) == ' '
          && line.charAt(p + 1) == ' ') {
        return true;
      }
    }
    return false;
  }

  private static boolean isNumber(int cp) {
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static boolean endsLikeSentence(String line) {
    int end = line.length() - 1;
    while (end >= 0
        && (line.charAt(end) == '"' || line.charAt(end) == '\'' || line.charAt(end) == ')')) {
      end--;
    }
    if (end < 0) {
      return false;
    }
    char last = line.charAt(end);
    return last == '.' || last == '!' || last == '?' || last == ':' || last == ';';
  }
}
