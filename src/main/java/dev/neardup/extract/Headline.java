package dev.neardup.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/** The page's headline, and the heading that shows it. */
final class Headline {
  private static final Evaluator SOCIAL_TITLE =
      QueryParser.parse("meta[property=og:title], meta[name=twitter:title]");
  private static final Evaluator H1 = QueryParser.parse("h1");

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Headline() {}

  /**
   * The headline: the page's first {@code <h1>} when the document title or Open Graph title
   * contains it, else the Open Graph title, else the document title without a trailing site name.
   */
  static String of(Document page) {
    // One walk for both queries: the page is walked whole, before anything is cut from it.
    List<Element> social = new ArrayList<>();
    List<Element> h1s = new ArrayList<>();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof Element e) {
            // Either query matches only elements of its tag name (normalName is tagName
            // lower-cased).
            String name = e.normalName();
            if (name.equals("meta") && SOCIAL_TITLE.matches(page, e)) {
              social.add(e);
            }
            if (name.equals("h1") && H1.matches(page, e)) {
              h1s.add(e);
            }
          }
        },
        page);
    String og =
        social.stream()
            .map(e -> e.attr("content").trim())
            .filter(s -> !s.isEmpty())
            .findFirst()
            .orElse("");
    String documentTitle = page.title().trim();
    String known = normalised(og + " " + documentTitle);
    for (Element h1 : h1s) {
      String text = h1.text().trim();
      if (!text.isEmpty() && known.contains(normalised(text))) {
        return text;
      }
    }
    if (!og.isEmpty()) {
      return og;
    }
    // "Headline | Site" and "Headline - Site": the part before the last separator, if it is long.
    String[] parts = documentTitle.split("\\s+[|\\-–—:»·]\\s+");
    if (parts.length > 1 && parts[0].split("\\s+").length >= 4) {
      return parts[0];
    }
    return documentTitle;
  }

  /** The {@code <h1>} or {@code <h2>} under {@code root} whose text is {@code title}, or null. */
  static Element heading(Element root, String title) {
    if (title.isEmpty()) {
      return null;
    }
    String wanted = normalised(title);
    for (Element h : root.select("h1, h2")) {
      if (normalised(h.text()).equals(wanted)) {
        return h;
      }
    }
    return null;
  }

  /** Whether two texts are the same words, whatever their case, spacing and punctuation. */
  static boolean same(String a, String b) {
    return normalised(a).equals(normalised(b));
  }

  private static String normalised(String s) {
    return NOT_WORD.matcher(s).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
  }
}
