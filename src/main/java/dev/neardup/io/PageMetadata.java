package dev.neardup.io;

import dev.neardup.core.text.Article;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * What a page says about itself in its markup: its canonical address and its publication time. Each
 * is looked for in a list of places, in order, the first element of each place counting, as {@link
 * Element#selectFirst} would find it; the elements of every place are found in one walk of the page
 * (a query per place walked the whole page each time, most of them in vain).
 */
final class PageMetadata {
  /** Where a page names its canonical address, in order of trust. */
  private static final List<Evaluator> ADDRESS =
      parse("link[rel=canonical]", "meta[property=og:url]");

  /** Where a page names its publication time ({@code article:published_time} and kin). */
  private static final List<Evaluator> TIME =
      parse(
          "meta[property=article:published_time]",
          "meta[itemprop=datePublished]",
          "meta[name=date]",
          "meta[name=pubdate]",
          "time[itemprop=datePublished][datetime]");

  /** The only tags the places above name: other elements cannot match and are passed over. */
  private static final Set<String> TAGS = Set.of("link", "meta", "time");

  private final Element[] address = new Element[ADDRESS.size()];
  private final Element[] time = new Element[TIME.size()];

  private PageMetadata(Document doc) {
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof Element e && TAGS.contains(e.normalName())) {
            noteFirst(doc, e, ADDRESS, address);
            noteFirst(doc, e, TIME, time);
          }
        },
        doc);
  }

  /** Finds the elements of every place in {@code doc}. */
  static PageMetadata of(Document doc) {
    return new PageMetadata(doc);
  }

  /** The page's canonical address when it names an http or https one, else null. */
  String canonicalUrl() {
    for (Element e : address) {
      if (e != null) {
        String value = (e.hasAttr("href") ? e.attr("href") : e.attr("content")).trim();
        if (value.startsWith("http://") || value.startsWith("https://")) {
          return value;
        }
      }
    }
    return null;
  }

  /** The publication time the page states, or {@link Article#NO_TIME}. */
  long publicationTime() {
    for (Element e : time) {
      if (e != null) {
        long parsed =
            PublicationTime.parse(
                (e.hasAttr("content") ? e.attr("content") : e.attr("datetime")).trim());
        if (parsed != Article.NO_TIME) {
          return parsed;
        }
      }
    }
    return Article.NO_TIME;
  }

  private static void noteFirst(Document doc, Element e, List<Evaluator> places, Element[] found) {
    for (int i = 0; i < found.length; i++) {
      if (found[i] == null && places.get(i).matches(doc, e)) {
        found[i] = e;
      }
    }
  }

  private static List<Evaluator> parse(String... queries) {
    return java.util.Arrays.stream(queries).map(QueryParser::parse).toList();
  }
}
