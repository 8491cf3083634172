package dev.neardup.core.lsh;

import java.util.Arrays;

/**
 * Bounds the candidate partners of each article: a pair stays a candidate when it is among the
 * {@code limit} nearest partners, by an estimated score, of at least one of its two articles, so a
 * batch of n articles keeps at most {@code limit × n} pairs however much its texts overlap.
 *
 * <p>Why: where sentences recur across a crawl, an article shares a few sentences with thousands of
 * others of different stories. Each such pair may plausibly reach the threshold by its estimate, so
 * no screen drops it, and the pairs to verify grew with the square of the batch (22.9 million at a
 * dense million articles against 112 thousand at 100 thousand). A real copy is among the nearest
 * partners of the article it copies, or of itself, by a wide margin.
 *
 * <p>An article with at most {@code limit} partners keeps all of them, and so does every pair one
 * of whose articles has at most {@code limit}: a batch where no article has more is returned as it
 * is. Ties in the score go to the lower partner index, so the result is deterministic. Stateless;
 * the estimate must be pure and symmetric.
 */
public final class PartnerCap {
  /**
   * Partners an article keeps by default. Above the largest story of the labelled corpora (the
   * densest article there has far fewer candidates), so it binds only where candidates pile up by
   * shared boilerplate or recurring sentences.
   */
  public static final int DEFAULT_LIMIT = 64;

  private PartnerCap() {}

  /** An estimated similarity of articles {@code a} and {@code b}, larger is nearer, at least 0. */
  @FunctionalInterface
  public interface Estimate {
    /** The estimate for articles {@code a < b}. */
    double of(int a, int b);
  }

  /**
   * The pairs of {@code pairs} (sorted, without repeats, each {@code (long) a << 32 | b} with
   * {@code a < b < n}) that are among the {@code limit} nearest partners of {@code a} or of {@code
   * b} by {@code estimate}, in the same order; {@code pairs} itself when none is dropped.
   *
   * @throws IllegalArgumentException when {@code limit} is below 1
   */
  public static long[] nearest(long[] pairs, int n, int limit, Estimate estimate) {
    if (limit < 1) {
      throw new IllegalArgumentException("partner limit must be at least 1: " + limit);
    }
    int[] starts = new int[n + 1];
    for (long pair : pairs) {
      starts[(int) (pair >>> 32) + 1]++;
      starts[(int) pair + 1]++;
    }
    boolean binds = false;
    for (int a = 0; a < n; a++) {
      int degree = starts[a + 1];
      binds |= degree > limit;
      // Only articles over the limit need their partners ranked: the rest get an empty range.
      starts[a + 1] = starts[a] + (degree > limit ? degree : 0);
    }
    if (!binds) {
      return pairs;
    }
    long[] cutoffs = cutoffs(pairs, starts, limit, estimate);
    long[] kept = new long[pairs.length];
    int size = 0;
    for (long pair : pairs) {
      int a = (int) (pair >>> 32);
      int b = (int) pair;
      boolean heavyA = starts[a + 1] > starts[a];
      boolean heavyB = starts[b + 1] > starts[b];
      if (!heavyA || !heavyB) {
        kept[size++] = pair;
        continue;
      }
      double score = estimate.of(a, b);
      if (rank(score, b) >= cutoffs[a] || rank(score, a) >= cutoffs[b]) {
        kept[size++] = pair;
      }
    }
    return Arrays.copyOf(kept, size);
  }

  /**
   * For each article over the limit, the rank key of its {@code limit}-th nearest partner (so a
   * partner is among the nearest when its key is at least this); 0 for the others.
   */
  private static long[] cutoffs(long[] pairs, int[] starts, int limit, Estimate estimate) {
    int n = starts.length - 1;
    long[] ranks = new long[starts[n]];
    int[] next = Arrays.copyOf(starts, n);
    for (long pair : pairs) {
      int a = (int) (pair >>> 32);
      int b = (int) pair;
      boolean heavyA = starts[a + 1] > starts[a];
      boolean heavyB = starts[b + 1] > starts[b];
      if (heavyA || heavyB) {
        double score = estimate.of(a, b);
        if (heavyA) {
          ranks[next[a]++] = rank(score, b);
        }
        if (heavyB) {
          ranks[next[b]++] = rank(score, a);
        }
      }
    }
    long[] cutoffs = new long[n];
    for (int a = 0; a < n; a++) {
      if (starts[a + 1] > starts[a]) {
        Arrays.sort(ranks, starts[a], starts[a + 1]);
        cutoffs[a] = ranks[starts[a + 1] - limit];
      }
    }
    return cutoffs;
  }

  /**
   * A key that orders partners nearest first when compared descending: the score (a non-negative
   * float's bits order as the float does), then the lower partner index.
   */
  private static long rank(double score, int partner) {
    return (long) Float.floatToIntBits((float) score) << 32 | (Integer.MAX_VALUE - partner);
  }
}
