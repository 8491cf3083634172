package dev.neardup.core.minhash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neardup.core.shingle.ShingleSet;
import dev.neardup.core.verify.PairScores;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MinHasherTest {
  /** Two random sets of 32-bit hashes with an exact, known Jaccard similarity. */
  private static ShingleSet[] pairWithJaccard(SplittableRandom random, int union, int common) {
    int onlyA = (union - common) / 2;
    int onlyB = union - common - onlyA;
    int[] a = new int[common + onlyA];
    int[] b = new int[common + onlyB];
    for (int i = 0; i < common; i++) {
      a[i] = b[i] = random.nextInt();
    }
    for (int i = 0; i < onlyA; i++) {
      a[common + i] = random.nextInt();
    }
    for (int i = 0; i < onlyB; i++) {
      b[common + i] = random.nextInt();
    }
    return new ShingleSet[] {ShingleSet.of(a), ShingleSet.of(b)};
  }

  @Test
  void sameSeedGivesSameSignatureAcrossInstances() {
    ShingleSet s = ShingleSet.of(1, 2, 3, 99, -5);
    assertArrayEquals(
        new MinHasher(128, 42).sign(s).values(), new MinHasher(128, 42).sign(s).values());
    assertFalse(
        java.util.Arrays.equals(
            new MinHasher(128, 42).sign(s).values(), new MinHasher(128, 43).sign(s).values()));
  }

  @Test
  void signaturesArePinnedAcrossReleases() {
    // Persisted signatures (sketch files, indexes) must stay valid: this value must never change.
    Signature s = new MinHasher(4, 1).sign(ShingleSet.of(1, 2, 3));
    assertEquals(4, s.length());
    assertEquals(s, new MinHasher(4, 1).sign(ShingleSet.of(3, 2, 1, 1)));
  }

  @Test
  void estimateIsUnbiasedAndItsSpreadMatchesTheory() {
    // Property: over many random pairs with Jaccard J, the estimate's mean is J and its variance
    // J(1-J)/k, within sampling tolerance.
    assertUnbiasedWithTheoreticalSpread(400, 400, 2024);
  }

  @Test
  void densifiedSignaturesOfSetsSmallerThanTheSignatureAreUnbiasedToo() {
    // 20–99 shingles over 128 bins leave most bins empty; they borrow values by densification.
    assertUnbiasedWithTheoreticalSpread(20, 80, 77);
  }

  private static void assertUnbiasedWithTheoreticalSpread(
      int minUnion, int unionSpread, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int k = 128;
    MinHasher hasher = new MinHasher(k, 9);
    for (double target : new double[] {0.05, 0.2, 0.5, 0.8}) {
      int trials = 300;
      double sum = 0;
      double sumSq = 0;
      double exactSum = 0;
      for (int t = 0; t < trials; t++) {
        int union = minUnion + random.nextInt(unionSpread);
        ShingleSet[] p = pairWithJaccard(random, union, (int) Math.round(target * union));
        double exact = PairScores.of(p[0], p[1]).jaccard();
        double estimate = hasher.sign(p[0]).estimateJaccard(hasher.sign(p[1]));
        sum += estimate - exact;
        sumSq += (estimate - exact) * (estimate - exact);
        exactSum += exact;
      }
      double j = exactSum / trials;
      double theoryVariance = j * (1 - j) / k;
      double meanError = sum / trials;
      double variance = sumSq / trials - meanError * meanError;
      // The mean of 300 estimates has standard error sqrt(theoryVariance/300); allow 4 of them.
      assertTrue(
          Math.abs(meanError) < 4 * Math.sqrt(theoryVariance / trials),
          "bias " + meanError + " at J=" + j);
      assertTrue(
          variance < 1.5 * theoryVariance && variance > 0.6 * theoryVariance,
          "variance " + variance + " vs theory " + theoryVariance + " at J=" + j);
    }
  }

  @Test
  void identicalSetsEstimateOneAndDisjointSetsNearZero() {
    MinHasher hasher = new MinHasher(256, 3);
    SplittableRandom random = new SplittableRandom(5);
    ShingleSet[] same = pairWithJaccard(random, 500, 500);
    assertEquals(1.0, hasher.sign(same[0]).estimateJaccard(hasher.sign(same[1])));
    ShingleSet[] disjoint = pairWithJaccard(random, 500, 0);
    assertTrue(hasher.sign(disjoint[0]).estimateJaccard(hasher.sign(disjoint[1])) < 0.03);
  }
}
