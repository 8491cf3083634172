package dev.neardup.corpus;

import dev.neardup.corpus.ReutersStories.Story;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Finds the collection's own repeats (a story sent twice, updates, corrections) so that two of them
 * never become different gold clusters. Deliberately conservative: two stories are linked when at
 * least {@link Rates#REPEAT_CONTAINMENT} of the shorter story's distinct word 8-grams occur in the
 * other, or when they have the same title on the same day; groups are the connected components.
 */
public final class RepeatFinder {
  private static final long DOC_MASK = (1L << 20) - 1;

  private RepeatFinder() {}

  /** Groups of two or more linked stories, each sorted by newid, the list sorted by first newid. */
  public static List<List<Story>> findGroups(List<Story> stories) {
    if (stories.size() > DOC_MASK) {
      throw new IllegalArgumentException("too many stories: " + stories.size());
    }
    int n = stories.size();
    long[][] grams = new long[n][];
    int total = 0;
    for (int i = 0; i < n; i++) {
      grams[i] = distinctGrams(stories.get(i).body());
      total += grams[i].length;
    }
    // One sorted primitive array instead of a map of postings: the top 44 bits of the 8-gram hash
    // and the story index. A rare truncated-hash collision can only add a link, never lose one.
    long[] entries = new long[total];
    int e = 0;
    for (int i = 0; i < n; i++) {
      for (long g : grams[i]) {
        entries[e++] = (g & ~DOC_MASK) | i;
      }
    }
    Arrays.sort(entries);
    Map<Long, Integer> shared = new HashMap<>();
    for (int start = 0; start < total; ) {
      int end = start + 1;
      while (end < total && (entries[end] & ~DOC_MASK) == (entries[start] & ~DOC_MASK)) {
        end++;
      }
      if (end - start >= 2 && end - start <= Rates.REPEAT_MAX_POSTINGS) {
        for (int a = start; a < end; a++) {
          for (int b = a + 1; b < end; b++) {
            long da = entries[a] & DOC_MASK;
            long db = entries[b] & DOC_MASK;
            if (da != db) {
              shared.merge(Math.min(da, db) * n + Math.max(da, db), 1, Integer::sum);
            }
          }
        }
      }
      start = end;
    }
    int[] parent = new int[n];
    Arrays.setAll(parent, i -> i);
    shared.forEach(
        (pair, count) -> {
          int a = (int) (pair / n);
          int b = (int) (pair % n);
          int shorter = Math.min(grams[a].length, grams[b].length);
          if (count >= Rates.REPEAT_CONTAINMENT * shorter) {
            union(parent, a, b);
          }
        });
    Map<String, Integer> firstWithTitle = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Story s = stories.get(i);
      String title = s.title().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").strip();
      if (!title.isEmpty()) {
        Integer other = firstWithTitle.putIfAbsent(title + "|" + s.day(), i);
        if (other != null) {
          union(parent, other, i);
        }
      }
    }
    Map<Integer, List<Story>> byRoot = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(stories.get(i));
    }
    List<List<Story>> groups = new ArrayList<>();
    for (List<Story> g : byRoot.values()) {
      if (g.size() > 1) {
        g.sort(Comparator.comparingInt(Story::newid).thenComparing(Story::id));
        groups.add(List.copyOf(g));
      }
    }
    groups.sort(
        Comparator.comparingInt((List<Story> g) -> g.get(0).newid())
            .thenComparing(g -> g.get(0).id()));
    return groups;
  }

  /**
   * Ids to leave out: in every group, all usable members except the longest one (ties: lowest
   * newid). Members that are not usable bases are never used anyway.
   */
  public static Set<String> leaveOut(List<List<Story>> groups, Predicate<Story> usable) {
    Set<String> out = new TreeSet<>();
    for (List<Story> g : groups) {
      List<Story> members =
          g.stream()
              .filter(usable)
              .sorted(
                  Comparator.comparingInt(Story::wordCount)
                      .reversed()
                      .thenComparingInt(Story::newid))
              .toList();
      for (int i = 1; i < members.size(); i++) {
        out.add(members.get(i).id());
      }
    }
    return out;
  }

  static long[] distinctGrams(String text) {
    List<String> tokens = PairHistogram.tokens(text);
    int k = Rates.REPEAT_NGRAM;
    if (tokens.size() < k) {
      return new long[0];
    }
    long[] out = new long[tokens.size() - k + 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = PairHistogram.hash(tokens, i, k);
    }
    return Arrays.stream(out).distinct().sorted().toArray();
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
