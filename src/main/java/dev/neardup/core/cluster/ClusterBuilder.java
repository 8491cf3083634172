package dev.neardup.core.cluster;

import dev.neardup.core.cluster.Clusterer.WeightedEdge;
import dev.neardup.core.verify.Measure;
import dev.neardup.core.verify.PairScores;
import dev.neardup.core.verify.ScoredPair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Turns verified pairs into clusters the same way for every source of scores (exact shingle sets,
 * or sketches' estimates): the order that picks representatives, the threshold, the linkage.
 */
public final class ClusterBuilder {
  private ClusterBuilder() {}

  /**
   * Clusters and the pairs that linked them.
   *
   * @param clusters every cluster including singletons
   * @param matches verified pairs at or above the threshold
   */
  public record Built(List<Cluster> clusters, List<ScoredPair> matches) {}

  /** Scores of member {@code m} (A) against representative {@code rep} (B). */
  public interface MemberScores {
    PairScores of(int m, int rep);
  }

  /**
   * The clusters of articles {@code 0..ids.size()-1}: pairs scoring at least {@code threshold} by
   * {@code measure} linked by {@code linkage}, articles ranked fullest first (ties by index), each
   * cluster's representative its first-ranked member; largest clusters first, then by
   * representative.
   *
   * @param tokens each article's length, which ranks it
   * @param memberScores scores of a member against its representative
   */
  public static Built build(
      List<String> ids,
      int[] tokens,
      List<ScoredPair> verified,
      Measure measure,
      double threshold,
      Linkage linkage,
      MemberScores memberScores) {
    int n = ids.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // Fullest first; among equals the smaller id, which is the smaller index.
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> -tokens[i]).thenComparingInt(i -> i));
    int[] ranks = new int[n];
    for (int r = 0; r < n; r++) {
      ranks[order[r]] = r;
    }
    List<WeightedEdge> edges = new ArrayList<>();
    List<ScoredPair> matches = new ArrayList<>();
    for (ScoredPair p : verified) {
      double score = measure.score(p.scores());
      if (score >= threshold) {
        edges.add(new WeightedEdge(p.a(), p.b(), score, measure.mutual(p.scores())));
        matches.add(p);
      }
    }
    List<int[]> groups = linkage.clusterer().cluster(ranks, edges, threshold);
    List<Cluster> clusters = new ArrayList<>(groups.size());
    int[] groupOf = new int[n];
    for (int g = 0; g < groups.size(); g++) {
      for (int m : groups.get(g)) {
        groupOf[m] = g;
      }
    }
    BestLinks links = new BestLinks(n);
    for (WeightedEdge e : edges) {
      if (groupOf[e.a()] == groupOf[e.b()]) {
        links.offer(e.a(), e.b(), e.score());
        links.offer(e.b(), e.a(), e.score());
      }
    }
    for (int[] group : groups) {
      clusters.add(toCluster(ids, tokens, group, ranks, memberScores, measure, threshold, links));
    }
    clusters.sort(
        Comparator.comparingInt((Cluster c) -> -c.size()).thenComparing(Cluster::representative));
    return new Built(clusters, matches);
  }

  private static Cluster toCluster(
      List<String> ids,
      int[] tokens,
      int[] group,
      int[] ranks,
      MemberScores scores,
      Measure measure,
      double threshold,
      BestLinks links) {
    Integer[] members = IntStream.of(group).boxed().toArray(Integer[]::new);
    Arrays.sort(members, Comparator.comparingInt(i -> ranks[i]));
    int rep = members[0];
    List<Cluster.Member> list = new ArrayList<>(members.length);
    for (int m : members) {
      PairScores s = scores.of(m, rep);
      Cluster.Link via =
          m != rep && measure.score(s) < threshold && links.partner[m] >= 0
              ? new Cluster.Link(ids.get(links.partner[m]), links.score[m])
              : null;
      list.add(new Cluster.Member(ids.get(m), tokens[m], s, via));
    }
    return new Cluster(ids.get(rep), list);
  }

  /**
   * Each article's highest-scoring verified partner inside its own cluster (ties: the smaller
   * index), which says why a member not verified against its representative is where it is.
   */
  private static final class BestLinks {
    final int[] partner;
    final double[] score;

    BestLinks(int n) {
      partner = new int[n];
      score = new double[n];
      Arrays.fill(partner, -1);
    }

    void offer(int article, int other, double s) {
      if (s > score[article]
          || partner[article] < 0
          || (s == score[article] && other < partner[article])) {
        partner[article] = other;
        score[article] = s;
      }
    }
  }
}
