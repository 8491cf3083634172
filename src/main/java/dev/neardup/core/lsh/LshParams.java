package dev.neardup.core.lsh;

import dev.neardup.core.minhash.Signature;

/**
 * Banding of a MinHash signature for locality-sensitive hashing: two signatures become candidates
 * when all {@code rows} values of at least one of the {@code bands} bands agree, which happens with
 * probability {@code 1 - (1 - J^rows)^bands} for Jaccard similarity J.
 *
 * @param bands number of bands, at least 1
 * @param rows values per band, at least 1
 */
public record LshParams(int bands, int rows) {
  public static final double DEFAULT_FALSE_POSITIVE_WEIGHT = 0.5;

  public LshParams {
    if (bands < 1) {
      throw new IllegalArgumentException("bands must be at least 1: " + bands);
    }
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be at least 1: " + rows);
    }
  }

  /** Values of the signature used: {@code bands * rows}. */
  public int width() {
    return bands * rows;
  }

  /**
   * The band keys of {@code signature}: key {@code b} is the 64-bit hash of values {@code [b *
   * rows, (b + 1) * rows)}, exactly as {@link CandidateFinder} compares them. Fixed forever (the
   * on-disk index stores them), so identical across runs, JVMs and machines. Pure and thread-safe.
   *
   * @throws IllegalArgumentException when the signature is shorter than {@link #width()}
   */
  public long[] bandKeys(Signature signature) {
    if (signature.length() < width()) {
      throw new IllegalArgumentException(
          "signature of "
              + signature.length()
              + " values is shorter than "
              + bands
              + " bands × "
              + rows
              + " rows");
    }
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      keys[b] = signature.bandKey(b * rows, (b + 1) * rows);
    }
    return keys;
  }

  /** Probability that a pair with Jaccard similarity {@code jaccard} becomes a candidate. */
  public double candidateProbability(double jaccard) {
    return 1 - Math.pow(1 - Math.pow(jaccard, rows), bands);
  }

  /**
   * The (bands, rows) with {@code bands * rows <= permutations} minimising the weighted area of
   * false positives below {@code threshold} and false negatives above it, as datasketch's {@code
   * MinHashLSH} does; the integrals are computed with composite Simpson's rule.
   *
   * @throws IllegalArgumentException when threshold is outside (0, 1), permutations below 1 or the
   *     weight outside [0, 1]
   */
  public static LshParams optimal(double threshold, int permutations, double falsePositiveWeight) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("LSH threshold must be in (0, 1): " + threshold);
    }
    if (permutations < 1) {
      throw new IllegalArgumentException("permutations must be at least 1: " + permutations);
    }
    if (!(falsePositiveWeight >= 0 && falsePositiveWeight <= 1)) {
      throw new IllegalArgumentException(
          "false positive weight must be in [0, 1]: " + falsePositiveWeight);
    }
    double bestError = Double.POSITIVE_INFINITY;
    LshParams best = null;
    for (int b = 1; b <= permutations; b++) {
      for (int r = 1; r <= permutations / b; r++) {
        LshParams p = new LshParams(b, r);
        double fp = integrate(p::candidateProbability, 0, threshold);
        double fn = integrate(s -> 1 - p.candidateProbability(s), threshold, 1);
        double error = falsePositiveWeight * fp + (1 - falsePositiveWeight) * fn;
        if (error < bestError) {
          bestError = error;
          best = p;
        }
      }
    }
    return best;
  }

  private static double integrate(
      java.util.function.DoubleUnaryOperator f, double from, double to) {
    int steps = 200;
    double h = (to - from) / steps;
    double sum = f.applyAsDouble(from) + f.applyAsDouble(to);
    for (int i = 1; i < steps; i++) {
      sum += f.applyAsDouble(from + i * h) * (i % 2 == 0 ? 2 : 4);
    }
    return sum * h / 3;
  }
}
