package dev.neardup.core.cluster;

import java.util.ArrayList;
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
    return new Agglomeration(ranks.length, edges, threshold).run();
  }

  /** One run's state: groups (union-find with sizes and versions) and their summed pair scores. */
  private static final class Agglomeration {
    private final double threshold;
    private final int[] parent;
    private final int[] size;
    private final int[] version;
    private final List<Map<Integer, Double>> sums;
    private final PriorityQueue<Merge> queue =
        new PriorityQueue<>(
            (x, y) -> {
              int c = Double.compare(y.average(), x.average());
              if (c != 0) {
                return c;
              }
              c = Integer.compare(x.a(), y.a());
              return c != 0 ? c : Integer.compare(x.b(), y.b());
            });

    Agglomeration(int n, List<WeightedEdge> edges, double threshold) {
      this.threshold = threshold;
      parent = new int[n];
      size = new int[n];
      version = new int[n];
      sums = new ArrayList<>(n);
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
      for (int a = 0; a < n; a++) {
        for (Map.Entry<Integer, Double> e : sums.get(a).entrySet()) {
          int b = e.getKey();
          if (a < b && e.getValue() >= threshold) {
            queue.add(new Merge(e.getValue(), a, b, 0, 0));
          }
        }
      }
    }

    List<int[]> run() {
      while (!queue.isEmpty()) {
        Merge m = queue.poll();
        if (m.average() < threshold) {
          break;
        }
        if (parent[m.a()] != m.a()
            || parent[m.b()] != m.b()
            || version[m.a()] != m.versionA()
            || version[m.b()] != m.versionB()) {
          continue; // stale: one of the groups has merged since
        }
        merge(Math.min(m.a(), m.b()), Math.max(m.a(), m.b()));
      }
      for (int i = 0; i < parent.length; i++) {
        parent[i] = Groups.find(parent, i);
      }
      return Groups.byRoot(parent);
    }

    /** Merges group {@code gone} into {@code keep} and queues the new group's candidate merges. */
    private void merge(int keep, int gone) {
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
  }
}
