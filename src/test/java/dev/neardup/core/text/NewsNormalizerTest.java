package dev.neardup.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NewsNormalizerTest {
  private final NewsNormalizer normalizer = new NewsNormalizer();

  @Test
  void curlyQuotesApostrophesAndDashesBecomeAscii() {
    assertEquals(
        "syria's \"war\" - a long one - goes on.",
        normalizer.normalize("Syria\u2019s \u201CWar\u201D \u2014 a long one -- goes on."));
  }

  @Test
  void compatibilityFormsAndCaseAreFolded() {
    assertEquals(
        "the office of is 2017 said so.",
        normalizer.normalize("The o\uFB03ce of \uFF29\uFF33 \uFF12\uFF10\uFF11\uFF17 said so."));
  }

  @Test
  void siteChromeLinesAreDroppedButShortSentencesStay() {
    String raw =
        String.join(
            "\n",
            "Home > World > Middle East",
            "ADVERTISEMENT",
            "Talks open in Astana on Monday after weeks of delay.",
            "Recommended articles",
            "He refused.",
            "Share this article",
            "Leave a Comment");
    assertEquals(
        "talks open in astana on monday after weeks of delay.\nhe refused.",
        normalizer.normalize(raw));
  }

  @Test
  void aListOfHeadlineLinksIsDroppedWhileTheArticlesHeadlineAndStandfirstStay() {
    String raw =
        String.join(
            "\n\n",
            "Thai minister says the prime minister may dissolve parliament",
            "A split in the main coalition party could bring an early election",
            "The minister told reporters the prime minister was considering new elections.",
            "Most Popular",
            "This Bay Area zip code ranks as the most expensive in the country",
            "1",
            "Witness cheered for correcting the committee chairman",
            "Here is where the blackouts will start on Wednesday",
            "He declined to say how soon parliament might be dissolved.");
    assertEquals(
        "thai minister says the prime minister may dissolve parliament\n"
            + "a split in the main coalition party could bring an early election\n"
            + "the minister told reporters the prime minister was considering new elections.\n"
            + "he declined to say how soon parliament might be dissolved.",
        normalizer.normalize(raw));
  }

  @Test
  void listsOfLinksGoAtEitherEndOfTheText() {
    String menu =
        "Sports and weather in your area\r\n\r\nJobs and careers at the paper\r\n\r\n"
            + "Obituaries and family notices today";
    String mostRead =
        "Man rescued from a frozen lake by neighbours\n\nCouncil votes to close the old library"
            + "\n\nLocal team wins the regional final";
    String body = "Talks open in Astana on Monday after weeks of delay.";
    assertEquals(
        "talks open in astana on monday after weeks of delay.",
        normalizer.normalize(menu + "\r\n\r\n" + body + "\n\n" + mostRead));
    assertEquals("", normalizer.normalize(menu));
  }

  @Test
  void hardWrappedLinesAreNoListThoughTheyEndInNoFullStop() {
    String raw =
        "Non-callable for two years, the issue is rated A-minus by\n"
            + "Moody's and by Standard and Poor's. Goldman Sachs\n"
            + "co-managed the deal, which was increased from an initial\r\n"
            + "offering because of investor demand.";
    assertEquals(raw.toLowerCase(Locale.ROOT).replace("\r", ""), normalizer.normalize(raw));
  }

  @Test
  void linesOfAWireTableStayThoughTheyEndInNoFullStop() {
    String raw =
        String.join(
            "\n",
            "Oper shr profit seven cts vs loss 12 cts",
            "Oper net profit 1,000,000 vs loss 2,100,000",
            "Revs 30.5 mln vs 28.1 mln",
            "Nine months oper shr profit 30 cts vs loss 40 cts");
    assertEquals(
        raw.toLowerCase(Locale.ROOT), normalizer.normalize(raw), "figures make a line no link");
  }

  @Test
  void repeatedHeadlineIsKeptOnce() {
    String raw =
        "Fresh Syria peace talks open in Kazakh capital\n\nFresh Syria peace talks open in Kazakh capital\nBody text here, long enough to be a paragraph.";
    assertEquals(
        "fresh syria peace talks open in kazakh capital\nbody text here, long enough to be a paragraph.",
        normalizer.normalize(raw));
  }

  @Test
  void repeatedLineIsFoundWhateverItsCaseQuotesDashesAndSpaces() {
    String raw =
        "He said ''no'' -- twice.\nHe  said \"no\" - twice. \nHE SAID \u201CNO\u201D \u2014 TWICE.";
    assertEquals("he said \"no\" - twice.", normalizer.normalize(raw));
  }

  @Test
  void whitespaceIsCollapsedAndBlankLinesVanish() {
    assertEquals(
        "one two three four five six.",
        normalizer.normalize("  one\ttwo  three\u00A0four five six.  \n\n\n"));
  }

  // The fast paths must give exactly what the code before them gave (ReferenceNormalizer):
  // NewsNormalizer.VERSION was not bumped, so persisted signatures depend on it.

  @Test
  void fastPathMatchesReferenceOnRandomUnicodeText() {
    RandomNewsText random = new RandomNewsText(20261126);
    for (int i = 0; i < 6_000; i++) {
      RandomNewsText.Profile profile = random.profile();
      assertSameAsReference(random.article(profile, 40), profile + " article " + i);
    }
  }

  @Test
  void fastPathMatchesReferenceOnRandomCharacterSoup() {
    RandomNewsText random = new RandomNewsText(7);
    for (int i = 0; i < 20_000; i++) {
      assertSameAsReference(random.soup(200), "soup " + i);
    }
  }

  @Test
  void fastPathMatchesReferenceForEveryBmpCharacterInContext() {
    for (int c = 0; c < 0x10000; c++) {
      String ch = String.valueOf((char) c);
      for (String text :
          List.of(
              ch,
              "A" + ch,
              ch + "b",
              "'" + ch + "'",
              "-" + ch + "-",
              "\u03A3" + ch + " x",
              "x " + ch + ch + " Talks resume.",
              "one two " + ch + " three\n" + ch + "\nfour five six seven.")) {
        assertSameAsReference(text, "U+" + Integer.toHexString(c) + " in " + text);
      }
    }
  }

  @Test
  void fastPathMatchesReferenceOnSampleArticles() throws IOException {
    List<Path> samples;
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      samples = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path sample : samples) {
      String text = Files.readString(sample);
      assertSameAsReference(text, sample.toString());
      assertSameAsReference(text.toUpperCase(Locale.ROOT), sample + " upper-cased");
      assertSameAsReference(text.replace("\n", "\r\n"), sample + " with CRLF");
      assertSameAsReference(text.replace(' ', '\u00A0'), sample + " with NBSP");
      assertSameAsReference(
          text.replace('\'', '\u2019').replace("\n", "\n\n  "), sample + " with curly apostrophes");
      assertSameAsReference(text + "\n" + text, sample + " twice");
      assertSameAsReference(text + " \uD83D\uDE00 \u03A3", sample + " with an emoji and a sigma");
    }
  }

  @Test
  void nfkcStableCharactersNeverCombineWithTheCharacterBefore() {
    // The characters that could combine with a following one or be reordered: marks, Hangul jamo,
    // and the stable characters themselves, plus the text stages' usual neighbours.
    StringBuilder before = new StringBuilder();
    StringBuilder stable = new StringBuilder();
    for (char c = 0; c < 0xFFFF; c++) {
      int type = Character.getType(c);
      if (NewsNormalizer.isNfkcStable(c)) {
        stable.append(c);
        before.append(c);
      } else if (type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || (c >= 0x1100 && c <= 0x11FF)
          || (c >= 0x3130 && c <= 0x318F)
          || (c >= 0xAC00 && c <= 0xD7A3 && c % 7 == 0)
          || c % 31 == 0) {
        before.append(c);
      }
    }
    for (int s = 0; s < stable.length(); s++) {
      char c = stable.charAt(s);
      assertEquals(
          String.valueOf(c),
          java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC));
      for (int b = 0; b < before.length(); b++) {
        String x = String.valueOf(before.charAt(b));
        String nfkc = java.text.Normalizer.normalize(x, java.text.Normalizer.Form.NFKC);
        if (!java.text.Normalizer.normalize(x + c, java.text.Normalizer.Form.NFKC)
            .equals(nfkc + c)) {
          throw new AssertionError(
              "U+"
                  + Integer.toHexString(c)
                  + " combines with U+"
                  + Integer.toHexString(x.charAt(0)));
        }
      }
    }
  }

  private void assertSameAsReference(String text, String what) {
    assertEquals(new ReferenceNormalizer().normalize(text), normalizer.normalize(text), what);
    assertEquals(ReferenceNormalizer.fold(text), NewsNormalizer.fold(text), what);
    for (String line : text.split("\n")) {
      String canonical = ReferenceNormalizer.canonicalLine(line);
      assertEquals(canonical, NewsNormalizer.canonicalLine(line), what);
      assertEquals(
          ReferenceNormalizer.isChromeLine(canonical),
          NewsNormalizer.isChromeLine(canonical),
          what);
    }
  }
}
