package dev.neardup.core.minhash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neardup.core.shingle.ShingleSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LowBitsJaccardTest {
  private static final int K = 128;

  /**
   * Mean estimate over many simulated signature pairs whose values agree with probability {@code
   * jaccard} (else are independent uniform values), compared on their low {@code bits} bits.
   */
  private static double[] meanEstimates(double jaccard, int bits, int trials, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int lowMask = bits == 32 ? -1 : (1 << bits) - 1;
    double corrected = 0;
    double raw = 0;
    for (int t = 0; t < trials; t++) {
      int agreeing = 0;
      for (int i = 0; i < K; i++) {
        int a = random.nextInt();
        int b = random.nextDouble() < jaccard ? a : random.nextInt();
        agreeing += (a & lowMask) == (b & lowMask) ? 1 : 0;
      }
      corrected += LowBitsJaccard.estimate(agreeing, K, bits);
      raw += agreeing / (double) K;
    }
    return new double[] {corrected / trials, raw / trials};
  }

  @Test
  void theCorrectedEstimateIsUnbiasedWhereTheRawFractionOfLowBitsIsNot() {
    // At 6 bits one unequal pair of values in 64 agrees by accident: visible in 20,000 trials.
    int trials = 20_000;
    double r = LowBitsJaccard.accidentalRate(6);
    for (double j : new double[] {0.2, 0.5, 0.8}) {
      double[] mean = meanEstimates(j, 6, trials, 17 + (long) (j * 10));
      double p = j + (1 - j) * r;
      double standardError = Math.sqrt(p * (1 - p) / K / trials) / (1 - r);
      assertEquals(j, mean[0], 4 * standardError, "corrected mean at J = " + j);
      double rawBias = (1 - j) * r;
      assertTrue(rawBias > 8 * standardError, "the test can tell the raw fraction apart");
      assertEquals(j + rawBias, mean[1], 4 * standardError, "raw mean at J = " + j);
    }
  }

  @Test
  void sixteenBitEstimatesOfRealSignaturesStayWithinOneValueOfTheFullOnes() {
    // The error bound the streaming index relies on: an accidental agreement of 16-bit values adds
    // 1/128 to a pair's estimate, and it happens to about one value in 65,536 that differ.
    SplittableRandom random = new SplittableRandom(5);
    MinHasher hasher = new MinHasher(K, 1);
    int pairs = 600;
    int shifted = 0;
    for (int p = 0; p < pairs; p++) {
      int union = 200 + random.nextInt(2000);
      int common = random.nextInt(union + 1);
      int[][] sets = twoSets(random, union, common);
      Signature a = hasher.sign(ShingleSet.of(sets[0]));
      Signature b = hasher.sign(ShingleSet.of(sets[1]));
      int full = Signature.agreeing(a.shared(), 0, b.shared(), K);
      int low = 0;
      for (int i = 0; i < K; i++) {
        low += (char) a.value(i) == (char) b.value(i) ? 1 : 0;
      }
      assertTrue(low >= full, "low bits agree wherever the values do");
      double error = LowBitsJaccard.estimate(low, K, 16) - full / (double) K;
      assertTrue(
          error > -LowBitsJaccard.accidentalRate(16) && error <= (low - full) / (double) K + 1e-12);
      shifted += low - full;
    }
    // Expected accidental agreements: at most 600 × 128 / 65,536 = 1.2; 8 has probability < 1e-4.
    assertTrue(shifted <= 8, shifted + " accidental agreements");
  }

  @Test
  void identicalAndDisjointSignaturesEstimateOneAndZero() {
    assertEquals(1.0, LowBitsJaccard.estimate(K, K, 16));
    assertEquals(0.0, LowBitsJaccard.estimate(0, K, 16));
    assertEquals(0.5, LowBitsJaccard.estimate(64, K, 32));
    assertTrue(LowBitsJaccard.estimate(64, K, 16) < 0.5);
    assertThrows(IllegalArgumentException.class, () -> LowBitsJaccard.estimate(K + 1, K, 16));
    assertThrows(IllegalArgumentException.class, () -> LowBitsJaccard.accidentalRate(0));
  }

  private static int[][] twoSets(SplittableRandom random, int union, int common) {
    int onlyA = (union - common) / 2;
    int[] a = new int[common + onlyA];
    int[] b = new int[union - onlyA];
    for (int i = 0; i < common; i++) {
      a[i] = b[i] = random.nextInt();
    }
    for (int i = common; i < a.length; i++) {
      a[i] = random.nextInt();
    }
    for (int i = common; i < b.length; i++) {
      b[i] = random.nextInt();
    }
    return new int[][] {a, b};
  }
}
