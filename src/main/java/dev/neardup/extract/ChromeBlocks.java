package dev.neardup.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Drops blocks inside the chosen article container that look like chrome by their make-up: mostly
 * links, more list items than paragraphs, forms, image galleries, or chrome names with little
 * prose.
 */
final class ChromeBlocks {
  /** Blocks shorter than this, without a picture or two, are furniture. */
  private static final int MIN_BLOCK_CHARS = 25;

  /** The kinds of block judged, one kind after the other in this order. */
  private static final List<String> BLOCK_TAGS =
      List.of("form", "fieldset", "table", "ul", "ol", "div", "section", "figure", "header");

  /**
   * A paragraph with two or more links and more of its text than this inside them is a list of
   * links; one link alone may be the article's own pointer to its source, which is kept.
   */
  private static final double MAX_PARAGRAPH_LINK_DENSITY = 0.8;

  /** A block is a wrapped quotation when its first {@code <blockquote>} holds this much of it. */
  private static final double QUOTE_SHARE = 0.9;

  /** Parsed once: {@code selectFirst(String)} parses its query on every call. */
  private static final Evaluator BLOCKQUOTE = QueryParser.parse("blockquote");

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  private final CandidateScores scores;

  ChromeBlocks(CandidateScores scores) {
    this.scores = scores;
  }

  /**
   * @param spans measures of every element under {@code content} (made with {@link
   *     BlockMakeUp#COUNTED}) that are still true
   */
  void clean(Element content, TextSpans spans) {
    // Measured once; a removal changes only the text of the removed block's ancestors, which
    // are then measured afresh when their turn comes.
    Set<Element> changed = Collections.newSetFromMap(new IdentityHashMap<>());
    // One walk finds the blocks of every tag and the headings (a query per tag walked the article
    // each time); those a removal took out of the article are passed over as before.
    List<List<Element>> blocks = new ArrayList<>();
    for (int t = 0; t < BLOCK_TAGS.size(); t++) {
      blocks.add(new ArrayList<>());
    }
    List<Element> headings = new ArrayList<>();
    for (Element e : content.getAllElements()) {
      int t = BLOCK_TAGS.indexOf(e.normalName());
      if (t >= 0) {
        blocks.get(t).add(e);
      } else if (HEADINGS.contains(e.normalName())) {
        headings.add(e);
      }
    }
    for (int t = 0; t < BLOCK_TAGS.size(); t++) {
      String tag = BLOCK_TAGS.get(t);
      List<Element> found = blocks.get(t);
      for (int i = found.size() - 1; i >= 0; i--) {
        Element e = found.get(i);
        if (e.parent() == null || e == content || !Ancestry.isAncestor(content, e)) {
          continue;
        }
        if (shouldRemove(e, tag, changed.contains(e) ? null : spans)) {
          removeAndNote(e, changed);
        }
      }
    }
    // A paragraph of links alone is a list written inline: tags, related stories, "more on".
    for (Element p : content.getElementsByTag("p")) {
      if (p.getElementsByTag("a").size() >= 2
          && TextMeasures.linkDensity(p) > MAX_PARAGRAPH_LINK_DENSITY) {
        removeAndNote(p, changed);
      }
    }
    List<Element> left = new ArrayList<>();
    for (Element h : headings) {
      if (h == content || Ancestry.isAncestor(content, h)) {
        left.add(h);
      }
    }
    for (Element h : left) {
      double links =
          changed.contains(h) || !spans.covers(h)
              ? TextMeasures.linkDensity(h)
              : spans.linkDensity(h);
      if (scores.classWeight(h) < 0 || links > 0.33) {
        removeAndNote(h, changed);
      }
    }
  }

  private static void removeAndNote(Element e, Set<Element> changed) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      changed.add(p);
    }
    e.remove();
  }

  /** {@code spans} null: {@code e} changed since it was measured. */
  private boolean shouldRemove(Element e, String tag, TextSpans spans) {
    if (isWrappedQuote(e)) {
      return false;
    }
    double weight = scores.classWeight(e);
    double score = scores.getOrZero(e);
    if (weight + score < 0) {
      return true;
    }
    BlockMakeUp makeUp = spans == null ? BlockMakeUp.walk(e) : BlockMakeUp.of(e, spans);
    if (makeUp.commas() >= 10) {
      return false;
    }
    if (tag.equals("table") && isDataTable(e)) {
      return false;
    }
    int paragraphs = makeUp.paragraphs();
    int images = makeUp.images();
    int items = makeUp.items() - 100;
    int inputs = makeUp.inputs();
    int length = makeUp.length();
    double links = length == 0 ? 0 : Math.min(1, (double) makeUp.linked() / length);
    boolean isList = tag.equals("ul") || tag.equals("ol");
    if (images > 1 && (double) paragraphs / images < 0.5 && !Ancestry.insideAny(e, "figure")) {
      return true;
    }
    if (!isList && items > paragraphs) {
      return true;
    }
    if (inputs > paragraphs / 3) {
      return true;
    }
    if (!isList
        && length < MIN_BLOCK_CHARS
        && (images == 0 || images > 2)
        && !tag.equals("figure")) {
      return true;
    }
    if (weight < 25 && links > 0.2) {
      return true;
    }
    return weight >= 25 && links > 0.5;
  }

  /**
   * An embedded post or a pull quote: a block whose text is almost all one {@code <blockquote>} is
   * the article quoting someone, however its wrapper is named ({@code social-embed}, {@code media})
   * and however many links the quoted post carries.
   */
  private static boolean isWrappedQuote(Element e) {
    Element quote = e.selectFirst(BLOCKQUOTE);
    if (quote == null) {
      return false;
    }
    int length = TextMeasures.textLength(e);
    return length > 0 && TextMeasures.textLength(quote) >= QUOTE_SHARE * length;
  }

  private static boolean isDataTable(Element table) {
    return table.getElementsByTag("th").size() > 0 || table.getElementsByTag("caption").size() > 0;
  }
}
