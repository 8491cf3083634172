package dev.neardup.extract;

import java.util.ArrayDeque;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** The private copy of a page that one extraction attempt cuts up. */
final class PageCopy {
  private PageCopy() {}

  /**
   * A copy of {@code page} without the never-text elements inside its body, which every attempt
   * drops first: cheaper than copying them (scripts, inline SVG icons and navigation are often half
   * a page's nodes) to remove them again.
   */
  static Document withoutNeverText(Document page) {
    Document copy = page.shallowClone();
    copy.quirksMode(page.quirksMode());
    Element body = page.body();
    ArrayDeque<Element[]> todo = new ArrayDeque<>();
    todo.push(new Element[] {page, copy});
    while (!todo.isEmpty()) {
      Element[] pair = todo.pop();
      Element from = pair[0];
      Element to = pair[1];
      boolean inBody = pair.length > 2 || from == body;
      for (Node child : from.childNodes()) {
        if (child instanceof Element e) {
          if (inBody && HtmlBlocks.NEVER_TEXT.contains(e.normalName())) {
            continue;
          }
          // Not shallowClone(): that looks up the base URI through every ancestor, for each
          // element.
          Element childCopy =
              new Element(e.tag(), null, e.attributesSize() == 0 ? null : e.attributes().clone());
          to.appendChild(childCopy);
          todo.push(inBody ? new Element[] {e, childCopy, null} : new Element[] {e, childCopy});
        } else {
          // A plain text node is its text; anything else (CDATA, comments, data) copied as it is.
          to.appendChild(
              child.getClass() == TextNode.class
                  ? new TextNode(((TextNode) child).getWholeText())
                  : child.shallowClone());
        }
      }
    }
    return copy;
  }
}
