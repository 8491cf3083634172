package dev.neardup.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;

/**
 * Finds the article (headline and body) in a parsed web page and drops the page chrome around it:
 * navigation, headers and footers, share bars, related links, comments, ads, cookie notices.
 *
 * <p>The body is found by scoring, not by site rules: every paragraph of prose gives points to the
 * containers above it (more for longer paragraphs and for commas, the mark of sentences), a
 * container's points shrink with the share of its text that is link text, and the best container
 * wins, together with those of its siblings that score nearly as well. Class and id names that name
 * chrome ({@code sidebar}, {@code comment}, {@code share}) or content ({@code article}, {@code
 * story}) shift the points, as in Mozilla's Readability, whose scoring this follows. Inside the
 * chosen container, blocks that are mostly links, forms or images are dropped, and the remaining
 * blocks become paragraphs.
 *
 * <p>{@code <script>}, {@code <style>}, templates, forms and hidden elements ({@code hidden},
 * {@code aria-hidden}, inline {@code display:none}) never become text. Extraction works on a copy;
 * the given document is not changed. Nothing is ever fetched.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArticleExtractor {
  /** Fewer body characters than this and the extraction is retried with gentler cleaning. */
  private static final int RETRY_BELOW_CHARS = 500;

  /**
   * Extracts the article of {@code page}.
   *
   * @return the headline and body; the body is empty when the page has no prose
   * @throws NullPointerException if {@code page} is null
   */
  public ExtractedArticle extract(Document page) {
    Objects.requireNonNull(page, "page");
    String title = Headline.of(page);
    EnumSet<Cleaning> cleaning = EnumSet.allOf(Cleaning.class);
    NameVerdicts names = new NameVerdicts();
    List<String> best = List.of();
    int bestLength = -1;
    for (Cleaning drop :
        new Cleaning[] {
          null, Cleaning.STRIP_UNLIKELY, Cleaning.WEIGH_CLASSES, Cleaning.CLEAN_CONDITIONALLY
        }) {
      if (drop != null) {
        cleaning.remove(drop);
      }
      List<String> paragraphs =
          new ExtractionAttempt(PageCopy.withoutNeverText(page), cleaning, title, names).run();
      paragraphs = withoutTitle(paragraphs, title);
      int length = paragraphs.stream().mapToInt(String::length).sum();
      // Gentler cleaning always finds more text; only much more means the article was lost.
      if (bestLength < 0 || length > 2 * bestLength) {
        best = paragraphs;
        bestLength = length;
      }
      if (length >= RETRY_BELOW_CHARS) {
        break;
      }
    }
    return new ExtractedArticle(title, String.join("\n\n", best));
  }

  private static List<String> withoutTitle(List<String> paragraphs, String title) {
    if (!paragraphs.isEmpty() && !title.isEmpty() && Headline.same(paragraphs.get(0), title)) {
      return paragraphs.subList(1, paragraphs.size());
    }
    return paragraphs;
  }
}
