package dev.neardup.io;

import dev.neardup.core.text.Article;
import dev.neardup.io.InputProblem.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Streams the web pages of a WARC file (plain, or gzip-compressed per record or whole, as jwarc
 * detects): each {@code response} record whose HTTP payload is HTML is one page, its id the
 * record's {@code WARC-Target-URI}, followed by its {@code WARC-Record-ID} when the URI was seen
 * before in the file. Other records are skipped and counted in one warning per file.
 *
 * <p>The page's charset is the one its HTTP {@code Content-Type} declares, else the page's own.
 * Its publication time is the one the page states, else the record's {@code WARC-Date}. A record
 * that cannot be read is one error naming its byte offset; a truncated record ends the file, the
 * pages before it having been delivered. Not thread-safe.
 */
final class WarcPages {
  private final HtmlPages html;
  private final long maxPageBytes;
  private final Consumer<InputProblem> problems;

  WarcPages(HtmlPages html, long maxPageBytes, Consumer<InputProblem> problems) {
    this.html = html;
    this.maxPageBytes = maxPageBytes;
    this.problems = problems;
  }

  /** Reads {@code in} to its end or its first unreadable record; does not close it. */
  void read(InputStream in, String source, Consumer<InputRecord> sink) throws IOException {
    Map<String, Integer> skipped = new TreeMap<>();
    Set<String> seenUris = new HashSet<>();
    WarcReader reader = new WarcReader(new NonClosingInput(in));
    while (true) {
      Optional<WarcRecord> read;
      try {
        read = reader.next();
      } catch (IOException | RuntimeException e) {
        error(source, "truncated or unreadable WARC record at offset " + reader.position() + " (" + describe(e) + ")");
        break;
      }
      if (read.isEmpty()) {
        break;
      }
      WarcRecord record = read.get();
      long offset = reader.position();
      try {
        if (!(record instanceof WarcResponse response)) {
          skipped.merge(record.type(), 1, Integer::sum);
        } else if (!readResponse(response, source, offset, seenUris, sink)) {
          skipped.merge("non-HTML response", 1, Integer::sum);
        }
      } catch (IOException | RuntimeException e) {
        error(source, "truncated or unreadable WARC record at offset " + offset + " (" + describe(e) + ")");
        break;
      }
    }
    if (!skipped.isEmpty()) {
      int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
      StringBuilder kinds = new StringBuilder();
      skipped.forEach((type, n) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(n).append(' ').append(type));
      problems.accept(new InputProblem(Severity.WARNING, source, 0, String.format(Locale.ROOT,
          "%,d WARC record%s without an HTML page skipped (%s)", total, total == 1 ? "" : "s", kinds)));
    }
  }

  /** @return false when the response holds no HTML page */
  private boolean readResponse(WarcResponse response, String source, long offset, Set<String> seenUris,
      Consumer<InputRecord> sink) throws IOException {
    if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
      return false;
    }
    HttpResponse http = response.http();
    MediaType type = http.contentType();
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
      return false;
    }
    String uri = response.target();
    String id = seenUris.add(uri) ? uri : uri + " <" + response.id() + ">";
    int limit = (int) Math.min(maxPageBytes, InputText.MAX_ARRAY_BYTES - 1);
    byte[] bytes;
    try (InputStream body = http.bodyDecoded().stream()) {
      bytes = body.readNBytes(limit + 1);
    }
    String where = "record at offset " + offset + " (" + uri + ")";
    if (bytes.length > limit) {
      error(source, where + ": page exceeds the " + InputText.size(limit) + " article limit");
      return true;
    }
    HtmlPages.Read page = html.read(id, bytes, bytes.length, type.parameters().get("charset"), uri);
    if (page.article().text().isBlank()) {
      problems.accept(new InputProblem(Severity.WARNING, source, 0, where + ": no article text found, skipped"));
      return true;
    }
    Article article = page.article();
    if (!article.hasTime() && response.date() != null) {
      article = new Article(article.id(), article.text(), response.date().getEpochSecond());
    }
    sink.accept(new InputRecord(article, source, 0, null, page.page()));
    return true;
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private void error(String source, String message) {
    problems.accept(new InputProblem(Severity.ERROR, source, 0, message));
  }

  /** Keeps jwarc from closing a stream this class does not own. */
  private static final class NonClosingInput extends java.io.FilterInputStream {
    NonClosingInput(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
