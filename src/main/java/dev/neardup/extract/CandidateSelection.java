package dev.neardup.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Chooses the container that holds the article: every paragraph of prose gives points to the
 * containers above it, a container's points shrink with its link density, and the best one wins,
 * moved to the headline's own {@code <article>} or to the common ancestor of near-best rivals when
 * those say the article is elsewhere or larger, then joined by the siblings that belong to it.
 */
final class CandidateSelection {
  /** Paragraph-like elements shorter than this do not vote for their containers. */
  private static final int MIN_PARAGRAPH_CHARS = 25;

  /**
   * A chunk of a split body scores at least this share of the best chunk: twice what a sibling
   * needs to join, as a cousin is a longer reach, and never under a sibling's floor of 10.
   */
  private static final double MIN_CHUNK_SHARE = 0.4;

  /** Chunks of a split body sit at most this many levels below the element holding them all. */
  private static final int MAX_CHUNK_LEVELS = 3;

  /** Parsed once: {@code closest(String)} parses its query on every call. */
  private static final Evaluator ARTICLE = QueryParser.parse("article");

  private final Document doc;
  private final String title;
  private final CandidateScores scores;
  private final TextSpans spans;

  /**
   * @param spans the measures of the whole of {@code doc} as it is now
   */
  CandidateSelection(Document doc, String title, CandidateScores scores, TextSpans spans) {
    this.doc = doc;
    this.title = title;
    this.scores = scores;
    this.spans = spans;
  }

  /** The best container under {@code body}, or null when it would be the body itself. */
  Element topCandidate(Element body) {
    // Candidates reach up to five levels above a paragraph, past <body> too.
    List<Element> candidates = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (!votes(e)) {
        continue;
      }
      int length = spans.length(e);
      if (length < MIN_PARAGRAPH_CHARS) {
        continue;
      }
      double points = 1 + spans.commas(e) + Math.min(length / 100, 3);
      int level = 0;
      for (Element ancestor = e.parent();
          ancestor != null && level < 5;
          ancestor = ancestor.parent(), level++) {
        if (!scores.has(ancestor)) {
          scores.put(ancestor, scores.initialScore(ancestor));
          candidates.add(ancestor);
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.add(ancestor, points / divider);
      }
    }
    Element top = null;
    double topScore = 0;
    List<Element> ranked = new ArrayList<>();
    for (Element c : candidates) {
      double score = scores.get(c) * (1 - spans.linkDensity(c));
      scores.put(c, score);
      ranked.add(c);
      if (score > topScore) {
        top = c;
        topScore = score;
      }
    }
    if (top == null || top.tagName().equals("body")) {
      return null;
    }
    ranked.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
    top = inHeadlineArticle(top, ranked);
    top = commonAncestorOfRivals(top, ranked.subList(0, Math.min(5, ranked.size())));
    // A lone child carries its parent's content: climb while the parent adds nothing.
    while (top.parent() != null
        && !top.parent().tagName().equals("body")
        && top.parent().children().size() == 1) {
      top = top.parent();
    }
    return joinedChunks(top, ranked);
  }

  /**
   * When the body is split into chunks of one make-up (the same tag and class) that sit apart, each
   * in a wrapper of its own between ads or pictures, the ancestor that holds the chunks: the best
   * chunk alone is part of the article, and its wrapper's siblings do not reach the others.
   */
  private Element joinedChunks(Element top, List<Element> ranked) {
    if (top.className().isEmpty()) {
      return top;
    }
    double topScore = scores.get(top);
    for (Element c : ranked) {
      if (scores.get(c) < Math.max(10, MIN_CHUNK_SHARE * topScore)) {
        break;
      }
      if (c == top
          || !c.tagName().equals(top.tagName())
          || !c.className().equals(top.className())
          || Ancestry.isAncestor(c, top)
          || Ancestry.isAncestor(top, c)) {
        continue;
      }
      Element wrapper = top.parent();
      for (int level = 2; level <= MAX_CHUNK_LEVELS && wrapper != null; level++) {
        wrapper = wrapper.parent();
        if (wrapper == null || wrapper.tagName().equals("body")) {
          break;
        }
        if (Ancestry.isAncestor(wrapper, c)) {
          scores.ensure(wrapper);
          return wrapper;
        }
      }
    }
    return top;
  }

  /**
   * When the headline sits in an {@code <article>} that does not hold the best candidate (which is
   * then a teaser of another story), the best candidate inside the headline's article.
   */
  private Element inHeadlineArticle(Element top, List<Element> ranked) {
    Element headline = Headline.heading(doc.body(), title);
    Element story = headline == null ? null : headline.closest(ARTICLE);
    if (story == null || story == top || Ancestry.isAncestor(story, top)) {
      return top;
    }
    // A wrapper around the story alone is the story; one around other <article>s too is not.
    if (Ancestry.isAncestor(top, story)
        && top.getElementsByTag("article").size() == story.getElementsByTag("article").size()) {
      return top;
    }
    for (Element c : ranked) {
      if ((c == story || Ancestry.isAncestor(story, c)) && scores.get(c) >= 0.3 * scores.get(top)) {
        return c;
      }
    }
    return top;
  }

  /**
   * When several near-best candidates sit in separate branches of one ancestor (an article split
   * into blocks by ads or pictures), that ancestor holds the article.
   */
  private Element commonAncestorOfRivals(Element top, List<Element> ranked) {
    double topScore = scores.get(top);
    Element story = top.closest(ARTICLE);
    List<Element> rivals = new ArrayList<>();
    for (Element c : ranked) {
      // Candidates in another <article> than the best one's are other stories, not its parts.
      boolean sameStory = story == null || c.closest(ARTICLE) == story;
      if (c != top && sameStory && scores.get(c) / topScore >= 0.75) {
        rivals.add(c);
      }
    }
    if (rivals.size() < 3) {
      return top;
    }
    for (Element ancestor = top.parent();
        ancestor != null && !ancestor.tagName().equals("body");
        ancestor = ancestor.parent()) {
      int holding = 0;
      for (Element r : rivals) {
        if (Ancestry.isAncestor(ancestor, r)) {
          holding++;
        }
      }
      if (holding >= 3) {
        scores.ensure(ancestor);
        return ancestor;
      }
    }
    return top;
  }

  private static boolean votes(Element e) {
    String tag = e.tagName();
    if (HtmlBlocks.SCORED.contains(tag)) {
      return true;
    }
    // A div holding only inline content is a paragraph written without <p>.
    if (tag.equals("div")
        || tag.equals("article")
        || tag.equals("span")
            && e.parent() != null
            && HtmlBlocks.BLOCKS.contains(e.parent().tagName())
            && e.parent().children().size() == 1) {
      for (Element child : e.children()) {
        if (HtmlBlocks.BLOCKS.contains(child.tagName())) {
          return false;
        }
      }
      return !e.ownText().isBlank();
    }
    return false;
  }

  /** The top candidate with those of its siblings that belong to the article. */
  Element withSiblings(Element top) {
    Element parent = top.parent();
    if (parent == null) {
      return top;
    }
    double topScore = scores.getOrZero(top);
    double threshold = Math.max(10, topScore * 0.2);
    Element content = doc.createElement("div");
    for (Element sibling : new ArrayList<>(parent.children())) {
      boolean append = sibling == top;
      // Each <article> is a composition of its own: a neighbouring one is another story.
      boolean otherStory = sibling.tagName().equals("article") && top.tagName().equals("article");
      if (!append && !otherStory) {
        double bonus =
            !top.className().isEmpty() && sibling.className().equals(top.className())
                ? topScore * 0.2
                : 0;
        Double score = scores.get(sibling);
        if (score != null && score + bonus >= threshold) {
          append = true;
        } else if (sibling.tagName().equals("p")) {
          int length = TextMeasures.textLength(sibling);
          double links = TextMeasures.linkDensity(sibling);
          String text = sibling.text();
          append =
              length > 80 && links < 0.25
                  || length > 0 && length <= 80 && links == 0 && text.matches("(?s).*\\.( |$).*");
        }
      }
      if (append) {
        content.appendChild(sibling);
      }
    }
    return content;
  }
}
