package dev.neardup.io;

import dev.neardup.core.text.Article;
import dev.neardup.extract.ArticleExtractor;
import dev.neardup.extract.ExtractedArticle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns web pages into articles: parses them with jsoup, extracts the article, and names the
 * article's text, time and address. The text the detector sees is the headline, a blank line and
 * the body, as a text article starts with its headline.
 *
 * <p>Charset: the one the transport declares (a WARC record's HTTP {@code Content-Type}), else a
 * byte-order mark, else {@code <meta charset>} or its {@code http-equiv} form, else UTF-8 (jsoup's
 * detection). Parsing never fetches anything: no network access is made for a page's resources.
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlPages {
  private final ArticleExtractor extractor = new ArticleExtractor();

  /** A page's article as read, or why there is none. */
  record Read(Article article, WebPage page) {}

  /**
   * Reads the page in {@code bytes[0, length)}.
   *
   * @param charset the charset the transport declared, or null
   * @param url the page's address if known, or null
   * @return the page's article; its body is empty when the page holds no prose
   */
  Read read(String id, byte[] bytes, int length, String charset, String url) {
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(bytes, 0, length), usable(charset), base(url));
    } catch (IOException e) {
      // Reading from memory performs no I/O.
      throw new UncheckedIOException(e);
    }
    return read(id, doc, url);
  }

  /** Reads a page already decoded to text (a JSON Lines field). */
  Read read(String id, String html, String url) {
    return read(id, Jsoup.parse(html, base(url)), url);
  }

  private Read read(String id, Document doc, String url) {
    ExtractedArticle extracted = extractor.extract(doc);
    PageMetadata metadata = PageMetadata.of(doc);
    String address = url != null ? url : metadata.canonicalUrl();
    String text =
        extracted.title().isEmpty()
            ? extracted.text()
            : extracted.title() + "\n\n" + extracted.text();
    return new Read(
        new Article(id, extracted.hasBody() ? text : "", metadata.publicationTime()),
        new WebPage(address, extracted));
  }

  /** The charset name if the JDK knows it, else null (let the page say). */
  private static String usable(String charset) {
    if (charset == null || charset.isBlank()) {
      return null;
    }
    try {
      return Charset.isSupported(charset.trim()) ? charset.trim() : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }

  private static String base(String url) {
    return url == null ? "" : url;
  }
}
