package dev.neardup.extract;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Writes an element's text as paragraphs: one per block element, {@code <br>} a line break. */
final class ParagraphWriter {
  private final List<String> paragraphs;
  private final StringBuilder current = new StringBuilder();

  ParagraphWriter(List<String> paragraphs) {
    this.paragraphs = paragraphs;
  }

  void write(Element root) {
    walk(root);
    flush();
  }

  private void walk(Node node) {
    if (node instanceof TextNode text) {
      append(text.getWholeText());
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    String tag = e.tagName();
    if (tag.equals("br")) {
      flush();
      return;
    }
    boolean block = HtmlBlocks.BLOCKS.contains(tag);
    if (block) {
      flush();
    }
    for (Node child : e.childNodes()) {
      walk(child);
    }
    if (block) {
      flush();
    }
  }

  /** Appends {@code text} with each run of whitespace folded into one space. */
  private void append(String text) {
    // Runs of visible characters are copied at once: char by char was most of this writer's time.
    int n = text.length();
    int i = 0;
    while (i < n) {
      int start = i;
      while (i < n && !isSpace(text.charAt(i))) {
        i++;
      }
      current.append(text, start, i);
      if (i < n) {
        if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
          current.append(' ');
        }
        while (i < n && isSpace(text.charAt(i))) {
          i++;
        }
      }
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0';
  }

  private void flush() {
    String paragraph = current.toString().trim();
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph);
    }
    current.setLength(0);
  }
}
