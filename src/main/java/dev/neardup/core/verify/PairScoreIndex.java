package dev.neardup.core.verify;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The scores of verified pairs, found by their two articles: clustering looks up each member
 * against its representative. The batch pipeline's pairs come sorted by (a, b), as its candidates
 * are, so one array of keys searched by halves finds a pair; a {@code HashMap<Long, PairScores>}
 * made a boxed key and a node per pair (a million of each at a million articles) and was a third of
 * the clustering's single-threaded time. Pairs in another order are sorted here first; of pairs
 * given twice the last one counts, as with a map. Immutable.
 */
public final class PairScoreIndex {
  private final long[] keys;
  private final PairScores[] scores;

  private PairScoreIndex(long[] keys, PairScores[] scores) {
    this.keys = keys;
    this.scores = scores;
  }

  /** The index of {@code pairs}, in any order. */
  public static PairScoreIndex of(List<ScoredPair> pairs) {
    ScoredPair[] sorted = pairs.toArray(ScoredPair[]::new);
    if (!ascending(sorted)) {
      // Stable, so of equal pairs the last given stays last.
      Arrays.sort(sorted, Comparator.comparingLong(p -> key(p.a(), p.b())));
    }
    long[] keys = new long[sorted.length];
    PairScores[] scores = new PairScores[sorted.length];
    int n = 0;
    for (ScoredPair p : sorted) {
      long k = key(p.a(), p.b());
      if (n > 0 && keys[n - 1] == k) {
        n--;
      }
      keys[n] = k;
      scores[n++] = p.scores();
    }
    return new PairScoreIndex(Arrays.copyOf(keys, n), Arrays.copyOf(scores, n));
  }

  private static boolean ascending(ScoredPair[] pairs) {
    for (int i = 1; i < pairs.length; i++) {
      if (key(pairs[i - 1].a(), pairs[i - 1].b()) >= key(pairs[i].a(), pairs[i].b())) {
        return false;
      }
    }
    return true;
  }

  private static long key(int a, int b) {
    return ((long) a << 32) | b; // indices are not negative, so keys order as (a, b)
  }

  /** The scores of the pair ({@code a}, {@code b}), {@code a < b}, or null when none was given. */
  public PairScores get(int a, int b) {
    int i = Arrays.binarySearch(keys, key(a, b));
    return i < 0 ? null : scores[i];
  }
}
