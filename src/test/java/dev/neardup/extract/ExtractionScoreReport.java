package dev.neardup.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints precision, recall and F1 of {@link ArticleExtractor} on the article-extraction corpus,
 * page by page with {@code -v}: {@code java -cp ... dev.neardup.extract.ExtractionScoreReport}.
 */
final class ExtractionScoreReport {
  private ExtractionScoreReport() {}

  public static void main(String[] args) throws Exception {
    Path dir = ExtractionCorpus.locate();
    if (dir == null) {
      System.err.println("no ../shared/corpora/article-extraction");
      System.exit(1);
    }
    boolean verbose = args.length > 0 && args[0].equals("-v");
    String only = args.length > 1 && args[0].equals("-p") ? args[1] : null;
    ArticleExtractor extractor = new ArticleExtractor();
    List<ShingleMatchScore.PageScore> scores = new ArrayList<>();
    for (ExtractionCorpus.Page page : ExtractionCorpus.pages(dir)) {
      if (only != null && !page.key().startsWith(only)) {
        continue;
      }
      ExtractedArticle article = extractor.extract(page.parse());
      if (only != null) {
        System.out.println(
            "TITLE: "
                + article.title()
                + "\n----- EXTRACTED\n"
                + article.text()
                + "\n----- TRUTH\n"
                + page.truth());
      }
      ShingleMatchScore.PageScore s = ShingleMatchScore.page(page.truth(), article.text());
      scores.add(s);
      if (verbose) {
        System.out.printf(
            Locale.ROOT,
            "%s P %.3f R %.3f  %s%n",
            page.key().substring(0, 8),
            s.precision(),
            s.recall(),
            page.url());
      }
    }
    ShingleMatchScore.Totals t = ShingleMatchScore.totals(scores);
    System.out.printf(
        Locale.ROOT,
        "%d pages: precision %.4f recall %.4f F1 %.4f%n",
        t.pages(),
        t.precision(),
        t.recall(),
        t.f1());
  }
}
