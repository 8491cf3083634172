package dev.neardup.core.cluster;

import java.util.List;

/**
 * Groups articles from their verified pairs. Implementations are deterministic (results depend only
 * on the arguments, not on iteration order of hash maps) and stateless.
 */
public interface Clusterer {
  /**
   * @param ranks {@code ranks[i]} is article i's place in fullest-first order (0 = longest); a
   *     permutation of {@code 0..n-1}
   * @param edges verified pairs, each with its score under the run's measure
   * @param threshold the minimum score for two articles to be considered duplicates
   * @return groups of article indices; every index in {@code 0..n-1} is in exactly one group
   */
  List<int[]> cluster(int[] ranks, List<WeightedEdge> edges, double threshold);

  /**
   * A pair of article indices and its score.
   *
   * @param mutual the pair's score seen from the longer article as well ({@link
   *     dev.neardup.core.verify.Measure#mutual}): high only when each is mostly the other, as two
   *     versions of one write-through are and a brief inside a live page is not
   */
  record WeightedEdge(int a, int b, double score, double mutual) {
    /** An edge whose score is its own mutual score. */
    public WeightedEdge(int a, int b, double score) {
      this(a, b, score, score);
    }
  }
}
