package dev.neardup.eval;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares a predicted clustering of articles with a gold clustering of the same articles. Pure
 * computation: no I/O, no state.
 *
 * <p>Everything is derived from the contingency table {@code n[i][j]} = number of articles in gold
 * cluster {@code i} and predicted cluster {@code j}, with gold cluster sizes {@code a[i]},
 * predicted cluster sizes {@code b[j]} and {@code n} articles in total. Pair counts are sums of
 * binomial coefficients {@code C(k, 2)} over that table, so the cost is O(n log n) time and O(n)
 * memory rather than O(n²) pairs; a million articles is fine. Counts are kept in {@code long} (a
 * million articles already have about 5·10<sup>11</sup> pairs); only ratios are doubles.
 *
 * <h2>Metrics</h2>
 *
 * <ul>
 *   <li><b>Pair counting.</b> TP = Σ<sub>ij</sub> C(n<sub>ij</sub>, 2) pairs together in both; FP =
 *       Σ<sub>j</sub> C(b<sub>j</sub>, 2) − TP pairs together only in the prediction; FN =
 *       Σ<sub>i</sub> C(a<sub>i</sub>, 2) − TP pairs together only in gold. Precision = TP / (TP +
 *       FP), recall = TP / (TP + FN). Large clusters dominate these, since a cluster of size k
 *       holds about k²/2 pairs.
 *   <li><b>B-cubed</b> (Bagga &amp; Baldwin 1998; Amigó, Gonzalo, Artiles &amp; Verdejo 2009). For
 *       each article, precision is the share of its predicted cluster (itself included) that shares
 *       its gold cluster, n<sub>ij</sub> / b<sub>j</sub>, and recall is the share of its gold
 *       cluster that shares its predicted cluster, n<sub>ij</sub> / a<sub>i</sub>. Both are
 *       averaged over articles, so every article weighs the same whatever its cluster's size.
 *   <li><b>Adjusted Rand index</b> (Hubert &amp; Arabie 1985): (TP − E) / (M − E) with expected
 *       index E = Σ<sub>i</sub> C(a<sub>i</sub>, 2) · Σ<sub>j</sub> C(b<sub>j</sub>, 2) / C(n, 2)
 *       and maximum M = (Σ<sub>i</sub> C(a<sub>i</sub>, 2) + Σ<sub>j</sub> C(b<sub>j</sub>, 2)) /
 *       2. It is 1 for identical clusterings, has expectation 0 for random clusterings with the
 *       same cluster sizes, and goes negative for worse-than-chance agreement. It is symmetric in
 *       gold and prediction.
 *   <li>Each F1 is the harmonic mean 2PR / (P + R).
 * </ul>
 *
 * <h2>Conventions for degenerate cases</h2>
 *
 * <ul>
 *   <li>Pair precision is 1.0 when the prediction has no same-cluster pairs (all singletons): it
 *       made no wrong merge. Pair recall is 1.0 when gold has no same-cluster pairs: there was
 *       nothing to find.
 *   <li>F1 is 0.0 when precision + recall = 0, instead of 0/0.
 *   <li>The adjusted Rand index is 1.0 whenever the two clusterings are identical as partitions.
 *       This covers the cases where the formula is 0/0 (both all singletons, both one single
 *       cluster, fewer than two articles); those are exactly the cases in which it is 0/0.
 *   <li>With no articles at all, every score is 1.0 (there is nothing to disagree on).
 * </ul>
 *
 * <p>Only the partition matters: cluster labels are compared for equality within one clustering,
 * never across the two, so gold label "7" and predicted label "7" need not mean the same cluster.
 */
public final class ClusteringMetrics {

  /** How many of the ids that are in only one map an error message names. */
  private static final int MAX_IDS_IN_MESSAGE = 5;

  private ClusteringMetrics() {}

  /**
   * Scores {@code predicted} against {@code gold}. See the class documentation for definitions and
   * conventions.
   *
   * @param gold article id → gold cluster label
   * @param predicted article id → predicted cluster label, for exactly the same article ids
   * @return the scores; the article count is {@code gold.size()}
   * @throws IllegalArgumentException if an id is in only one of the maps (the message gives their
   *     number and names up to five), or if a label is null
   * @throws NullPointerException if either map is null
   */
  public static MetricScores compare(Map<String, String> gold, Map<String, String> predicted) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    requireSameIds(gold, predicted);

    Table t = Table.of(gold, predicted);
    int n = t.articles();
    long truePositives = t.truePositives();
    long goldPairs = sumChoose2(t.goldSizes(), t.goldClusters());
    long predictedPairs = sumChoose2(t.predictedSizes(), t.predictedClusters());
    long falsePositives = predictedPairs - truePositives;
    long falseNegatives = goldPairs - truePositives;

    double pairPrecision = predictedPairs == 0 ? 1.0 : (double) truePositives / predictedPairs;
    double pairRecall = goldPairs == 0 ? 1.0 : (double) truePositives / goldPairs;
    double bcubedPrecision = bcubed(t.predictedSizes(), t.predictedSquares(), n);
    double bcubedRecall = bcubed(t.goldSizes(), t.goldSquares(), n);

    return new MetricScores(
        n,
        truePositives,
        falsePositives,
        falseNegatives,
        pairPrecision,
        pairRecall,
        f1(pairPrecision, pairRecall),
        bcubedPrecision,
        bcubedRecall,
        f1(bcubedPrecision, bcubedRecall),
        adjustedRand(n, truePositives, goldPairs, predictedPairs));
  }

  /**
   * The contingency table of the two partitions, reduced to what the scores need: each cluster's
   * size, the pairs together in both, and per cluster the sum of its squared cell counts (for
   * B-cubed). Clusters are dense indices; the size arrays are {@code articles} long and used up to
   * the cluster count.
   */
  private record Table(
      int articles,
      long[] goldSizes,
      long[] predictedSizes,
      int goldClusters,
      int predictedClusters,
      long truePositives,
      long[] goldSquares,
      long[] predictedSquares) {
    static Table of(Map<String, String> gold, Map<String, String> predicted) {
      int n = gold.size();
      // Labels are interned to dense indices per clustering, so the table can be packed into longs
      // and sorted instead of held in a map of boxed cells.
      Map<String, Integer> goldIndex = new HashMap<>();
      Map<String, Integer> predictedIndex = new HashMap<>();
      long[] goldSizes = new long[n];
      long[] predictedSizes = new long[n];
      long[] cellKeys = new long[n];
      int article = 0;
      for (Map.Entry<String, String> entry : gold.entrySet()) {
        String id = entry.getKey();
        int g = intern(goldIndex, requireLabel(entry.getValue(), id, "gold"));
        int p = intern(predictedIndex, requireLabel(predicted.get(id), id, "predicted"));
        goldSizes[g]++;
        predictedSizes[p]++;
        cellKeys[article++] = ((long) g << 32) | p;
      }
      Arrays.sort(cellKeys);

      // Per gold cluster Σ_j n_ij² and per predicted cluster Σ_i n_ij², for B-cubed.
      long[] goldSquares = new long[goldIndex.size()];
      long[] predictedSquares = new long[predictedIndex.size()];
      long truePositives = 0;
      for (int start = 0; start < n; ) {
        int end = start + 1;
        while (end < n && cellKeys[end] == cellKeys[start]) {
          end++;
        }
        long cell = end - start;
        int g = (int) (cellKeys[start] >>> 32);
        int p = (int) cellKeys[start];
        truePositives += choose2(cell);
        goldSquares[g] += cell * cell;
        predictedSquares[p] += cell * cell;
        start = end;
      }
      return new Table(
          n,
          goldSizes,
          predictedSizes,
          goldIndex.size(),
          predictedIndex.size(),
          truePositives,
          goldSquares,
          predictedSquares);
    }
  }

  private static void requireSameIds(Map<String, String> gold, Map<String, String> predicted) {
    if (gold.size() == predicted.size() && predicted.keySet().containsAll(gold.keySet())) {
      return;
    }
    List<String> examples = new ArrayList<>();
    long goldOnly = collectMissing(gold, predicted, "gold only", examples);
    long predictedOnly = collectMissing(predicted, gold, "predicted only", examples);
    throw new IllegalArgumentException(
        "gold and predicted must cover the same articles, but "
            + (goldOnly + predictedOnly)
            + " article ids are in only one of them ("
            + goldOnly
            + " only in gold, "
            + predictedOnly
            + " only in predicted), e.g. "
            + examples);
  }

  /** Counts ids of {@code from} absent from {@code other}, noting the first few in examples. */
  private static long collectMissing(
      Map<String, String> from, Map<String, String> other, String side, List<String> examples) {
    long missing = 0;
    for (String id : from.keySet()) {
      if (!other.containsKey(id)) {
        missing++;
        if (examples.size() < MAX_IDS_IN_MESSAGE) {
          examples.add(id + " (" + side + ")");
        }
      }
    }
    return missing;
  }

  private static String requireLabel(String label, String id, String side) {
    if (label == null) {
      throw new IllegalArgumentException("article " + id + " has a null " + side + " label");
    }
    return label;
  }

  private static int intern(Map<String, Integer> index, String label) {
    Integer known = index.get(label);
    if (known != null) {
      return known;
    }
    int next = index.size();
    index.put(label, next);
    return next;
  }

  private static long choose2(long k) {
    return k * (k - 1) / 2;
  }

  private static long sumChoose2(long[] sizes, int clusters) {
    long sum = 0;
    for (int c = 0; c < clusters; c++) {
      sum += choose2(sizes[c]);
    }
    return sum;
  }

  /**
   * B-cubed precision (sizes and squares of predicted clusters) or recall (of gold clusters).
   *
   * <p>A cluster of size s whose items fall into cells n_1..n_m contributes Σ n_k² / s to the sum
   * of per-item scores, at most s. Summing the shortfall s − Σ n_k² / s instead of the scores keeps
   * small errors from cancelling against large totals, so the result is exactly 1.0 only when there
   * is no error and never rounds past 1.0.
   */
  private static double bcubed(long[] sizes, long[] squares, int n) {
    if (n == 0) {
      return 1.0;
    }
    double shortfall = 0.0;
    for (int c = 0; c < squares.length; c++) {
      long size = sizes[c];
      shortfall += (double) (size * size - squares[c]) / size;
    }
    return 1.0 - shortfall / n;
  }

  private static double f1(double precision, double recall) {
    double sum = precision + recall;
    return sum == 0.0 ? 0.0 : 2.0 * precision * recall / sum;
  }

  /**
   * Hubert &amp; Arabie's index, multiplied through by 2·C(n, 2) so numerator and denominator are
   * integers: (2·TP·N − 2·G·P) / ((G + P)·N − 2·G·P) with N = C(n, 2), G gold and P predicted
   * pairs. Products reach about 10<sup>23</sup> for a million articles, beyond long, and the
   * denominator can be as small as about 1 while its terms are that large, so doubles would lose it
   * to cancellation; BigInteger keeps it exact for the price of a handful of operations.
   */
  private static double adjustedRand(
      int n, long truePositives, long goldPairs, long predictedPairs) {
    if (truePositives == goldPairs && truePositives == predictedPairs) {
      // No FP and no FN: identical partitions. Also the only way the formula can be 0/0.
      return 1.0;
    }
    BigInteger allPairs = BigInteger.valueOf(choose2(n));
    BigInteger g = BigInteger.valueOf(goldPairs);
    BigInteger p = BigInteger.valueOf(predictedPairs);
    BigInteger twoGp = g.multiply(p).shiftLeft(1);
    BigInteger numerator =
        BigInteger.valueOf(truePositives).multiply(allPairs).shiftLeft(1).subtract(twoGp);
    BigInteger denominator = g.add(p).multiply(allPairs).subtract(twoGp);
    return numerator.doubleValue() / denominator.doubleValue();
  }
}
