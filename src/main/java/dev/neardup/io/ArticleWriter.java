package dev.neardup.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes what the detector sees of each input record ({@code neardup extract}): for a web page its
 * address, headline and body; for any other record its id and text.
 *
 * <p>JSON Lines: {@code {"id", "url" (when known), "title", "text"}}, {@code text} being the body
 * without the headline. Text: a header line {@code == ID URL}, the headline, a blank line, the
 * body's paragraphs separated by blank lines, and a blank line after the article. Not thread-safe.
 */
public final class ArticleWriter {

  private final boolean asText;

  /**
   * @param format {@link OutputFormat#JSONL} or {@link OutputFormat#TEXT}
   * @throws IllegalArgumentException for any other format
   */
  public ArticleWriter(OutputFormat format) {
    if (format != OutputFormat.JSONL && format != OutputFormat.TEXT) {
      throw new IllegalArgumentException("articles are written as jsonl or text, not " + format);
    }
    this.asText = format == OutputFormat.TEXT;
  }

  /** Writes {@code record}. */
  public void write(InputRecord record, Writer out) {
    WebPage page = record.page();
    String title = page == null ? "" : page.extracted().title();
    String text = page == null ? record.article().text() : page.extracted().text();
    String url = page == null ? null : page.url();
    try {
      if (asText) {
        out.write(
            "== "
                + record.article().id()
                + (url == null || url.equals(record.article().id()) ? "" : "  " + url)
                + "\n");
        if (!title.isEmpty()) {
          out.write(title + "\n\n");
        }
        out.write(text + "\n\n");
        return;
      }
      writeJson(record, out);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code record} as one JSON object, no line end ({@code dedup} writes pages so too). */
  static void writeJson(InputRecord record, Writer out) throws IOException {
    WebPage page = record.page();
    try (JsonGenerator g = JsonOutput.generator(out)) {
      g.writeStartObject();
      g.writeStringField("id", record.article().id());
      if (page != null && page.url() != null) {
        g.writeStringField("url", page.url());
      }
      g.writeStringField("title", page == null ? "" : page.extracted().title());
      g.writeStringField("text", page == null ? record.article().text() : page.extracted().text());
      g.writeEndObject();
    }
  }
}
