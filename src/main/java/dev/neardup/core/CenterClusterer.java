package dev.neardup.core;

import java.util.ArrayList;
import java.util.List;

/** See {@link Linkage#CENTER}. */
final class CenterClusterer implements Clusterer {
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
        if (center[c] && (e.score() > bestScore || (e.score() == bestScore && ranks[c] < ranks[best]))) {
          best = c;
          bestScore = e.score();
        }
      }
      assigned[article] = best;
    }
    return Groups.byRoot(assigned);
  }

  private static int other(WeightedEdge e, int article) {
    return e.a() == article ? e.b() : e.a();
  }
}
