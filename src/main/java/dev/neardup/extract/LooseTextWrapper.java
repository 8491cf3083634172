package dev.neardup.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text written straight into a container beside block children (an article body typed after a
 * headline element, separated by {@code <br>}s) becomes {@code <p>}s, so it votes like marked-up
 * paragraphs.
 */
final class LooseTextWrapper {
  private LooseTextWrapper() {}

  static void wrapLooseText(Element body) {
    for (Element e : new ArrayList<>(body.getAllElements())) {
      String tag = e.tagName();
      if (!(tag.equals("div")
          || tag.equals("section")
          || tag.equals("article")
          || tag.equals("td")
          || tag.equals("main")
          || tag.equals("body"))) {
        continue;
      }
      boolean hasBlock = false;
      for (Element child : e.children()) {
        if (HtmlBlocks.BLOCKS.contains(child.tagName())) {
          hasBlock = true;
          break;
        }
      }
      if (!hasBlock) {
        continue;
      }
      List<Node> run = new ArrayList<>();
      for (Node child : new ArrayList<>(e.childNodes())) {
        boolean inline =
            child instanceof TextNode
                || child instanceof Element c && !HtmlBlocks.BLOCKS.contains(c.tagName());
        if (inline) {
          run.add(child);
        } else {
          wrap(run);
        }
      }
      wrap(run);
    }
  }

  /** Moves a run of inline nodes with some text into a new {@code <p>} in their place. */
  private static void wrap(List<Node> run) {
    boolean hasText = false;
    for (Node n : run) {
      if (n instanceof TextNode t ? !t.isBlank() : !((Element) n).text().isBlank()) {
        hasText = true;
        break;
      }
    }
    if (hasText) {
      Element p = new Element("p");
      run.get(0).before(p);
      for (Node n : run) {
        p.appendChild(n);
      }
    }
    run.clear();
  }
}
