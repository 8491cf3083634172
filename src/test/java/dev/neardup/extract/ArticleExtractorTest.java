package dev.neardup.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  static Document page(String name) throws IOException {
    try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/pages/" + name)) {
      return Jsoup.parse(in, null, "https://herald.example/");
    }
  }

  private static List<String> paragraphs(ExtractedArticle article) {
    return List.of(article.text().split("\n\n"));
  }

  @Test
  void keepsTheStoryParagraphsInOrderAndDropsTheChromeAroundThem() throws IOException {
    ExtractedArticle article = extractor.extract(page("news-with-chrome.html"));
    List<String> paragraphs = paragraphs(article);
    assertEquals(4, paragraphs.size(), article.text());
    assertTrue(paragraphs.get(0).startsWith("The harbour bridge reopened"));
    assertTrue(paragraphs.get(1).startsWith("Crews worked through the night"));
    assertTrue(paragraphs.get(2).startsWith("The repairs cost 4.2 million"));
    assertTrue(paragraphs.get(3).startsWith("Council leader Mara Quinn"));
    for (String chrome :
        List.of(
            "cookies",
            "Sport",
            "Share on",
            "Advertisement",
            "Related",
            "Ferry timetable",
            "comments",
            "driving around the bay",
            "Copyright",
            "Home")) {
      assertFalse(article.text().contains(chrome), chrome + " leaked into " + article.text());
    }
  }

  @Test
  void scriptsStylesHiddenElementsAndCaptionsNeverBecomeText() throws IOException {
    ExtractedArticle article = extractor.extract(page("news-with-chrome.html"));
    for (String hidden :
        List.of(
            "tracking",
            "font-family",
            "hidden paragraph",
            "hidden by its style",
            "Photo: Herald staff")) {
      assertFalse(article.text().contains(hidden), hidden);
    }
  }

  @Test
  void titleIsTheHeadlineWithoutTheSiteNameAndIsNotRepeatedInTheBody() throws IOException {
    ExtractedArticle article = extractor.extract(page("news-with-chrome.html"));
    assertEquals("Harbour bridge reopens after repairs", article.title());
    assertFalse(article.text().contains("Harbour bridge reopens"));
  }

  @Test
  void paragraphsAreSeparatedByOneBlankLineWithWhitespaceCollapsed() {
    Document doc =
        Jsoup.parse(
            "<html><body><div class='content'><p>First   line of a long enough "
                + "paragraph,\n with a break inside it, so it counts.</p><p>Second paragraph, also long "
                + "enough to count, with a comma or two, and a line<br>break inside.</p></div></body></html>");
    ExtractedArticle article = extractor.extract(doc);
    assertEquals(
        "First line of a long enough paragraph, with a break inside it, so it counts.\n\n"
            + "Second paragraph, also long enough to count, with a comma or two, and a line\n\nbreak inside.",
        article.text());
  }

  @Test
  void theHeadlinesArticleWinsOverTeasersOfOtherStoriesBesideIt() throws IOException {
    ExtractedArticle article = extractor.extract(page("two-stories.html"));
    assertEquals("Library extends opening hours", article.title());
    assertTrue(article.text().startsWith("The town library will stay open"), article.text());
    assertTrue(article.text().contains("two new part-time librarians"));
    assertFalse(article.text().contains("market square"), article.text());
    assertFalse(article.text().contains("choir"), article.text());
  }

  @Test
  void textWrittenStraightIntoAContainerBesideBlockElementsIsKept() {
    Document doc =
        Jsoup.parse(
            "<html><body><div class='menu'><a href='/'>Home</a></div>"
                + "<div class='col'><p class='title'>Short title</p><small>05/10/2018 - Published by the desk</small>"
                + "<br>The ambulance service said two of its five vehicles were broken into overnight, their "
                + "batteries taken and their windows smashed, and that patients would be rebooked.<br><br>"
                + "<div class='row'><a href='/x'>Next story</a></div></div></body></html>");
    ExtractedArticle article = extractor.extract(doc);
    assertTrue(
        article.text().contains("two of its five vehicles were broken into overnight"),
        article.text());
    assertFalse(article.text().contains("Next story"));
  }

  @Test
  void aPageWithoutProseHasNoBody() throws IOException {
    ExtractedArticle article = extractor.extract(page("no-article.html"));
    assertFalse(article.hasBody(), article.text());
  }

  @Test
  void theGivenDocumentIsNotChanged() throws IOException {
    Document doc = page("news-with-chrome.html");
    String before = doc.outerHtml();
    extractor.extract(doc);
    assertEquals(before, doc.outerHtml());
  }
}
