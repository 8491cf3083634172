package dev.neardup.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NewsNormalizerTest {
  private final NewsNormalizer normalizer = new NewsNormalizer();

  @Test
  void curlyQuotesApostrophesAndDashesBecomeAscii() {
    assertEquals("syria's \"war\" - a long one - goes on.",
        normalizer.normalize("Syria\u2019s \u201CWar\u201D \u2014 a long one -- goes on."));
  }

  @Test
  void compatibilityFormsAndCaseAreFolded() {
    assertEquals("the office of is 2017 said so.",
        normalizer.normalize("The o\uFB03ce of \uFF29\uFF33 \uFF12\uFF10\uFF11\uFF17 said so."));
  }

  @Test
  void siteChromeLinesAreDroppedButShortSentencesStay() {
    String raw = String.join("\n",
        "Home > World > Middle East",
        "ADVERTISEMENT",
        "Talks open in Astana on Monday after weeks of delay.",
        "Recommended articles",
        "He refused.",
        "Share this article",
        "Leave a Comment");
    assertEquals("talks open in astana on monday after weeks of delay.\nhe refused.", normalizer.normalize(raw));
  }

  @Test
  void repeatedHeadlineIsKeptOnce() {
    String raw = "Fresh Syria peace talks open in Kazakh capital\n\nFresh Syria peace talks open in Kazakh capital\nBody text here, long enough to be a paragraph.";
    assertEquals("fresh syria peace talks open in kazakh capital\nbody text here, long enough to be a paragraph.",
        normalizer.normalize(raw));
  }

  @Test
  void whitespaceIsCollapsedAndBlankLinesVanish() {
    assertEquals("one two three four five six.", normalizer.normalize("  one\ttwo  three\u00A0four five six.  \n\n\n"));
  }
}
