package dev.neardup.core;

import java.util.List;

/** See {@link Linkage#SINGLE}: union-find over the pairs at or above the threshold. */
final class ComponentClusterer implements Clusterer {
  @Override
  public List<int[]> cluster(int[] ranks, List<WeightedEdge> edges, double threshold) {
    int[] parent = new int[ranks.length];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (WeightedEdge e : edges) {
      if (e.score() >= threshold) {
        int ra = Groups.find(parent, e.a());
        int rb = Groups.find(parent, e.b());
        if (ra != rb) {
          parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
      }
    }
    for (int i = 0; i < parent.length; i++) {
      parent[i] = Groups.find(parent, i);
    }
    return Groups.byRoot(parent);
  }
}
