package dev.neardup.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The points of the containers that paragraphs voted for in one attempt, and the rules for a
 * container's starting points: its tag, and its class and id names when the attempt weighs them.
 */
final class CandidateScores {
  private final Set<Cleaning> cleaning;
  private final NameVerdicts names;
  private final Map<Element, Double> scores = new IdentityHashMap<>();

  CandidateScores(Set<Cleaning> cleaning, NameVerdicts names) {
    this.cleaning = cleaning;
    this.names = names;
  }

  boolean has(Element e) {
    return scores.containsKey(e);
  }

  /** The points of a candidate, null for an element that is none. */
  Double get(Element e) {
    return scores.get(e);
  }

  double getOrZero(Element e) {
    return scores.getOrDefault(e, 0.0);
  }

  void put(Element e, double score) {
    scores.put(e, score);
  }

  void add(Element e, double points) {
    scores.merge(e, points, Double::sum);
  }

  /** Makes {@code e} a candidate with its starting points, if it is none yet. */
  void ensure(Element e) {
    if (!scores.containsKey(e)) {
      scores.put(e, initialScore(e));
    }
  }

  double initialScore(Element e) {
    double score =
        switch (e.tagName()) {
          case "div", "article", "main" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return score + classWeight(e);
  }

  double classWeight(Element e) {
    if (!cleaning.contains(Cleaning.WEIGH_CLASSES)) {
      return 0;
    }
    double weight = names.weight(e.className()) + names.weight(e.id());
    if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      weight += 50;
    }
    return weight;
  }
}
