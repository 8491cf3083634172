package dev.neardup.extract;

import org.jsoup.nodes.Element;

/** Where an element sits in the tree, by walking up its parents. */
final class Ancestry {
  private Ancestry() {}

  static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  static boolean insideAny(Element e, String... tags) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      for (String tag : tags) {
        if (p.tagName().equals(tag)) {
          return true;
        }
      }
    }
    return false;
  }
}
