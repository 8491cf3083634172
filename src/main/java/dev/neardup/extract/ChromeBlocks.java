package dev.neardup.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Drops blocks inside the chosen article container that look like chrome by their make-up: mostly
 * links, more list items than paragraphs, forms, image galleries, or chrome names with little
 * prose.
 */
final class ChromeBlocks {
  /** Blocks shorter than this, without a picture or two, are furniture. */
  private static final int MIN_BLOCK_CHARS = 25;

  private final CandidateScores scores;

  ChromeBlocks(CandidateScores scores) {
    this.scores = scores;
  }

  void clean(Element content) {
    // Measured once; a removal changes only the text of the removed block's ancestors, which
    // are then measured afresh when their turn comes.
    TextSpans spans = new TextSpans(content, BlockMakeUp.COUNTED);
    Set<Element> changed = Collections.newSetFromMap(new IdentityHashMap<>());
    for (String tag :
        new String[] {
          "form", "fieldset", "table", "ul", "ol", "div", "section", "figure", "header"
        }) {
      Elements found = content.getElementsByTag(tag);
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
    for (Element h : content.select("h1, h2, h3, h4, h5, h6")) {
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

  private static boolean isDataTable(Element table) {
    return table.getElementsByTag("th").size() > 0 || table.getElementsByTag("caption").size() > 0;
  }
}
