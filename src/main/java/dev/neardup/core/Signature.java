package dev.neardup.core;

import java.util.Arrays;

/**
 * A MinHash signature: for each of the {@link MinHasher}'s permutations, the minimum 32-bit hash
 * value over the article's shingles (held as the low 32 bits of an int, compared for equality
 * only).
 *
 * <p>Immutable; the array is copied in and out. Two signatures are comparable only when made by
 * MinHashers with the same seed and permutation count.
 *
 * @param values one minimum per permutation
 */
public record Signature(int[] values) {
  public Signature {
    if (values.length == 0) {
      throw new IllegalArgumentException("signature needs at least one value");
    }
    values = values.clone();
  }

  @Override
  public int[] values() {
    return values.clone();
  }

  /** The values themselves, for the core's inner loops, which must not modify them. */
  int[] shared() {
    return values;
  }

  public int length() {
    return values.length;
  }

  public int value(int i) {
    return values[i];
  }

  /**
   * Estimated Jaccard similarity: the fraction of permutations whose minima agree. Unbiased, with
   * standard error sqrt(J(1-J)/length).
   *
   * @throws IllegalArgumentException when the lengths differ
   */
  public double estimateJaccard(Signature other) {
    if (other.values.length != values.length) {
      throw new IllegalArgumentException(
          "signature lengths differ: " + values.length + " vs " + other.values.length);
    }
    int[] a = values;
    int[] b = other.values;
    int equal = 0;
    // Branch-free: whether two values agree is a coin toss the branch predictor cannot learn, and
    // this runs once per LSH candidate.
    for (int i = 0; i < a.length; i++) {
      equal += a[i] == b[i] ? 1 : 0;
    }
    return (double) equal / a.length;
  }

  /** Hash of the values {@code [from, to)}; the LSH band key. */
  long bandKey(int from, int to) {
    long h = 0x2545F4914F6CDD1DL;
    for (int i = from; i < to; i++) {
      h = (h ^ (values[i] & 0xFFFFFFFFL)) * 0x100000001b3L;
    }
    return Hashing64.mix(h);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature s && Arrays.equals(values, s.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "Signature[" + values.length + " values]";
  }
}
