package dev.neardup.extract;

import java.util.Objects;

/**
 * The article found in a web page.
 *
 * @param title the headline, or empty when the page names none
 * @param text the article body without the headline: paragraphs separated by one blank line, each
 *     paragraph on one line with its whitespace collapsed; empty when no body was found
 */
public record ExtractedArticle(String title, String text) {
  /**
   * @throws NullPointerException if either argument is null
   */
  public ExtractedArticle {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
  }

  /** Whether a body was found. */
  public boolean hasBody() {
    return !text.isBlank();
  }
}
