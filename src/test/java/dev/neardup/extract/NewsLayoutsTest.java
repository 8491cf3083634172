package dev.neardup.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Layouts of real news pages that hide or pad the article, each in a small page of its own. */
class NewsLayoutsTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  private List<String> paragraphs(String page) throws IOException {
    return List.of(extractor.extract(ArticleExtractorTest.page(page)).text().split("\n\n"));
  }

  @Test
  void aBodySplitIntoChunksBetweenAdsIsKeptWhole() throws IOException {
    List<String> paragraphs = paragraphs("split-body.html");
    assertEquals(7, paragraphs.size(), String.join("\n\n", paragraphs));
    assertTrue(paragraphs.get(0).startsWith("Apple growers in the upper valley"));
    assertTrue(paragraphs.get(3).startsWith("Each fan costs about forty thousand"));
    assertTrue(paragraphs.get(6).startsWith("If the fans save this year"));
    assertFalse(String.join(" ", paragraphs).contains("Advertisement"));
  }

  @Test
  void aPageWrapperNamedPageDoesNotWinOverTheArticleInsideIt() throws IOException {
    List<String> paragraphs = paragraphs("page-wrapper.html");
    assertEquals(3, paragraphs.size(), String.join("\n\n", paragraphs));
    assertTrue(paragraphs.get(0).startsWith("Fares on the island ferry"));
    assertTrue(paragraphs.get(2).startsWith("Islanders, who make up"));
  }

  @Test
  void captionsAndCreditsOfPicturesInsideTheBodyAreNotText() throws IOException {
    List<String> paragraphs = paragraphs("captions.html");
    assertEquals(3, paragraphs.size(), String.join("\n\n", paragraphs));
    assertTrue(paragraphs.get(1).startsWith("The light has been automatic"));
    assertFalse(String.join(" ", paragraphs).contains("Shore Agency"));
  }

  @Test
  void theArticlesHeaderWithStandfirstAndDatesGoesWithItsHeadline() throws IOException {
    List<String> paragraphs = paragraphs("article-header.html");
    assertEquals(3, paragraphs.size(), String.join("\n\n", paragraphs));
    assertTrue(paragraphs.get(0).startsWith("The river festival, held on"));
  }

  @Test
  void aParagraphMadeOfLinksAloneIsDroppedButOneWithALinkInItsProseStays() throws IOException {
    List<String> paragraphs = paragraphs("link-paragraphs.html");
    assertEquals(4, paragraphs.size(), String.join("\n\n", paragraphs));
    assertTrue(paragraphs.get(2).startsWith("The prize comes with a trophy"));
    assertTrue(paragraphs.get(3).startsWith("Her full recipe is on the county"));
  }

  @Test
  void anEmbeddedPostQuotedInTheBodyIsKeptWhateverItsWrapperIsNamed() throws IOException {
    List<String> paragraphs = paragraphs("embedded-post.html");
    assertEquals(5, paragraphs.size(), String.join("\n\n", paragraphs));
    assertTrue(paragraphs.get(1).startsWith("Honestly the best thing the council"));
    assertTrue(paragraphs.get(3).startsWith("Others were less amused"));
  }

  @Test
  void dateAndTimeStampLinesInsideTheBodyAreNotText() throws IOException {
    List<String> paragraphs = paragraphs("date-lines.html");
    assertEquals(3, paragraphs.size(), String.join("\n\n", paragraphs));
    assertTrue(paragraphs.get(0).startsWith("Route 12, which links"));
    assertTrue(paragraphs.get(2).startsWith("The cost, about two hundred"));
  }

  @Test
  void elementsThatAFrameworkClassHidesOnScreensAreNotText() throws IOException {
    List<String> paragraphs = paragraphs("hidden-by-class.html");
    assertEquals(4, paragraphs.size(), String.join("\n\n", paragraphs));
    assertTrue(paragraphs.get(1).startsWith("Swimmers queued"));
    assertTrue(paragraphs.get(2).startsWith("On wide screens"));
    assertEquals(
        "Lessons for children will start again next week, and the timetable is posted at the"
            + " entrance and at the library.",
        paragraphs.get(3));
  }
}
