package dev.neardup.core.lsh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
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
    long[] kept = PartnerCap.nearest(allPairs(n), n, limit, PartnerCapTest::estimate);
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
    long[] kept = PartnerCap.nearest(allPairs(n), n, 3, (a, b) -> 0.5);
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
    assertSame(pairs, PartnerCap.nearest(pairs, 9, 8, (a, b) -> 0.1));
  }

  @Test
  void pairsOfALightArticleAndAHeavyOneAreAllKept() {
    // Article 0 pairs with 1..20, none of which has another partner: 0's cap must not cut them.
    long[] pairs = new long[20];
    for (int b = 1; b <= 20; b++) {
      pairs[b - 1] = pair(0, b);
    }
    assertArrayEquals(pairs, PartnerCap.nearest(pairs, 21, 4, (a, b) -> b / 100.0));
  }

  @Test
  void aLimitBelowOneIsRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> PartnerCap.nearest(new long[0], 0, 0, (a, b) -> 0));
  }
}
