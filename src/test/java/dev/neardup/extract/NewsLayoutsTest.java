package dev.neardup.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Layouts of real news pages that hide or pad the article, each in a small page of its own. */
class NewsLayoutsTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  /**
   * Asserts that the body of {@code page} is exactly as many paragraphs as {@code starts}, each
   * beginning with its start, so that nothing is lost and nothing else comes in.
   */
  private void assertParagraphs(String page, String... starts) throws IOException {
    String text = extractor.extract(ArticleExtractorTest.page(page)).text();
    String[] paragraphs = text.split("\n\n");
    List<String> found = new ArrayList<>();
    for (int i = 0; i < paragraphs.length; i++) {
      int keep = i < starts.length ? starts[i].length() : paragraphs[i].length();
      found.add(paragraphs[i].substring(0, Math.min(paragraphs[i].length(), keep)));
    }
    assertEquals(List.of(starts), found, text);
  }

  @Test
  void aBodySplitIntoChunksBetweenAdsIsKeptWhole() throws IOException {
    assertParagraphs(
        "split-body.html",
        "Apple growers in the upper valley",
        "The fans, which look like small",
        "Last spring a single night of frost",
        "Each fan costs about forty thousand",
        "Thermometers hung at three heights",
        "Neighbours have asked about the noise",
        "If the fans save this year");
  }

  @Test
  void aPageWrapperNamedPageDoesNotWinOverTheArticleInsideIt() throws IOException {
    assertParagraphs(
        "page-wrapper.html",
        "Fares on the island ferry",
        "A single crossing for a car",
        "Islanders, who make up");
  }

  @Test
  void captionsAndCreditsOfPicturesInsideTheBodyAreNotText() throws IOException {
    assertParagraphs(
        "captions.html",
        "Peter Hale climbed the hundred",
        "The light has been automatic",
        "His successor, a volunteer");
  }

  @Test
  void theArticlesHeaderWithStandfirstAndDatesGoesWithItsHeadline() throws IOException {
    assertParagraphs(
        "article-header.html",
        "The river festival, held on",
        "Floods in the last two summers",
        "September is usually drier");
  }

  @Test
  void aParagraphMadeOfLinksAloneIsDroppedButOneWithALinkInItsProseStays() throws IOException {
    assertParagraphs(
        "link-paragraphs.html",
        "The Corner Bakery on Mill Street",
        "Owner Lena Marsh, who opened",
        "The prize comes with a trophy",
        "Her full recipe is on the county");
  }

  @Test
  void anEmbeddedPostQuotedInTheBodyIsKeptWhateverItsWrapperIsNamed() throws IOException {
    assertParagraphs(
        "embedded-post.html",
        "The council unveiled its new",
        "Honestly the best thing the council",
        "— Dot Fenn (@dotfenn)",
        "Others were less amused",
        "The agency that wrote the slogan");
  }

  @Test
  void dateAndTimeStampLinesInsideTheBodyAreNotText() throws IOException {
    assertParagraphs(
        "date-lines.html",
        "Route 12, which links",
        "Buses will leave every forty",
        "The cost, about two hundred");
  }

  @Test
  void elementsThatAFrameworkClassHidesOnScreensAreNotText() throws IOException {
    assertParagraphs(
        "hidden-by-class.html",
        "The public pool on Park Road",
        "Swimmers queued",
        "On wide screens",
        "Lessons for children will start again next week, and the timetable is posted");
  }
}
