package dev.neardup.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  /** Parsed once: {@code select(String)} parses its query on every call. */
  private static final Evaluator H1_OR_H2 = QueryParser.parse("h1, h2");

  private Headline() {}

  /**
   * The headline: the page's longest {@code <h1>} that the document title or Open Graph title
   * contains, else the Open Graph title, else the document title without a trailing site name.
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
    // Of the <h1>s the titles contain, the longest: a masthead's <h1> holds the site name, which
    // the title carries too, after the headline.
    String longest = "";
    for (Element h1 : h1s) {
      String text = h1.text().trim();
      if (text.length() > longest.length() && known.contains(normalised(text))) {
        longest = text;
      }
    }
    if (!longest.isEmpty()) {
      return longest;
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
    for (Element h : root.select(H1_OR_H2)) {
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

  /**
   * The words of {@code s} in lower case, one space between them: what replacing each run of
   * characters other than letters and digits ({@code [^\p{L}\p{N}]+}) by a space, trimming and
   * lower-casing gives, without the regex (this runs on each attempt's first paragraph).
   */
  static String normalised(String s) {
    StringBuilder words = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (isLetterOrNumber(c)) {
        if (gap && words.length() > 0) {
          words.append(' ');
        }
        gap = false;
        words.appendCodePoint(c);
      } else {
        gap = true;
      }
    }
    return words.toString().toLowerCase(Locale.ROOT);
  }

  /** {@code \p{L}} or {@code \p{N}}: a letter, or a digit, letter number or other number. */
  private static boolean isLetterOrNumber(int c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
