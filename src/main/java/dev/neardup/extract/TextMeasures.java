package dev.neardup.extract;

import org.jsoup.nodes.Element;

/**
 * What the scoring rules measure of an element's text, by walking it: its length, its commas and
 * the share of it inside links. {@link TextSpans} gives the same figures for a whole tree at once.
 */
final class TextMeasures {
  private TextMeasures() {}

  static int textLength(Element e) {
    return e.text().length();
  }

  static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (TextSpans.isComma(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** The share of {@code e}'s text that sits inside links. */
  static double linkDensity(Element e) {
    int length = textLength(e);
    if (length == 0) {
      return 0;
    }
    int linked = 0;
    for (Element a : e.getElementsByTag("a")) {
      linked += linkedLength(a);
    }
    return Math.min(1, (double) linked / length);
  }

  /**
   * The text length of link {@code a}; in-page anchors ("#section") are prose more often than
   * chrome.
   */
  static int linkedLength(Element a) {
    double weight = a.attr("href").startsWith("#") ? 0.3 : 1;
    return (int) (textLength(a) * weight);
  }
}
