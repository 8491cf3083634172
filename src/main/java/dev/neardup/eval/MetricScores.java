package dev.neardup.eval;

/**
 * How well a predicted clustering of articles agrees with a gold clustering of the same articles,
 * as computed by {@link ClusteringMetrics#compare}. That method's documentation gives the exact
 * definitions and the conventions used when a ratio would be 0/0.
 *
 * <p>"Pairs" are unordered pairs of distinct articles; a pair is positive in a clustering when both
 * articles are in the same cluster.
 *
 * @param articles number of articles compared
 * @param truePositivePairs pairs in the same cluster in both gold and prediction
 * @param falsePositivePairs pairs the prediction puts together that gold keeps apart
 * @param falseNegativePairs pairs gold puts together that the prediction keeps apart
 * @param pairPrecision share of the predicted same-cluster pairs that are also gold pairs
 * @param pairRecall share of the gold same-cluster pairs that the prediction also puts together
 * @param pairF1 harmonic mean of pair precision and recall
 * @param bcubedPrecision mean over articles of the share of the article's predicted cluster that is
 *     in its gold cluster
 * @param bcubedRecall mean over articles of the share of the article's gold cluster that is in its
 *     predicted cluster
 * @param bcubedF1 harmonic mean of B-cubed precision and recall
 * @param adjustedRand Hubert and Arabie's adjusted Rand index: 1 for identical clusterings, about 0
 *     for agreement no better than chance, negative for worse than chance
 */
public record MetricScores(
    int articles,
    long truePositivePairs,
    long falsePositivePairs,
    long falseNegativePairs,
    double pairPrecision,
    double pairRecall,
    double pairF1,
    double bcubedPrecision,
    double bcubedRecall,
    double bcubedF1,
    double adjustedRand) {

  /** Rejects scores no clustering comparison can produce, so a bug surfaces where it happens. */
  public MetricScores {
    if (articles < 0) {
      throw new IllegalArgumentException("articles must be >= 0, was " + articles);
    }
    requireCount("truePositivePairs", truePositivePairs);
    requireCount("falsePositivePairs", falsePositivePairs);
    requireCount("falseNegativePairs", falseNegativePairs);
    long allPairs = (long) articles * (articles - 1) / 2;
    // Each count is at most allPairs (about 5e17 even at Integer.MAX_VALUE articles), so the sum
    // cannot overflow.
    if (truePositivePairs + falsePositivePairs + falseNegativePairs > allPairs) {
      throw new IllegalArgumentException(
          "TP + FP + FN pairs exceed the " + allPairs + " pairs of " + articles + " articles");
    }
    requireUnit("pairPrecision", pairPrecision);
    requireUnit("pairRecall", pairRecall);
    requireUnit("pairF1", pairF1);
    requireUnit("bcubedPrecision", bcubedPrecision);
    requireUnit("bcubedRecall", bcubedRecall);
    requireUnit("bcubedF1", bcubedF1);
    // Written as a negated range test so that NaN is rejected too.
    if (!(adjustedRand >= -1.0 && adjustedRand <= 1.0)) {
      throw new IllegalArgumentException("adjustedRand must be in [-1, 1], was " + adjustedRand);
    }
  }

  private static void requireCount(String name, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, was " + value);
    }
  }

  private static void requireUnit(String name, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
    }
  }
}
