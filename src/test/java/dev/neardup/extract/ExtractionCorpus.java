package dev.neardup.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The article-extraction corpus in {@code ../shared/corpora/article-extraction/}: real pages
 * ({@code html/KEY.html.gz}) and the article bodies people marked in them. Read in place, never
 * copied.
 */
final class ExtractionCorpus {
  /** One page and its marked body. */
  record Page(String key, String url, Path file, String truth) {
    Document parse() throws IOException {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        return Jsoup.parse(in, null, url);
      }
    }
  }

  private ExtractionCorpus() {}

  /** The corpus folder, or null when {@code ../shared} is not beside the checkout. */
  static Path locate() {
    String shared = System.getenv("NEARDUP_SHARED");
    Path root = shared != null ? Path.of(shared) : Path.of("../shared");
    Path dir = root.resolve("corpora/article-extraction");
    return Files.isRegularFile(dir.resolve("ground-truth.json")) ? dir : null;
  }

  static List<Page> pages(Path dir) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    List<Page> pages = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : truth.properties()) {
      Path file = dir.resolve("html").resolve(e.getKey() + ".html.gz");
      if (Files.isRegularFile(file)) {
        pages.add(
            new Page(
                e.getKey(),
                e.getValue().path("url").asText(""),
                file,
                e.getValue().path("articleBody").asText("")));
      }
    }
    pages.sort(java.util.Comparator.comparing(Page::key));
    return pages;
  }
}
