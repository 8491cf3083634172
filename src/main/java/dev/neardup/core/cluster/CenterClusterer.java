package dev.neardup.core.cluster;

import java.util.ArrayList;
import java.util.List;

/** See {@link Linkage#CENTER}. */
public final class CenterClusterer implements Clusterer {
  @Override
  public List<int[]> cluster(int[] ranks, List<WeightedEdge> edges, double threshold) {
    int n = ranks.length;
    List<List<WeightedEdge>> adjacency = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      adjacency.add(new ArrayList<>());
    }
    for (WeightedEdge e : edges) {
      if (e.score() >= threshold) {
        adjacency.get(e.a()).add(e);
        adjacency.get(e.b()).add(e);
      }
    }
    int[] byRank = new int[n];
    for (int i = 0; i < n; i++) {
      byRank[ranks[i]] = i;
    }
    boolean[] center = new boolean[n];
    for (int article : byRank) {
      boolean linkedToCenter = false;
      for (WeightedEdge e : adjacency.get(article)) {
        if (center[other(e, article)]) {
          linkedToCenter = true;
          break;
        }
      }
      center[article] = !linkedToCenter;
    }
    int[] assigned = new int[n];
    for (int article = 0; article < n; article++) {
      if (center[article]) {
        assigned[article] = article;
        continue;
      }
      int best = -1;
      double bestScore = -1;
      for (WeightedEdge e : adjacency.get(article)) {
        int c = other(e, article);
        if (center[c]
            && (e.score() > bestScore || (e.score() == bestScore && ranks[c] < ranks[best]))) {
          best = c;
          bestScore = e.score();
        }
      }
      assigned[article] = best;
    }
    joinStrongLinks(assigned, edges, strongLevel(threshold));
    return Groups.byRoot(assigned);
  }

  /**
   * Score from which two articles are so plainly versions of one story that their clusters join
   * even though each member chose a different centre: halfway from the threshold to 1.
   */
  static double strongLevel(double threshold) {
    return (1 + threshold) / 2;
  }

  /**
   * Joins the clusters of every pair scoring at least {@code strong} from both sides (its {@link
   * WeightedEdge#mutual} score): two versions of one write-through, one nearly inside the other,
   * each closer to a different longer version (the two longer ones adding different paragraphs, so
   * below the threshold with each other), would otherwise end apart. Only pairs each mostly the
   * other join, so a digest or live page holding a brief, or two pages sharing a menu, glue
   * nothing.
   */
  private static void joinStrongLinks(int[] assigned, List<WeightedEdge> edges, double strong) {
    int n = assigned.length;
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      Groups.union(parent, i, assigned[i]);
    }
    for (WeightedEdge e : edges) {
      if (e.score() >= strong && e.mutual() >= strong) {
        Groups.union(parent, e.a(), e.b());
      }
    }
    for (int i = 0; i < n; i++) {
      assigned[i] = Groups.find(parent, i);
    }
  }

  private static int other(WeightedEdge e, int article) {
    return e.a() == article ? e.b() : e.a();
  }
}
