package dev.neardup.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A case-insensitive pattern of class or id words, with the literal words one of which any match
 * must contain: most names hold none of them, and {@link String#indexOf} over a few dozen words is
 * much cheaper than trying a long alternation at every position. Same answers as the pattern.
 *
 * <p>Immutable and thread-safe.
 */
final class NamePattern {
  private final Pattern pattern;
  private final List<String> required;

  /** Per required word: whether the pattern wants it after a word boundary ({@code \\bad-}). */
  private final boolean[] atWordStart;

  /** Per required word: whether it is a whole alternative, so holding it is a match. */
  private final boolean[] alternative;

  /**
   * @param regex the pattern, compiled {@link Pattern#CASE_INSENSITIVE} (ASCII case folding)
   * @param required lower-case words, one of which every match of {@code regex} contains
   */
  NamePattern(String regex, List<String> required) {
    this(regex, required, new boolean[required.size()], new boolean[required.size()]);
  }

  private NamePattern(
      String regex, List<String> required, boolean[] atWordStart, boolean[] alternative) {
    this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    this.required = List.copyOf(required);
    this.atWordStart = atWordStart.clone();
    this.alternative = alternative.clone();
  }

  /**
   * The pattern with its required words read off its alternatives: each is a plain word with at
   * most {@code \b}, {@code ^}, {@code $}, spaces and optional characters ({@code x?}); its longest
   * stretch without those is what it requires.
   *
   * @throws IllegalArgumentException if an alternative is not of that plain kind
   */
  static NamePattern of(String regex) {
    List<String> required = new java.util.ArrayList<>();
    String[] alternatives = regex.split("\\|");
    boolean[] atWordStart = new boolean[alternatives.length];
    boolean[] whole = new boolean[alternatives.length];
    for (String alternative : alternatives) {
      String word = "";
      for (String part :
          alternative.replace("\\b", " ").replace("^", " ").replace("$", " ").split(".\\?| ")) {
        if (part.length() > word.length()) {
          word = part;
        }
      }
      if (word.isEmpty() || !word.matches("[a-z0-9-]+")) {
        throw new IllegalArgumentException("not a plain word: " + alternative);
      }
      atWordStart[required.size()] = alternative.startsWith("\\b" + word);
      whole[required.size()] = alternative.equals(word);
      required.add(word);
    }
    return new NamePattern(regex, required, atWordStart, whole);
  }

  /** {@code pattern.matcher(name).find()}. */
  boolean find(String name) {
    String lower = asciiLowerCase(name);
    for (int w = 0; w < required.size(); w++) {
      if (alternative[w] && lower.contains(required.get(w))) {
        return true;
      }
    }
    return mayMatch(name) && pattern.matcher(name).find();
  }

  /** {@code pattern.matcher(name).matches()}. */
  boolean matches(String name) {
    return mayMatch(name) && pattern.matcher(name).matches();
  }

  private boolean mayMatch(String name) {
    String lower = asciiLowerCase(name);
    for (int w = 0; w < required.size(); w++) {
      String word = required.get(w);
      for (int i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
        // An ASCII letter, digit or underscore before it is a word character, so no boundary.
        if (!atWordStart[w] || i == 0 || !isAsciiWordChar(lower.charAt(i - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isAsciiWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
  }

  /**
   * The case folding of {@link Pattern#CASE_INSENSITIVE} without {@code UNICODE_CASE}: A–Z only.
   */
  private static String asciiLowerCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        char[] chars = s.toCharArray();
        for (int j = i; j < chars.length; j++) {
          if (chars[j] >= 'A' && chars[j] <= 'Z') {
            chars[j] += 'a' - 'A';
          }
        }
        return new String(chars);
      }
    }
    return s;
  }
}
