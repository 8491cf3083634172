package dev.neardup.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ClusteringMetricsTest {

  private static final double EPS = 1e-12;

  @Test
  void identicalPartitionsScorePerfectlyEvenUnderDifferentLabels() {
    Map<String, String> gold = clusters("a b c", "d e", "f");
    Map<String, String> predicted = relabel(gold, label -> "story-" + label);

    MetricScores s = ClusteringMetrics.compare(gold, predicted);

    // TP = C(3,2) + C(2,2) = 3 + 1 = 4.
    assertCounts(s, 6, 4, 0, 0);
    assertAllScores(s, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0);
  }

  @Test
  void mergingEverythingIntoOneClusterKeepsRecallButCostsPrecision() {
    Map<String, String> gold = clusters("a b", "c", "d");
    Map<String, String> predicted = clusters("a b c d");

    MetricScores s = ClusteringMetrics.compare(gold, predicted);

    // Gold pairs: {ab} = 1. Predicted pairs: C(4,2) = 6. TP = 1, FP = 5, FN = 0.
    // Pair P = 1/6, R = 1/1, F1 = 2·(1/6)·1 / (1/6 + 1) = (1/3) / (7/6) = 2/7.
    // B-cubed P per item (share of its predicted cluster in its gold cluster):
    //   a 2/4, b 2/4, c 1/4, d 1/4 → (2·(2/4) + 2·(1/4)) / 4 = 1.5 / 4 = 3/8.
    // B-cubed R: each gold cluster lies inside the one predicted cluster → 1.
    // B-cubed F1 = 2·(3/8)·1 / (3/8 + 1) = (3/4) / (11/8) = 6/11.
    // ARI: N = C(4,2) = 6, E = 1·6/6 = 1, M = (1+6)/2 = 3.5 → (1 − 1) / (3.5 − 1) = 0.
    assertCounts(s, 4, 1, 5, 0);
    assertAllScores(s, 1.0 / 6, 1.0, 2.0 / 7, 3.0 / 8, 1.0, 6.0 / 11, 0.0);
  }

  @Test
  void splittingAGoldClusterKeepsPrecisionButCostsRecall() {
    Map<String, String> gold = clusters("a b c d", "e f");
    Map<String, String> predicted = clusters("a b", "c d", "e f");

    MetricScores s = ClusteringMetrics.compare(gold, predicted);

    // Gold pairs: C(4,2) + C(2,2) = 7. Predicted pairs: 1 + 1 + 1 = 3, all inside gold clusters.
    // TP = 3, FP = 0, FN = 4. Pair P = 3/3, R = 3/7, F1 = 2·(3/7) / (10/7) = 6/10.
    // B-cubed P = 1 (no predicted cluster mixes gold clusters).
    // B-cubed R: a, b, c, d see 2 of their 4 gold-mates → 1/2 each; e, f → 1 each.
    //   (4·(1/2) + 2) / 6 = 2/3. F1 = 2·(2/3) / (5/3) = 4/5.
    // ARI: N = C(6,2) = 15, E = 7·3/15 = 1.4, M = (7+3)/2 = 5 → (3 − 1.4) / (5 − 1.4) = 1.6/3.6 =
    // 4/9.
    assertCounts(s, 6, 3, 0, 4);
    assertAllScores(s, 1.0, 3.0 / 7, 0.6, 1.0, 2.0 / 3, 0.8, 4.0 / 9);
  }

  @Test
  void adjustedRandMatchesTheTextbookExample() {
    // The example in scikit-learn's adjusted_rand_score documentation, 0.24.
    Map<String, String> gold = labels(1, 1, 1, 2, 2, 2);
    Map<String, String> predicted = labels(1, 1, 2, 2, 3, 3);

    MetricScores s = ClusteringMetrics.compare(gold, predicted);

    // Contingency table (rows gold 1, 2; columns predicted 1, 2, 3):
    //   [2 1 0]
    //   [0 1 2]
    // TP = C(2,2) + C(2,2) = 2. Gold pairs = 3 + 3 = 6. Predicted pairs = 1 + 1 + 1 = 3.
    // FP = 3 − 2 = 1, FN = 6 − 2 = 4. Pair P = 2/3, R = 2/6, F1 = 2·(2/9) / 1 = 4/9.
    // B-cubed P: items 0,1 → 2/2; 2 → 1/2; 3 → 1/2; 4,5 → 2/2. Sum 5 → 5/6.
    // B-cubed R: items 0,1 → 2/3; 2 → 1/3; 3 → 1/3; 4,5 → 2/3. Sum 10/3 → 10/18 = 5/9.
    // B-cubed F1 = 2·(5/6)(5/9) / (5/6 + 5/9) = (25/27) / (25/18) = 2/3.
    // ARI: N = 15, E = 6·3/15 = 1.2, M = (6+3)/2 = 4.5 → (2 − 1.2) / (4.5 − 1.2) = 0.8/3.3 = 8/33
    //   = 0.242424...
    assertCounts(s, 6, 2, 1, 4);
    assertAllScores(s, 2.0 / 3, 1.0 / 3, 4.0 / 9, 5.0 / 6, 5.0 / 9, 2.0 / 3, 8.0 / 33);
    assertEquals(0.24242424242424243, s.adjustedRand(), EPS);
  }

  @Test
  void adjustedRandGoesNegativeAndF1StaysZeroWhenNoPairIsRight() {
    // scikit-learn's other documented example: adjusted_rand_score([0,0,1,1], [0,1,0,1]) = -0.5.
    Map<String, String> gold = labels(0, 0, 1, 1);
    Map<String, String> predicted = labels(0, 1, 0, 1);

    MetricScores s = ClusteringMetrics.compare(gold, predicted);

    // Gold pairs {01, 23}, predicted pairs {02, 13}: TP = 0, FP = 2, FN = 2.
    // Pair P = 0/2, R = 0/2, so F1 is the P + R = 0 convention: 0, not NaN.
    // B-cubed: every item shares its 2-item cluster with one of its 2 gold-mates → 1/2 everywhere.
    // ARI: N = 6, E = 2·2/6 = 2/3, M = 2 → (0 − 2/3) / (2 − 2/3) = −1/2.
    assertCounts(s, 4, 0, 2, 2);
    assertAllScores(s, 0.0, 0.0, 0.0, 0.5, 0.5, 0.5, -0.5);
  }

  @Test
  void allSingletonsOnBothSidesIsPerfectThoughAdjustedRandIsZeroOverZero() {
    Map<String, String> gold = clusters("a", "b", "c");
    Map<String, String> predicted = clusters("c", "a", "b");

    MetricScores s = ClusteringMetrics.compare(gold, predicted);

    // No pairs anywhere: P and R take the "nothing predicted / nothing to find" value 1.
    // ARI: E = 0·0/3 = 0, M = 0 → 0/0, defined as 1 because the partitions are identical.
    assertCounts(s, 3, 0, 0, 0);
    assertAllScores(s, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0);
  }

  @Test
  void oneClusterOnBothSidesIsPerfect() {
    // The other 0/0 case of the ARI formula: E = M = C(3,2) = 3.
    MetricScores s = ClusteringMetrics.compare(clusters("a b c"), clusters("a b c"));

    assertCounts(s, 3, 3, 0, 0);
    assertEquals(1.0, s.adjustedRand());
  }

  @Test
  void predictingOnlySingletonsHasPairPrecisionOneByConvention() {
    Map<String, String> gold = clusters("a b", "c");
    Map<String, String> predicted = clusters("a", "b", "c");

    MetricScores s = ClusteringMetrics.compare(gold, predicted);

    // No predicted pairs → pair P = 1 by convention; R = 0/1 = 0; F1 = 2·1·0 / 1 = 0.
    // B-cubed P = 1. B-cubed R: a 1/2, b 1/2, c 1 → 2/3. F1 = 2·(2/3) / (5/3) = 4/5.
    // ARI: N = 3, E = 1·0/3 = 0, M = 1/2 → (0 − 0) / (1/2) = 0.
    assertCounts(s, 3, 0, 0, 1);
    assertAllScores(s, 1.0, 0.0, 0.0, 1.0, 2.0 / 3, 0.8, 0.0);
  }

  @Test
  void goldWithOnlySingletonsHasPairRecallOneByConvention() {
    Map<String, String> gold = clusters("a", "b", "c");
    Map<String, String> predicted = clusters("a b", "c");

    MetricScores s = ClusteringMetrics.compare(gold, predicted);

    // No gold pairs → pair R = 1 by convention; P = 0/1 = 0; F1 = 0.
    // B-cubed P: a 1/2, b 1/2, c 1 → 2/3; R = 1; F1 = 4/5. ARI = 0 as in the mirrored case.
    assertCounts(s, 3, 0, 1, 0);
    assertAllScores(s, 0.0, 1.0, 0.0, 2.0 / 3, 1.0, 0.8, 0.0);
  }

  @Test
  void noArticlesOrASingleArticleScoresPerfectly() {
    MetricScores empty = ClusteringMetrics.compare(Map.of(), Map.of());
    MetricScores single = ClusteringMetrics.compare(Map.of("a", "x"), Map.of("a", "y"));

    assertCounts(empty, 0, 0, 0, 0);
    assertAllScores(empty, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0);
    assertCounts(single, 1, 0, 0, 0);
    assertAllScores(single, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0);
  }

  @Test
  void rejectsIdsPresentInOnlyOneClustering() {
    Map<String, String> gold = clusters("a b", "c");
    Map<String, String> predicted = clusters("a b", "d");

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ClusteringMetrics.compare(gold, predicted));

    assertTrue(e.getMessage().contains("2 article ids"), e.getMessage());
    assertTrue(e.getMessage().contains("c (gold only)"), e.getMessage());
    assertTrue(e.getMessage().contains("d (predicted only)"), e.getMessage());
  }

  @Test
  void rejectsASubsetEvenThoughEveryPredictedIdIsInGold() {
    Map<String, String> gold = clusters("a b", "c");
    Map<String, String> predicted = clusters("a b");

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ClusteringMetrics.compare(gold, predicted));

    assertTrue(e.getMessage().contains("c (gold only)"), e.getMessage());
  }

  @Test
  void missingIdMessageNamesAtMostFiveIdsButCountsThemAll() {
    Map<String, String> gold = new HashMap<>();
    Map<String, String> predicted = new HashMap<>();
    for (int i = 0; i < 8; i++) {
      gold.put("missing-" + i, "x");
    }
    gold.put("shared", "x");
    predicted.put("shared", "x");

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ClusteringMetrics.compare(gold, predicted));

    long named = 0;
    for (int i = 0; i < 8; i++) {
      if (e.getMessage().contains("missing-" + i)) {
        named++;
      }
    }
    assertEquals(5, named, e.getMessage());
    assertTrue(e.getMessage().contains("8 article ids"), e.getMessage());
  }

  @Test
  void rejectsNullLabels() {
    Map<String, String> gold = new HashMap<>(clusters("a b"));
    Map<String, String> predicted = new HashMap<>(clusters("a b"));
    predicted.put("b", null);

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ClusteringMetrics.compare(gold, predicted));

    assertTrue(e.getMessage().contains("article b"), e.getMessage());
  }

  @Test
  void labelNamesDoNotAffectScores() {
    Random random = new Random(20240611L);
    for (int trial = 0; trial < 50; trial++) {
      Map<String, String> gold = randomClustering(random, 1 + random.nextInt(40), 0);
      Map<String, String> predicted = perturbed(random, gold);

      MetricScores original = ClusteringMetrics.compare(gold, predicted);
      // Swap label vocabularies between the sides as well: a gold label equal to a predicted
      // label must carry no meaning.
      MetricScores renamed =
          ClusteringMetrics.compare(
              relabel(gold, label -> "p" + label), relabel(predicted, label -> "g" + label));

      assertSameScores(original, renamed);
    }
  }

  @Test
  void contingencyTableAgreesWithBruteForceOverAllPairsOnRandomClusterings() {
    Random random = new Random(42L);
    for (int trial = 0; trial < 300; trial++) {
      int n = random.nextInt(70);
      Map<String, String> gold = randomClustering(random, n, 0);
      Map<String, String> predicted =
          switch (trial % 4) {
            case 0 -> randomClustering(random, n, 1000);
            case 1 -> perturbed(random, gold);
            case 2 -> relabel(gold, label -> "same-" + label);
            default -> random.nextBoolean() ? singletons(gold) : oneCluster(gold);
          };

      MetricScores s = ClusteringMetrics.compare(gold, predicted);
      BruteForce expected = BruteForce.of(gold, predicted);
      String context = "trial " + trial + ": gold " + gold + " predicted " + predicted;

      assertAll(
          context,
          () -> assertEquals(n, s.articles()),
          () -> assertEquals(expected.truePositives, s.truePositivePairs()),
          () -> assertEquals(expected.falsePositives, s.falsePositivePairs()),
          () -> assertEquals(expected.falseNegatives, s.falseNegativePairs()),
          () -> assertEquals(expected.bcubedPrecision, s.bcubedPrecision(), 1e-9),
          () -> assertEquals(expected.bcubedRecall, s.bcubedRecall(), 1e-9),
          () -> assertEquals(expected.adjustedRand, s.adjustedRand(), 1e-9),
          () -> assertInRange(s.pairPrecision(), 0, 1),
          () -> assertInRange(s.pairRecall(), 0, 1),
          () -> assertInRange(s.pairF1(), 0, 1),
          () -> assertInRange(s.bcubedPrecision(), 0, 1),
          () -> assertInRange(s.bcubedRecall(), 0, 1),
          () -> assertInRange(s.bcubedF1(), 0, 1),
          () -> assertInRange(s.adjustedRand(), -1, 1));

      // Swapping the roles swaps precision and recall and leaves the symmetric ARI alone.
      MetricScores swapped = ClusteringMetrics.compare(predicted, gold);
      assertAll(
          context,
          () -> assertEquals(s.falsePositivePairs(), swapped.falseNegativePairs()),
          () -> assertEquals(s.pairPrecision(), swapped.pairRecall(), EPS),
          () -> assertEquals(s.bcubedPrecision(), swapped.bcubedRecall(), EPS),
          () -> assertEquals(s.adjustedRand(), swapped.adjustedRand(), EPS));
    }
  }

  @Test
  void handlesAMillionArticlesWithPairCountsBeyondIntRange() {
    int n = 1_000_000;
    Map<String, String> gold = new HashMap<>(2 * n);
    Map<String, String> predicted = new HashMap<>(2 * n);
    for (int i = 0; i < n; i++) {
      String id = Integer.toString(i);
      gold.put(id, "all");
      predicted.put(id, i < n / 2 ? "first half" : "second half");
    }

    MetricScores s = ClusteringMetrics.compare(gold, predicted);

    // Gold pairs C(10^6, 2) = 499,999,500,000; predicted 2·C(500,000, 2) = 249,999,500,000.
    // TP = 249,999,500,000, FP = 0, FN = 250,000,000,000 — all far beyond Integer.MAX_VALUE.
    // B-cubed R: each item sees half its gold cluster → 1/2. ARI = 0 since gold is one cluster.
    assertCounts(s, n, 249_999_500_000L, 0, 250_000_000_000L);
    assertEquals(249_999_500_000.0 / 499_999_500_000.0, s.pairRecall(), EPS);
    assertEquals(1.0, s.bcubedPrecision());
    assertEquals(0.5, s.bcubedRecall(), EPS);
    assertEquals(0.0, s.adjustedRand(), EPS);
  }

  @Test
  void scoresRejectValuesNoComparisonCanProduce() {
    assertThrows(
        IllegalArgumentException.class, () -> new MetricScores(3, 0, 0, 0, 1.5, 1, 1, 1, 1, 1, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new MetricScores(3, 0, 0, 0, 1, 1, 1, 1, 1, 1, Double.NaN));
    assertThrows(
        IllegalArgumentException.class,
        () -> new MetricScores(3, 4, 0, 0, 1, 1, 1, 1, 1, 1, 1)); // only C(3,2) = 3 pairs exist
    assertThrows(
        IllegalArgumentException.class, () -> new MetricScores(3, -1, 0, 0, 1, 1, 1, 1, 1, 1, 1));
  }

  /** Pair counts, B-cubed and ARI computed the slow, obvious way, straight from the definitions. */
  private record BruteForce(
      long truePositives,
      long falsePositives,
      long falseNegatives,
      double bcubedPrecision,
      double bcubedRecall,
      double adjustedRand) {

    static BruteForce of(Map<String, String> gold, Map<String, String> predicted) {
      String[] ids = gold.keySet().toArray(new String[0]);
      int n = ids.length;
      long tp = 0;
      long fp = 0;
      long fn = 0;
      long tn = 0;
      double precisionSum = 0;
      double recallSum = 0;
      for (int i = 0; i < n; i++) {
        int samePredicted = 0;
        int sameGold = 0;
        int sameBoth = 0;
        for (int j = 0; j < n; j++) {
          boolean g = gold.get(ids[i]).equals(gold.get(ids[j]));
          boolean p = predicted.get(ids[i]).equals(predicted.get(ids[j]));
          sameGold += g ? 1 : 0;
          samePredicted += p ? 1 : 0;
          sameBoth += g && p ? 1 : 0;
          if (j > i) {
            if (g && p) {
              tp++;
            } else if (p) {
              fp++;
            } else if (g) {
              fn++;
            } else {
              tn++;
            }
          }
        }
        precisionSum += (double) sameBoth / samePredicted;
        recallSum += (double) sameBoth / sameGold;
      }
      // The pair-confusion form of the ARI (as in scikit-learn), independent of the
      // contingency-table form under test.
      double ari =
          fp == 0 && fn == 0
              ? 1.0
              : 2.0
                  * ((double) tp * tn - (double) fn * fp)
                  / ((double) (tp + fn) * (fn + tn) + (double) (tp + fp) * (fp + tn));
      return new BruteForce(
          tp, fp, fn, n == 0 ? 1.0 : precisionSum / n, n == 0 ? 1.0 : recallSum / n, ari);
    }
  }

  /** Articles named by the space-separated ids, one argument per cluster. */
  private static Map<String, String> clusters(String... members) {
    Map<String, String> clustering = new LinkedHashMap<>();
    for (int c = 0; c < members.length; c++) {
      for (String id : members[c].split(" ")) {
        clustering.put(id, "c" + c);
      }
    }
    return clustering;
  }

  /** Article {@code "i" + k} gets label {@code labels[k]}. */
  private static Map<String, String> labels(int... labels) {
    Map<String, String> clustering = new LinkedHashMap<>();
    for (int k = 0; k < labels.length; k++) {
      clustering.put("i" + k, Integer.toString(labels[k]));
    }
    return clustering;
  }

  private static Map<String, String> relabel(
      Map<String, String> clustering, UnaryOperator<String> rename) {
    Map<String, String> renamed = new LinkedHashMap<>();
    clustering.forEach((id, label) -> renamed.put(id, rename.apply(label)));
    return renamed;
  }

  /**
   * n articles in a random number of clusters; labels are offset so that independent draws don't
   * share label names.
   */
  private static Map<String, String> randomClustering(Random random, int n, int labelOffset) {
    int clusterCount = 1 + random.nextInt(Math.max(1, n));
    Map<String, String> clustering = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      clustering.put("doc" + i, "L" + (labelOffset + random.nextInt(clusterCount)));
    }
    return clustering;
  }

  /** Gold with some articles moved to other or new clusters: close to, but not, the truth. */
  private static Map<String, String> perturbed(Random random, Map<String, String> gold) {
    Map<String, String> predicted = new LinkedHashMap<>(gold);
    for (String id : gold.keySet()) {
      if (random.nextInt(4) == 0) {
        predicted.put(id, "moved" + random.nextInt(5));
      }
    }
    return predicted;
  }

  private static Map<String, String> singletons(Map<String, String> gold) {
    Map<String, String> predicted = new LinkedHashMap<>();
    gold.keySet().forEach(id -> predicted.put(id, "alone-" + id));
    return predicted;
  }

  private static Map<String, String> oneCluster(Map<String, String> gold) {
    return relabel(gold, label -> "everything");
  }

  private static void assertCounts(
      MetricScores s, int articles, long truePositives, long falsePositives, long falseNegatives) {
    assertAll(
        () -> assertEquals(articles, s.articles(), "articles"),
        () -> assertEquals(truePositives, s.truePositivePairs(), "truePositivePairs"),
        () -> assertEquals(falsePositives, s.falsePositivePairs(), "falsePositivePairs"),
        () -> assertEquals(falseNegatives, s.falseNegativePairs(), "falseNegativePairs"));
  }

  private static void assertAllScores(
      MetricScores s,
      double pairPrecision,
      double pairRecall,
      double pairF1,
      double bcubedPrecision,
      double bcubedRecall,
      double bcubedF1,
      double adjustedRand) {
    assertAll(
        () -> assertEquals(pairPrecision, s.pairPrecision(), EPS, "pairPrecision"),
        () -> assertEquals(pairRecall, s.pairRecall(), EPS, "pairRecall"),
        () -> assertEquals(pairF1, s.pairF1(), EPS, "pairF1"),
        () -> assertEquals(bcubedPrecision, s.bcubedPrecision(), EPS, "bcubedPrecision"),
        () -> assertEquals(bcubedRecall, s.bcubedRecall(), EPS, "bcubedRecall"),
        () -> assertEquals(bcubedF1, s.bcubedF1(), EPS, "bcubedF1"),
        () -> assertEquals(adjustedRand, s.adjustedRand(), EPS, "adjustedRand"));
  }

  private static void assertSameScores(MetricScores expected, MetricScores actual) {
    assertCounts(
        actual,
        expected.articles(),
        expected.truePositivePairs(),
        expected.falsePositivePairs(),
        expected.falseNegativePairs());
    assertAllScores(
        actual,
        expected.pairPrecision(),
        expected.pairRecall(),
        expected.pairF1(),
        expected.bcubedPrecision(),
        expected.bcubedRecall(),
        expected.bcubedF1(),
        expected.adjustedRand());
  }

  private static void assertInRange(double value, double low, double high) {
    assertTrue(value >= low && value <= high, value + " not in [" + low + ", " + high + "]");
  }
}
