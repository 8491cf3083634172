package dev.neardup.core.cluster;

import java.util.ArrayList;
import java.util.List;

/** Turns a root-per-article assignment into groups; shared by the clusterers. */
public final class Groups {
  private Groups() {}

  /** Groups articles by {@code root[i]}, each group sorted ascending, groups by smallest member. */
  static List<int[]> byRoot(int[] root) {
    int n = root.length;
    int[] count = new int[n];
    for (int r : root) {
      count[r]++;
    }
    int[][] members = new int[n][];
    int[] filled = new int[n];
    List<int[]> groups = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int r = root[i];
      if (members[r] == null) {
        members[r] = new int[count[r]];
        groups.add(members[r]);
      }
      members[r][filled[r]++] = i;
    }
    return groups;
  }

  /** A union-find parent array in which every article is its own set. */
  static int[] singletons(int n) {
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    return parent;
  }

  /** Union-find root with path halving. */
  public static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /**
   * Joins the sets of {@code a} and {@code b}; the smaller root wins, so results do not depend on
   * order.
   */
  static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
