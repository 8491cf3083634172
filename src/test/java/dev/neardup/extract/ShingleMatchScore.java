package dev.neardup.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's scoring rule: each text becomes the multiset of its word
 * 4-grams (words are runs of {@code \w}, Unicode); per page, true positives are the 4-grams both
 * texts share (counted with multiplicity), false positives and negatives the excess of either, all
 * three divided by their sum so that long pages weigh no more than short ones; a page where both
 * texts are empty counts as one true positive. Precision and recall are taken from the means of
 * those shares over the pages.
 */
final class ShingleMatchScore {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final int N = 4;

  /** One page's shares of true positives, false positives and false negatives (summing to 1). */
  record PageScore(double tp, double fp, double fn) {
    double precision() {
      return tp + fp == 0 ? 0 : tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 0 : tp / (tp + fn);
    }
  }

  /** Precision, recall and F1 over a set of pages. */
  record Totals(double precision, double recall, int pages) {
    double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  private ShingleMatchScore() {}

  static PageScore page(String truth, String predicted) {
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> p = shingles(predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<String, Integer> e : t.entrySet()) {
      int inPredicted = p.getOrDefault(e.getKey(), 0);
      tp += Math.min(e.getValue(), inPredicted);
      fn += Math.max(0, e.getValue() - inPredicted);
    }
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
    }
    double sum = tp + fp + fn;
    return sum == 0 ? new PageScore(1, 0, 0) : new PageScore(tp / sum, fp / sum, fn / sum);
  }

  static Totals totals(List<PageScore> pages) {
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (PageScore s : pages) {
      tp += s.tp();
      fp += s.fp();
      fn += s.fn();
    }
    double precision = tp + fp == 0 ? 0 : tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : tp / (tp + fn);
    return new Totals(precision, recall, pages.size());
  }

  private static Map<String, Integer> shingles(String text) {
    List<String> words = new java.util.ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i + N <= words.size(); i++) {
      counts.merge(String.join(" ", words.subList(i, i + N)), 1, Integer::sum);
    }
    return counts;
  }
}
