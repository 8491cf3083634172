package dev.neardup.core.verify;

import dev.neardup.core.minhash.Signature;

/**
 * Pair scores estimated from MinHash signatures and shingle counts alone, for when the shingle sets
 * are gone (a stream, or signatures read back from a file).
 *
 * <p>The estimated Jaccard similarity J is the fraction of agreeing signature values (standard
 * error sqrt(J(1-J)/permutations), about 0.04 at J = 0.5 with 128 permutations). Since |A ∪ B| =
 * |A| + |B| - |A ∩ B|, the intersection follows as |A ∩ B| ≈ J(|A| + |B|) / (1 + J), rounded and
 * clamped to min(|A|, |B|), and every other measure from it. Results are estimates: a pair close to
 * the threshold may fall on the other side of it than its exact scores would.
 *
 * <p>Stateless; pure functions.
 */
public final class EstimatedScores {
  /**
   * Standard errors added to an estimated Jaccard before a candidate is screened out, by the batch
   * pipeline and by the index when it verifies against original texts.
   */
  public static final int SCREEN_SIGMAS = 4;

  private EstimatedScores() {}

  /**
   * The highest Jaccard similarity an estimate {@code jaccard} from {@code permutations} values
   * plausibly hides: {@value #SCREEN_SIGMAS} standard errors above it (the 1/k term keeps the error
   * from vanishing at J = 0 or 1), at most 1: under a normal approximation a true Jaccard above it
   * shows so low an estimate about 3 times in 100,000.
   */
  public static double plausibleJaccard(double jaccard, int permutations) {
    double k = permutations;
    return Math.min(1, jaccard + SCREEN_SIGMAS * Math.sqrt((jaccard * (1 - jaccard) + 1 / k) / k));
  }

  /**
   * The lowest Jaccard similarity an estimate {@code jaccard} from {@code permutations} values
   * plausibly hides, {@code sigmas} standard errors below it, at least 0: the mirror of {@link
   * #plausibleJaccard}.
   */
  public static double confidentJaccard(double jaccard, int permutations, double sigmas) {
    double k = permutations;
    return Math.max(0, jaccard - sigmas * Math.sqrt((jaccard * (1 - jaccard) + 1 / k) / k));
  }

  /**
   * Scores of two sets of sizes {@code sizeA} and {@code sizeB} whose Jaccard similarity is
   * estimated to be {@code jaccard}.
   *
   * @throws IllegalArgumentException when {@code jaccard} is outside [0, 1] or a size is negative
   */
  public static PairScores of(double jaccard, int sizeA, int sizeB) {
    if (!(jaccard >= 0 && jaccard <= 1)) {
      throw new IllegalArgumentException("estimated Jaccard must be in [0, 1]: " + jaccard);
    }
    if (sizeA < 0 || sizeB < 0) {
      throw new IllegalArgumentException("set sizes must not be negative: " + sizeA + ", " + sizeB);
    }
    long intersection = Math.round(jaccard * ((long) sizeA + sizeB) / (1 + jaccard));
    return new PairScores((int) Math.min(intersection, Math.min(sizeA, sizeB)), sizeA, sizeB);
  }

  /** {@link #of(double, int, int)} with J estimated from two signatures. */
  public static PairScores of(Signature a, int sizeA, Signature b, int sizeB) {
    return of(a.estimateJaccard(b), sizeA, sizeB);
  }
}
