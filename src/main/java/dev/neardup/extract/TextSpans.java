package dev.neardup.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The length, comma count and link-text length of every element's text under one root, and how many
 * elements of some tags each holds, measured in one pass: what {@link Element#text()} and {@link
 * Element#getElementsByTag} would give for each element, without walking each element's subtree
 * again (which costs the size of the page times its depth).
 *
 * <p>The pass writes the root's text as jsoup's {@code text()} does (same whitespace folding, same
 * separators around blocks and {@code <br>}) and notes where each element's text starts and ends.
 * An element's own {@code text()} differs from its stretch of the root's text only in spaces before
 * its first or after its last visible character, which both trim, so the trimmed stretch is exactly
 * {@code text()}; {@code TextSpansTest} checks that on every element of real pages.
 *
 * <p>A snapshot: once the tree changes, the figures are stale. Not thread-safe.
 */
final class TextSpans {
  private final StringBuilder text = new StringBuilder();

  /**
   * Per element: start and end in {@link #text}, link-text length, commas before its start, commas
   * before its end, then the number of elements of each counted tag in it.
   */
  private final Map<Element, int[]> spans = new IdentityHashMap<>();

  private final List<String> countedTags;
  private int commas;

  /**
   * Measures every element under {@code root} (the root included), counting in each the elements
   * named {@code countedTags} (itself included, as {@code getElementsByTag} does).
   */
  TextSpans(Element root, String... countedTags) {
    this.countedTags = List.of(countedTags);
    List<int[]> open = new ArrayList<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            enter(node, open);
          }

          @Override
          public void tail(Node node, int depth) {
            leave(node, open);
          }
        },
        root);
  }

  /** Adds a text node's text, or opens an element's span. */
  private void enter(Node node, List<int[]> open) {
    if (node instanceof TextNode t) {
      String whole = t.getWholeText();
      if (node instanceof CDataNode || preservesWhitespace(t.parent())) {
        text.append(whole);
      } else {
        appendFolded(text, whole, endsWithSpace());
      }
      for (int i = 0; i < whole.length(); i++) {
        commas += isComma(whole.charAt(i)) ? 1 : 0;
      }
    } else if (node instanceof Element e) {
      int[] span = new int[5 + countedTags.size()];
      span[0] = text.length();
      span[3] = commas;
      int tag = countedTags.indexOf(e.normalName());
      if (tag >= 0) {
        span[5 + tag] = 1;
      }
      open.add(span);
      spans.put(e, span);
      if (text.length() > 0 && needsLeadingSeparator(e) && !endsWithSpace()) {
        text.append(' ');
      }
    }
  }

  /** Closes an element's span and adds its counts to its parent's. */
  private void leave(Node node, List<int[]> open) {
    if (node instanceof Element e) {
      int[] span = open.remove(open.size() - 1);
      span[1] = text.length();
      span[4] = commas;
      if (e.normalName().equals("a")) {
        // In-page anchors ("#section") are part of the prose more often than chrome.
        double weight = e.attr("href").startsWith("#") ? 0.3 : 1;
        span[2] += (int) (length(span) * weight);
      }
      if (!open.isEmpty()) {
        int[] parent = open.get(open.size() - 1);
        parent[2] += span[2];
        for (int i = 5; i < span.length; i++) {
          parent[i] += span[i];
        }
      }
      Node next = node.nextSibling();
      if (needsTrailingSeparator(e)
          && (next instanceof TextNode || next instanceof Element n && n.tag().isInline())
          && !endsWithSpace()) {
        text.append(' ');
      }
    }
  }

  /** Whether {@code e} was under the root when it was measured. */
  boolean covers(Element e) {
    return spans.containsKey(e);
  }

  /** {@code e.text().length()}. */
  int length(Element e) {
    return length(span(e));
  }

  /** The commas (Latin, full-width, ideographic, Arabic) in {@code e.text()}. */
  int commas(Element e) {
    int[] span = span(e);
    return span[4] - span[3];
  }

  /** {@code e.getElementsByTag(tag).size()}, for a tag counted at construction. */
  int count(Element e, String tag) {
    int i = countedTags.indexOf(tag);
    if (i < 0) {
      throw new IllegalArgumentException("<" + tag + "> was not counted");
    }
    return span(e)[5 + i];
  }

  /** The link text in {@code e}, as {@link #linkDensity} weighs it. */
  int linkedLength(Element e) {
    return span(e)[2];
  }

  /**
   * The share of {@code e}'s text inside its links ({@code <a>} elements, {@code e} itself
   * included), in-page anchors counting 0.3, at most 1.
   */
  double linkDensity(Element e) {
    int[] span = span(e);
    int length = length(span);
    return length == 0 ? 0 : Math.min(1, (double) span[2] / length);
  }

  static boolean isComma(char c) {
    return c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C';
  }

  private int[] span(Element e) {
    int[] span = spans.get(e);
    if (span == null) {
      throw new IllegalArgumentException("element <" + e.tagName() + "> was not measured");
    }
    return span;
  }

  private int length(int[] span) {
    int start = span[0];
    int end = span[1];
    while (start < end && text.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && text.charAt(end - 1) <= ' ') {
      end--;
    }
    return end - start;
  }

  private boolean endsWithSpace() {
    return text.length() != 0 && text.charAt(text.length() - 1) == ' ';
  }

  /**
   * jsoup 1.24's {@code StringUtil.appendNormalisedWhitespace}, with runs of visible characters
   * copied at once rather than code point by code point (it was a third of this pass). Whitespace
   * and the invisible characters are single chars, so scanning chars finds them as scanning code
   * points does, and a surrogate pair is copied unchanged either way.
   */
  static void appendFolded(StringBuilder accum, String s, boolean stripLeading) {
    boolean lastWasWhite = false;
    boolean reachedNonWhite = false;
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (isWhite(c)) {
        if (!(stripLeading && !reachedNonWhite) && !lastWasWhite) {
          accum.append(' ');
          lastWasWhite = true;
        }
        i++;
      } else if (isInvisible(c)) {
        i++;
      } else {
        int start = i;
        while (i < n && !isWhite(s.charAt(i)) && !isInvisible(s.charAt(i))) {
          i++;
        }
        accum.append(s, start, i);
        lastWasWhite = false;
        reachedNonWhite = true;
      }
    }
  }

  private static boolean isWhite(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0';
  }

  /** Zero-width space and soft hyphen, which jsoup leaves out of text. */
  private static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u00AD';
  }

  // The three rules below are jsoup 1.24's (Element.TextAccumulator, Element.preserveWhitespace).

  private static boolean needsLeadingSeparator(Element e) {
    return e.isBlock()
        || e.nameIs("br")
        || e.tag().is(Tag.TextBoundary) && e.childNodeSize() > 0 && e.hasText();
  }

  private static boolean needsTrailingSeparator(Element e) {
    if (e.tag().is(Tag.TextBoundary) || !e.tag().isInline()) {
      return true;
    }
    for (int i = 0; i < e.childNodeSize(); i++) {
      if (e.childNode(i) instanceof Element child && child.isBlock()) {
        return true;
      }
    }
    return false;
  }

  /** Whether an ancestor of {@code e}, at any distance, keeps its text's whitespace as written. */
  static boolean keepsWhitespace(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.tag().preserveWhitespace()) {
        return true;
      }
    }
    return false;
  }

  private static boolean preservesWhitespace(Element parent) {
    Element e = parent;
    for (int level = 0; level < 6 && e != null; level++, e = e.parent()) {
      if (e.tag().preserveWhitespace()) {
        return true;
      }
    }
    return false;
  }
}
