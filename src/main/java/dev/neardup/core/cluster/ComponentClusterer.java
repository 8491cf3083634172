package dev.neardup.core.cluster;

import java.util.List;

/** See {@link Linkage#SINGLE}: union-find over the pairs at or above the threshold. */
public final class ComponentClusterer implements Clusterer {
  @Override
  public List<int[]> cluster(int[] ranks, List<WeightedEdge> edges, double threshold) {
    int[] parent = Groups.singletons(ranks.length);
    for (WeightedEdge e : edges) {
      if (e.score() >= threshold) {
        Groups.union(parent, e.a(), e.b());
      }
    }
    for (int i = 0; i < parent.length; i++) {
      parent[i] = Groups.find(parent, i);
    }
    return Groups.byRoot(parent);
  }
}
