package dev.neardup.core;

import java.text.Normalizer.Form;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises news copy so that outlets' cosmetic differences vanish: Unicode NFKC, case folding,
 * one quote, apostrophe and dash style, collapsed whitespace, and removal of site chrome lines.
 *
 * <p>Chrome is recognised by generic shape, never by a list of phrases: a line of at most {@value
 * #MAX_CHROME_WORDS} words that does not end like a sentence ("ADVERTISEMENT", "Recommended
 * articles", "Share this article", a byline, an "Updated ..." stamp), a navigation breadcrumb
 * ("Home &gt; World &gt; Middle East"), and any line repeated verbatim earlier in the article (a headline
 * printed several times). Real paragraphs end with punctuation or are longer, so they survive.
 *
 * <p>Pure, stateless and thread-safe. Output lines are separated by {@code '\n'}.
 */
public final class NewsNormalizer implements Normalizer {
  /** Bumped whenever the output for some input changes; stored with persisted signatures. */
  public static final int VERSION = 1;

  static final int MAX_CHROME_WORDS = 4;

  private static final Pattern SINGLE_QUOTES = Pattern.compile("[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]");
  private static final Pattern DOUBLE_QUOTES =
      Pattern.compile("[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u300C\u300D]|''");
  private static final Pattern DASHES = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]|-{2,}");
  private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\h\\x0B\\f]+");
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");
  private static final Pattern BREADCRUMB = Pattern.compile("^(?:[^>|»/]{1,30}\\s[>|»/]\\s){2,}[^>|»/]{1,40}$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  @Override
  public String normalize(String rawText) {
    String text = java.text.Normalizer.normalize(rawText, Form.NFKC);
    text = text.toLowerCase(Locale.ROOT);
    text = SINGLE_QUOTES.matcher(text).replaceAll("'");
    text = DOUBLE_QUOTES.matcher(text).replaceAll("\"");
    text = DASHES.matcher(text).replaceAll("-");
    StringBuilder out = new StringBuilder(text.length());
    Set<String> seen = new HashSet<>();
    for (String rawLine : LINE_BREAK.split(text)) {
      String line = HORIZONTAL_SPACE.matcher(rawLine).replaceAll(" ").strip();
      if (line.isEmpty() || isChrome(line) || !seen.add(line)) {
        continue;
      }
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(line);
    }
    return out.toString();
  }

  private static boolean isChrome(String line) {
    if (BREADCRUMB.matcher(line).matches()) {
      return true;
    }
    int words = 0;
    var matcher = WORD.matcher(line);
    while (matcher.find() && words <= MAX_CHROME_WORDS) {
      words++;
    }
    return words == 0 || (words <= MAX_CHROME_WORDS && !endsLikeSentence(line));
  }

  private static boolean endsLikeSentence(String line) {
    int end = line.length() - 1;
    while (end >= 0 && (line.charAt(end) == '"' || line.charAt(end) == '\'' || line.charAt(end) == ')')) {
      end--;
    }
    if (end < 0) {
      return false;
    }
    char last = line.charAt(end);
    return last == '.' || last == '!' || last == '?' || last == ':' || last == ';';
  }
}
