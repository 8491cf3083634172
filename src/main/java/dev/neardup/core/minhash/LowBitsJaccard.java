package dev.neardup.core.minhash;

/**
 * Jaccard similarity estimated from only the lowest {@code bits} bits of each MinHash value (b-bit
 * minwise hashing, Li and König 2010), for stores that keep a signature in less room.
 *
 * <p>Two full values agree with probability J, the sets' Jaccard similarity; their low bits agree
 * also when the values differ but happen to end in the same bits, with probability {@code r =
 * 2^-bits} for the effectively uniform minima of sets far smaller than the 2<sup>32</sup> hash
 * values (Li and König's C<sub>1</sub> and C<sub>2</sub> both tend to {@code r} there). So the
 * fraction P of agreeing low values has expectation {@code J + (1 - J) r}, and {@code (P - r) / (1
 * - r)}, at least 0, is the estimator of J corrected for those accidental agreements. At 16 bits
 * and 128 values it differs from the fraction of agreeing full values by one value in about 512
 * dissimilar pairs, and its standard error is the full values' times {@code 1 / (1 - r)} (1.00002).
 *
 * <p>Stateless; pure functions.
 */
public final class LowBitsJaccard {
  private LowBitsJaccard() {}

  /** Probability that the low {@code bits} bits of two unequal uniform 32-bit values agree. */
  public static double accidentalRate(int bits) {
    if (bits < 1 || bits > 32) {
      throw new IllegalArgumentException("bits must be in [1, 32]: " + bits);
    }
    return bits == 32 ? 0 : Math.scalb(1.0, -bits);
  }

  /**
   * The estimated Jaccard similarity of two sets whose signatures of {@code length} values agree on
   * the low {@code bits} bits of {@code agreeing} of them.
   *
   * @throws IllegalArgumentException when {@code agreeing} is outside [0, length]
   */
  public static double estimate(int agreeing, int length, int bits) {
    if (length < 1 || agreeing < 0 || agreeing > length) {
      throw new IllegalArgumentException(agreeing + " agreeing values of " + length);
    }
    double r = accidentalRate(bits);
    double p = (double) agreeing / length;
    return Math.max(0, (p - r) / (1 - r));
  }
}
