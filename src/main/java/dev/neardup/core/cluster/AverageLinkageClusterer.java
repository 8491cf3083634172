package dev.neardup.core.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * See {@link Linkage#AVERAGE}. Greedy agglomeration over the sparse pair graph with a priority
 * queue of group pairs; stale queue entries are recognised by per-group version numbers.
 */
public final class AverageLinkageClusterer implements Clusterer {
  private record Merge(double average, int a, int b, int versionA, int versionB) {}

  @Override
  public List<int[]> cluster(int[] ranks, List<WeightedEdge> edges, double threshold) {
    int n = ranks.length;
    int[] parent = new int[n];
    int[] size = new int[n];
    int[] version = new int[n];
    List<Map<Integer, Double>> sums = new java.util.ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      size[i] = 1;
      sums.add(new HashMap<>());
    }
    for (WeightedEdge e : edges) {
      if (e.score() > 0) {
        sums.get(e.a()).merge(e.b(), e.score(), Double::sum);
        sums.get(e.b()).merge(e.a(), e.score(), Double::sum);
      }
    }
    PriorityQueue<Merge> queue = new PriorityQueue<>((x, y) -> {
      int c = Double.compare(y.average(), x.average());
      if (c != 0) {
        return c;
      }
      c = Integer.compare(x.a(), y.a());
      return c != 0 ? c : Integer.compare(x.b(), y.b());
    });
    for (int a = 0; a < n; a++) {
      for (Map.Entry<Integer, Double> e : sums.get(a).entrySet()) {
        int b = e.getKey();
        if (a < b && e.getValue() >= threshold) {
          queue.add(new Merge(e.getValue(), a, b, 0, 0));
        }
      }
    }
    while (!queue.isEmpty()) {
      Merge m = queue.poll();
      if (m.average() < threshold) {
        break;
      }
      if (parent[m.a()] != m.a() || parent[m.b()] != m.b()
          || version[m.a()] != m.versionA() || version[m.b()] != m.versionB()) {
        continue;
      }
      int keep = Math.min(m.a(), m.b());
      int gone = Math.max(m.a(), m.b());
      parent[gone] = keep;
      Map<Integer, Double> kept = sums.get(keep);
      Map<Integer, Double> goneSums = sums.get(gone);
      kept.remove(gone);
      goneSums.remove(keep);
      for (Map.Entry<Integer, Double> e : goneSums.entrySet()) {
        kept.merge(e.getKey(), e.getValue(), Double::sum);
        Map<Integer, Double> neighbour = sums.get(e.getKey());
        neighbour.remove(gone);
        neighbour.merge(keep, e.getValue(), Double::sum);
      }
      sums.set(gone, Map.of());
      size[keep] += size[gone];
      version[keep]++;
      for (Map.Entry<Integer, Double> e : kept.entrySet()) {
        int c = e.getKey();
        double average = e.getValue() / ((double) size[keep] * size[c]);
        if (average >= threshold) {
          int a = Math.min(keep, c);
          int b = Math.max(keep, c);
          queue.add(new Merge(average, a, b, version[a], version[b]));
        }
      }
    }
    for (int i = 0; i < n; i++) {
      parent[i] = Groups.find(parent, i);
    }
    return Groups.byRoot(parent);
  }
}
