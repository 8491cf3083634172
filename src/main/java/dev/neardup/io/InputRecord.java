package dev.neardup.io;

import dev.neardup.core.text.Article;
import java.util.Objects;

/**
 * One article as read, with where it came from.
 *
 * @param article the article; its text is blank only when the reader was asked to deliver empty
 *     articles ({@link InputOptions#deliverEmpty()})
 * @param source the file it came from (as given, or the directory argument joined with the path
 *     below it), or {@code -} for standard input
 * @param line 1-based line number for a JSON Lines record, 0 for a whole-file text article
 * @param rawLine for a JSON Lines record, the line exactly as read minus its terminator (LF or
 *     CRLF) and, on line 1, a byte-order mark, so it can be written back unchanged; null for a text
 *     article
 * @param page for an article extracted from a web page, the page's address and what was extracted;
 *     null otherwise
 */
public record InputRecord(Article article, String source, long line, String rawLine, WebPage page) {
  /** A record that did not come from a web page. */
  public InputRecord(Article article, String source, long line, String rawLine) {
    this(article, source, line, rawLine, null);
  }

  /**
   * @throws NullPointerException if {@code article} or {@code source} is null
   * @throws IllegalArgumentException if {@code line} is negative
   */
  public InputRecord {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(source, "source");
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative, got " + line);
    }
  }
}
