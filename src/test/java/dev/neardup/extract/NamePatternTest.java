package dev.neardup.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NamePatternTest {
  private static final String WORDS = "-ad-|\\bad-|\\bads?\\b|most-?read|^hid$| hid |sidebar|com-";
  private static final List<String> NAMES =
      List.of(
          "",
          "ad",
          "ads",
          "bad",
          "Ad-Slot",
          "x-AD-y",
          "headline",
          "mostread",
          "MOST-READ",
          "most_read",
          "hid",
          "a hid b",
          "hidden",
          "SideBar",
          "com-x",
          "comment",
          "story ad",
          "reads",
          "\u212Aad",
          "ADS banner",
          "bad-x",
          "_ad-",
          "loader",
          "load-ad-x",
          "\u00e9ad",
          "9ads",
          "head ads");

  @Test
  void findAgreesWithThePatternOnEveryName() {
    NamePattern words = NamePattern.of(WORDS);
    Pattern plain = Pattern.compile(WORDS, Pattern.CASE_INSENSITIVE);
    int found = 0;
    for (String name : NAMES) {
      assertEquals(plain.matcher(name).find(), words.find(name), name);
      found += words.find(name) ? 1 : 0;
    }
    assertTrue(found >= 8 && found < NAMES.size(), found + " found");
  }

  @Test
  void matchesAgreesWithThePatternWithGivenRequiredWords() {
    String regex = "comments?|comment-?(list|area)s?|disqus\\w*";
    NamePattern words = new NamePattern(regex, List.of("comment", "disqus"));
    Pattern plain = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    for (String name :
        List.of(
            "comment",
            "Comments",
            "comment-lists",
            "commentarea",
            "disqus_thread",
            "comment-box",
            "nocomment",
            "")) {
      assertEquals(plain.matcher(name).matches(), words.matches(name), name);
    }
  }

  @Test
  void anAlternativeThatIsNotAPlainWordIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> NamePattern.of("a(b|c)"));
    assertThrows(IllegalArgumentException.class, () -> NamePattern.of("x|\\w+"));
  }
}
