package dev.neardup.core.lsh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartnerCapTest {
  /** Every pair of {@code n} articles, as one bucket shared by all of them yields them. */
  private static long[] allPairs(int n) {
    long[] pairs = new long[n * (n - 1) / 2];
    int i = 0;
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        pairs[i++] = (long) a << 32 | b;
      }
    }
    return pairs;
  }

  /** An estimate of articles {@code a < b}. */
  @FunctionalInterface
  private interface Estimate {
    double of(int a, int b);
  }

  /** What the cap keeps of {@code pairs}, each offered once, in order. */
  private static long[] nearest(long[] pairs, int n, int limit, Estimate estimate) {
    PartnerCap cap = new PartnerCap(n, limit);
    for (long p : pairs) {
      cap.offer((int) (p >>> 32), (int) p, (float) estimate.of((int) (p >>> 32), (int) p));
    }
    return cap.keptPairs();
  }

  private static long pair(int a, int b) {
    return (long) Math.min(a, b) << 32 | Math.max(a, b);
  }

  /** A weak estimate that differs from pair to pair, and a strong one for the copy 17 ↔ 230. */
  private static double estimate(int a, int b) {
    return a == 17 && b == 230 ? 0.95 : 0.2 + ((a * 31 + b * 17) % 97) / 1000.0;
  }

  @Test
  void articlesSharingOneBucketKeepAtMostTheLimitEachWhileATrueCopyStillJoins() {
    int n = 300;
    int limit = 8;
    long[] kept = nearest(allPairs(n), n, limit, PartnerCapTest::estimate);
    assertTrue(kept.length <= limit * n, kept.length + " pairs kept");
    Set<Long> set = new HashSet<>();
    for (long p : kept) {
      set.add(p);
    }
    assertTrue(set.contains(pair(17, 230)), "the copy lost its candidate");
    // Each article keeps its own nearest partners, whatever the others keep.
    for (int a = 0; a < n; a++) {
      int article = a;
      Integer[] partners = new Integer[n - 1];
      for (int b = 0, i = 0; b < n; b++) {
        if (b != a) {
          partners[i++] = b;
        }
      }
      Arrays.sort(
          partners,
          (x, y) ->
              Double.compare(
                  estimate(Math.min(article, y), Math.max(article, y)),
                  estimate(Math.min(article, x), Math.max(article, x))));
      for (int r = 0; r < limit; r++) {
        assertTrue(set.contains(pair(a, partners[r])), a + " lost partner " + partners[r]);
      }
    }
  }

  @Test
  void keptPairsStaySortedAndTiesGoToTheLowerIndex() {
    int n = 40;
    long[] kept = nearest(allPairs(n), n, 3, (a, b) -> 0.5);
    long[] sorted = kept.clone();
    Arrays.sort(sorted);
    assertArrayEquals(sorted, kept);
    // All tied: every article keeps 0, 1 and 2 (or the next lowest when it is one of them).
    Set<Long> expected = new HashSet<>();
    for (int a = 0; a < n; a++) {
      for (int b = 0, taken = 0; taken < 3; b++) {
        if (b != a) {
          expected.add(pair(a, b));
          taken++;
        }
      }
    }
    Set<Long> got = new HashSet<>();
    for (long p : kept) {
      got.add(p);
    }
    assertTrue(got.equals(expected), got.size() + " kept, " + expected.size() + " expected");
  }

  @Test
  void aBatchWhereNoArticleExceedsTheLimitComesBackUntouched() {
    long[] pairs = allPairs(9); // 8 partners each
    assertArrayEquals(pairs, nearest(pairs, 9, 8, (a, b) -> 0.1));
  }

  @Test
  void pairsOfALightArticleAndAHeavyOneAreAllKept() {
    // Article 0 pairs with 1..20, none of which has another partner: 0's cap must not cut them.
    long[] pairs = new long[20];
    for (int b = 1; b <= 20; b++) {
      pairs[b - 1] = pair(0, b);
    }
    assertArrayEquals(pairs, nearest(pairs, 21, 4, (a, b) -> b / 100.0));
  }

  @Test
  void pairsOfferedRepeatedlyInAnyOrderFromTwoThreadsCountOnce() throws InterruptedException {
    int n = 300;
    int limit = 8;
    long[] once = nearest(allPairs(n), n, limit, PartnerCapTest::estimate);
    // Each pair three times (as three bands would yield it), shuffled, half offered by each thread.
    List<Long> offers = new ArrayList<>();
    for (int copy = 0; copy < 3; copy++) {
      for (long p : allPairs(n)) {
        offers.add(p);
      }
    }
    Collections.shuffle(offers, new Random(17));
    PartnerCap cap = new PartnerCap(n, limit);
    Thread[] threads = new Thread[2];
    for (int t = 0; t < threads.length; t++) {
      List<Long> share = offers.subList(t * offers.size() / 2, (t + 1) * offers.size() / 2);
      threads[t] =
          new Thread(
              () -> {
                for (long p : share) {
                  int a = (int) (p >>> 32);
                  int b = (int) p;
                  cap.offer(a, b, (float) estimate(a, b));
                }
              });
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertArrayEquals(once, cap.keptPairs());
  }

  @Test
  void theKeptPairsAreTakenOnce() {
    PartnerCap cap = new PartnerCap(3, 2);
    cap.offer(0, 1, 0.5f);
    assertArrayEquals(new long[] {pair(0, 1)}, cap.keptPairs());
    assertThrows(IllegalStateException.class, cap::keptPairs);
  }

  @Test
  void aLimitBelowOneIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new PartnerCap(0, 0));
  }
}
