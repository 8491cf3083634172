package dev.neardup.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextSpansTest {
  @Test
  void everyElementsLengthCommasAndLinkDensityAreWhatItsOwnTextGives() {
    Document page =
        Jsoup.parse(
            "<html><head><title>T, t</title></head><body>"
                + "<div id=a>  lead <b>bold</b>, <i> it </i><p>one,  two <a href=/x>link text</a></p>tail"
                + "<br>after break<ul><li>x, y</li><li><a href=#s>in-page</a> and more</li></ul></div>"
                + "<pre>  kept   \n  spaces, </pre><table><tr><td>c1</td><td> c2 </td></tr></table>"
                + "<span>inline <div>block in inline</div> end</span>&nbsp;<a href=/y><p>para in link</p></a>"
                + "</body></html>");
    assertMatchesText(page);
  }

  @Test
  void realPagesMeasureAsTheirElementsText() throws IOException {
    for (String name : new String[] {"news-with-chrome.html", "two-stories.html", "latin1.html"}) {
      try (InputStream in = TextSpansTest.class.getResourceAsStream("/pages/" + name)) {
        assertMatchesText(Jsoup.parse(in, null, ""));
      }
    }
  }

  @Test
  void theSharedBenchmarkPagesMeasureAsTheirElementsText() throws IOException {
    Path dir = ExtractionCorpus.locate();
    assumeTrue(
        dir != null, "../shared/corpora/article-extraction is absent; real pages not measured");
    int pages = 0;
    for (ExtractionCorpus.Page page : ExtractionCorpus.pages(dir)) {
      assertMatchesText(page.parse());
      pages++;
    }
    assertTrue(pages >= 90, pages + " pages");
  }

  @Test
  void whitespaceIsFoldedAsJsoupFoldsIt() {
    for (String s :
        new String[] {
          "",
          " ",
          "  a  b  ",
          "\t\na\u00A0\u00A0b\r\f",
          "soft\u00ADhy\u200Bphen",
          " \u200B x",
          "pair \uD83D\uDE00 lone \uD800 end ",
          "\u2003em space\u3000ideographic"
        }) {
      for (boolean stripLeading : new boolean[] {false, true}) {
        for (String before : new String[] {"", "x", "x "}) {
          StringBuilder expected = new StringBuilder(before);
          org.jsoup.internal.StringUtil.appendNormalisedWhitespace(expected, s, stripLeading);
          StringBuilder actual = new StringBuilder(before);
          TextSpans.appendFolded(actual, s, stripLeading);
          assertEquals(expected.toString(), actual.toString(), s);
        }
      }
    }
  }

  @Test
  void anElementOutsideTheMeasuredTreeIsRefused() {
    Document page = Jsoup.parse("<p>one</p><p>two</p>");
    TextSpans spans = new TextSpans(page.body().child(0));
    assertThrows(IllegalArgumentException.class, () -> spans.length(page.body().child(1)));
  }

  private static void assertMatchesText(Document page) {
    TextSpans spans = new TextSpans(page);
    for (Element e : page.getAllElements()) {
      String text = e.text();
      String where = "<" + e.tagName() + "> " + (text.length() > 60 ? text.substring(0, 60) : text);
      assertEquals(text.length(), spans.length(e), where);
      assertEquals(commas(text), spans.commas(e), where);
      assertEquals(TextMeasures.linkDensity(e), spans.linkDensity(e), where);
    }
  }

  private static int commas(String text) {
    int n = 0;
    for (char c : text.toCharArray()) {
      n += TextSpans.isComma(c) ? 1 : 0;
    }
    return n;
  }
}
