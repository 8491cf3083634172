package dev.neardup.core.lsh;

import dev.neardup.core.parallel.ParallelTasks;
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
    return nearest(pairs, n, limit, 1, estimate);
  }

  /**
   * {@link #nearest(long[], int, int, Estimate)} with the estimates computed on up to {@code
   * threads} threads; the result does not depend on the thread count.
   */
  public static long[] nearest(long[] pairs, int n, int limit, int threads, Estimate estimate) {
    if (limit < 1) {
      throw new IllegalArgumentException("partner limit must be at least 1: " + limit);
    }
    int[] degrees = new int[n];
    for (long pair : pairs) {
      degrees[(int) (pair >>> 32)]++;
      degrees[(int) pair]++;
    }
    // Only articles over the limit need their partners ranked; the others get no slot (-1).
    int[] slots = new int[n];
    int heavy = 0;
    for (int a = 0; a < n; a++) {
      slots[a] = degrees[a] > limit ? heavy++ : -1;
    }
    if (heavy == 0) {
      return pairs;
    }
    float[] scores = scores(pairs, slots, threads, estimate);
    long[] cutoffs = cutoffs(pairs, scores, slots, heavy, limit);
    long[] kept = new long[pairs.length];
    int size = 0;
    for (int i = 0; i < pairs.length; i++) {
      int a = (int) (pairs[i] >>> 32);
      int b = (int) pairs[i];
      if (slots[a] < 0
          || slots[b] < 0
          || rank(scores[i], b) >= cutoffs[slots[a]]
          || rank(scores[i], a) >= cutoffs[slots[b]]) {
        kept[size++] = pairs[i];
      }
    }
    return Arrays.copyOf(kept, size);
  }

  /** Pairs one task scores in turn. */
  private static final int SLICE = 1 << 16;

  /**
   * The estimate of every pair with an article over the limit (0 for the others), each computed
   * once: they are the cap's cost (two signatures read from wherever they lie in the heap).
   */
  private static float[] scores(long[] pairs, int[] slots, int threads, Estimate estimate) {
    float[] scores = new float[pairs.length];
    int slices = (pairs.length + SLICE - 1) / SLICE;
    ParallelTasks.map(
        pairs.length < SLICE ? 1 : threads,
        slices,
        s -> {
          for (int i = s * SLICE, end = Math.min(pairs.length, i + SLICE); i < end; i++) {
            int a = (int) (pairs[i] >>> 32);
            int b = (int) pairs[i];
            if (slots[a] >= 0 || slots[b] >= 0) {
              scores[i] = (float) estimate.of(a, b);
            }
          }
          return null;
        },
        Object[]::new);
    return scores;
  }

  /**
   * For each article over the limit (by its slot), the rank key of its {@code limit}-th nearest
   * partner, so a partner is among the nearest when its key is at least this. A min-heap of {@code
   * limit} keys per such article, not all their partners: at a dense million articles those were
   * 300 million keys.
   */
  private static long[] cutoffs(long[] pairs, float[] scores, int[] slots, int heavy, int limit) {
    long[] heaps = new long[Math.multiplyExact(heavy, limit)];
    int[] sizes = new int[heavy];
    for (int i = 0; i < pairs.length; i++) {
      int a = (int) (pairs[i] >>> 32);
      int b = (int) pairs[i];
      if (slots[a] >= 0) {
        offer(heaps, sizes, slots[a], limit, rank(scores[i], b));
      }
      if (slots[b] >= 0) {
        offer(heaps, sizes, slots[b], limit, rank(scores[i], a));
      }
    }
    long[] cutoffs = new long[heavy];
    for (int h = 0; h < heavy; h++) {
      cutoffs[h] = heaps[h * limit]; // every such article has more than limit partners
    }
    return cutoffs;
  }

  /** Keeps {@code key} in heap {@code h} if it is among the {@code limit} largest offered. */
  private static void offer(long[] heaps, int[] sizes, int h, int limit, long key) {
    int base = h * limit;
    int size = sizes[h];
    if (size < limit) {
      int i = size;
      while (i > 0 && heaps[base + (i - 1) / 2] > key) {
        heaps[base + i] = heaps[base + (i - 1) / 2];
        i = (i - 1) / 2;
      }
      heaps[base + i] = key;
      sizes[h] = size + 1;
    } else if (key > heaps[base]) {
      int i = 0;
      while (2 * i + 1 < limit) {
        int child = 2 * i + 1;
        if (child + 1 < limit && heaps[base + child + 1] < heaps[base + child]) {
          child++;
        }
        if (heaps[base + child] >= key) {
          break;
        }
        heaps[base + i] = heaps[base + child];
        i = child;
      }
      heaps[base + i] = key;
    }
  }

  /**
   * A key that orders partners nearest first when compared descending: the score (a non-negative
   * float's bits order as the float does), then the lower partner index; the partner is {@code
   * Integer.MAX_VALUE - (int) key}. For callers that rank partners elsewhere (the Spark job), so
   * they keep exactly the pairs {@link #nearest} keeps: the union of every article's {@code limit}
   * largest keys.
   */
  public static long rank(float score, int partner) {
    return (long) Float.floatToIntBits(score) << 32 | (Integer.MAX_VALUE - partner);
  }
}
