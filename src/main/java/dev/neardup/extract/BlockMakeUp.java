package dev.neardup.extract;

import org.jsoup.nodes.Element;

/**
 * What a block is made of (the block itself included): its text length and commas, its paragraphs,
 * images, list items and inputs, and its link text weighed as in {@link TextMeasures#linkDensity}.
 */
record BlockMakeUp(
    int length, int commas, int paragraphs, int images, int items, int inputs, int linked) {
  static final String[] COUNTED = {"p", "img", "li", "input"};

  static BlockMakeUp of(Element e, TextSpans spans) {
    return new BlockMakeUp(
        spans.length(e),
        spans.commas(e),
        spans.count(e, "p"),
        spans.count(e, "img"),
        spans.count(e, "li"),
        spans.count(e, "input"),
        spans.linkedLength(e));
  }

  /** Measured by walking {@code e}. */
  static BlockMakeUp walk(Element e) {
    String text = e.text();
    int linked = 0;
    for (Element a : e.getElementsByTag("a")) {
      linked += TextMeasures.linkedLength(a);
    }
    return new BlockMakeUp(
        text.length(),
        TextMeasures.commas(text),
        e.getElementsByTag("p").size(),
        e.getElementsByTag("img").size(),
        e.getElementsByTag("li").size(),
        e.getElementsByTag("input").size(),
        linked);
  }
}
