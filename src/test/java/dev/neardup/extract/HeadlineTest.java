package dev.neardup.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HeadlineTest {
  /** The rule {@link Headline#normalised} replaces. */
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static String byRegex(String s) {
    return NOT_WORD.matcher(s).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
  }

  @Test
  void normalisedWordsAreWhatTheRegexGivesOnAwkwardText() {
    for (String s :
        new String[] {
          "",
          "  ",
          "--Hello, World!--",
          "Headline | Site",
          "  \u00A0Tabs\tand\nnewlines\r\n",
          "Turkish \u0130stanbul and I\u0307",
          "numbers: \u0661\u0662 \u2167 x\u00B2 \u00BD",
          "combining: cafe\u0301 na\u0308ive",
          "surrogates: \uD835\uDC00 bold, \uD83D\uDE00 emoji, lone \uD800 high",
          "CJK：东京，大阪、京都",
          "ALL CAPS—dash’s ‘quotes’",
        }) {
      assertEquals(byRegex(s), Headline.normalised(s), s);
    }
  }

  @Test
  void normalisedWordsAreWhatTheRegexGivesOnTheSharedPages() throws IOException {
    Path dir = ExtractionCorpus.locate();
    assumeTrue(dir != null, "../shared/corpora/article-extraction is absent; pages not compared");
    int texts = 0;
    for (ExtractionCorpus.Page page : ExtractionCorpus.pages(dir)) {
      for (Element e : page.parse().getAllElements()) {
        String text = e.ownText();
        if (!text.isEmpty()) {
          assertEquals(byRegex(text), Headline.normalised(text), page.key());
          texts++;
        }
      }
    }
    assertTrue(texts > 10_000, texts + " texts");
  }

  @Test
  void theHeadlineIsTheArticlesH1NotTheMastheadsSiteName() {
    String page =
        "<html><head><title>Open thread for March - The Garden Blog</title></head><body>"
            + "<header><h1 class=\"site\">The Garden Blog</h1></header>"
            + "<article><h1>Open thread for March</h1><p>Tell us what you planted.</p></article>"
            + "</body></html>";
    assertEquals("Open thread for March", Headline.of(Jsoup.parse(page)));
  }
}
