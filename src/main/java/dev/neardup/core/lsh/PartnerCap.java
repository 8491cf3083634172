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
 * <p>Pairs are offered as the bands yield them, and each article keeps a min-heap of its {@code
 * limit} largest {@link #rank} keys, so the candidates before the cap are never held: at a dense
 * million articles they were 149 million pairs, 1.2 GB. A pair offered again (several bands, or the
 * whole and the lead signatures, yield it) counts once. An article with at most {@code limit}
 * partners keeps all of them, and so does every pair one of whose articles has at most {@code
 * limit}. Ties in the score go to the lower partner index, so the result depends neither on the
 * order of the offers nor on the threads making them.
 *
 * <p>{@link #offer} is thread-safe; {@link #keptPairs} is called once, after the last offer.
 */
public final class PartnerCap {
  /**
   * Partners an article keeps by default. Above the largest story of the labelled corpora (the
   * densest article there has far fewer candidates), so it binds only where candidates pile up by
   * shared boilerplate or recurring sentences.
   */
  public static final int DEFAULT_LIMIT = 64;

  /** Locks the articles' heaps share: two threads rarely offer to one stripe at once. */
  private static final int STRIPES = 1 << 10;

  /** Capacity of an article's first heap array: most articles have only a few partners. */
  private static final int FIRST_CAPACITY = 4;

  private final int limit;
  private final long[][] heaps;
  private final int[] sizes;
  private final Object[] locks = new Object[STRIPES];
  private boolean drained;

  /**
   * A cap for articles {@code 0 .. n - 1} keeping {@code limit} partners each.
   *
   * @throws IllegalArgumentException when {@code limit} is below 1
   */
  public PartnerCap(int n, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("partner limit must be at least 1: " + limit);
    }
    this.limit = limit;
    heaps = new long[n][];
    sizes = new int[n];
    for (int s = 0; s < STRIPES; s++) {
      locks[s] = new Object();
    }
  }

  /**
   * Offers the candidate pair of articles {@code a != b} with its estimated similarity {@code
   * score} (larger is nearer, at least 0; the same each time one pair is offered).
   */
  public void offer(int a, int b, float score) {
    add(a, rank(score, b));
    add(b, rank(score, a));
  }

  /** Keeps {@code key} among the {@code limit} largest distinct keys of {@code article}. */
  private void add(int article, long key) {
    synchronized (locks[article & (STRIPES - 1)]) {
      long[] heap = heaps[article];
      int size = sizes[article];
      if (size == limit && key <= heap[0]) {
        return;
      }
      // A key once evicted is below the heap's least from then on, so one check here suffices.
      for (int i = 0; i < size; i++) {
        if (heap[i] == key) {
          return;
        }
      }
      if (size < limit) {
        if (heap == null || size == heap.length) {
          int capacity = Math.min(limit, Math.max(FIRST_CAPACITY, 2 * size));
          heap = heap == null ? new long[capacity] : Arrays.copyOf(heap, capacity);
          heaps[article] = heap;
        }
        siftUp(heap, size, key);
        sizes[article] = size + 1;
      } else {
        siftDown(heap, limit, key);
      }
    }
  }

  private static void siftUp(long[] heap, int at, long key) {
    int i = at;
    while (i > 0 && heap[(i - 1) / 2] > key) {
      heap[i] = heap[(i - 1) / 2];
      i = (i - 1) / 2;
    }
    heap[i] = key;
  }

  /** Replaces the least key of a full heap by {@code key}. */
  private static void siftDown(long[] heap, int size, long key) {
    int i = 0;
    while (2 * i + 1 < size) {
      int child = 2 * i + 1;
      if (child + 1 < size && heap[child + 1] < heap[child]) {
        child++;
      }
      if (heap[child] >= key) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = key;
  }

  /**
   * The kept pairs, each {@code (long) a << 32 | b} with {@code a < b}, sorted, without repeats:
   * the union of every article's nearest partners. Lets the heaps go as it reads them.
   *
   * @throws IllegalStateException when called a second time
   */
  public long[] keptPairs() {
    if (drained) {
      throw new IllegalStateException("the kept pairs were already taken");
    }
    drained = true;
    int n = heaps.length;
    int[] starts = new int[n + 1];
    for (int a = 0; a < n; a++) {
      for (int i = 0; i < sizes[a]; i++) {
        starts[Math.min(a, partner(heaps[a][i])) + 1]++;
      }
    }
    for (int a = 1; a <= n; a++) {
      starts[a] += starts[a - 1];
    }
    int[] seconds = new int[starts[n]];
    int[] next = starts.clone();
    for (int a = 0; a < n; a++) {
      for (int i = 0; i < sizes[a]; i++) {
        int p = partner(heaps[a][i]);
        seconds[next[Math.min(a, p)]++] = Math.max(a, p);
      }
      heaps[a] = null;
    }
    return SortedPairs.of(starts, seconds);
  }

  private static int partner(long key) {
    return Integer.MAX_VALUE - (int) key;
  }

  /**
   * A key that orders partners nearest first when compared descending: the score (a non-negative
   * float's bits order as the float does), then the lower partner index; the partner is {@code
   * Integer.MAX_VALUE - (int) key}. For callers that rank partners elsewhere (the Spark job), so
   * they keep exactly the pairs this cap keeps: the union of every article's {@code limit} largest
   * keys.
   */
  public static long rank(float score, int partner) {
    return (long) Float.floatToIntBits(score) << 32 | (Integer.MAX_VALUE - partner);
  }
}
