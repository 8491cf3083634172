package dev.neardup.io;

import dev.neardup.extract.ExtractedArticle;
import java.util.Objects;

/**
 * Where an article read from a web page came from and what was extracted from it.
 *
 * @param url the page's address (a WARC record's target URI, a JSON Lines record's {@code url}
 *     field, the page's canonical link), or null when unknown
 * @param extracted the headline and body found in the page
 */
public record WebPage(String url, ExtractedArticle extracted) {
  /**
   * @throws NullPointerException if {@code extracted} is null
   */
  public WebPage {
    Objects.requireNonNull(extracted, "extracted");
  }
}
