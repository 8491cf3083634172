package dev.neardup.core;

import java.util.SplittableRandom;

/**
 * Computes MinHash signatures of shingle sets.
 *
 * <p>Algorithm: every shingle is already a well-mixed 64-bit hash {@code x}; permutation {@code i}
 * is the multiply-add-shift function {@code h_i(x) = (a_i * x + b_i) >>> 32} (arithmetic mod
 * 2^64, {@code a_i} odd), the classic universal family of Dietzfelbinger et al. One multiply and
 * one add per shingle and permutation, over primitive arrays in a loop the JIT can unroll; no
 * per-permutation rehashing of the shingle.
 *
 * <p>Deterministic: {@code a_i, b_i} come only from the seed through {@link SplittableRandom}, whose
 * output is specified, so signatures are identical across runs, JVMs and machines. Immutable and
 * thread-safe.
 */
public final class MinHasher {
  public static final int DEFAULT_PERMUTATIONS = 128;
  public static final long DEFAULT_SEED = 1;

  private final long[] multipliers;
  private final long[] addends;
  private final long seed;

  /**
   * @throws IllegalArgumentException when {@code permutations} is not in [1, 4096]
   */
  public MinHasher(int permutations, long seed) {
    if (permutations < 1 || permutations > 4096) {
      throw new IllegalArgumentException("permutations must be in [1, 4096]: " + permutations);
    }
    this.seed = seed;
    SplittableRandom random = new SplittableRandom(seed);
    multipliers = new long[permutations];
    addends = new long[permutations];
    for (int i = 0; i < permutations; i++) {
      multipliers[i] = random.nextLong() | 1L;
      addends[i] = random.nextLong();
    }
  }

  public int permutations() {
    return multipliers.length;
  }

  public long seed() {
    return seed;
  }

  /** The signature of {@code shingles}; an empty set gets all-ones minima. */
  public Signature sign(ShingleSet shingles) {
    int k = multipliers.length;
    long[] mins = new long[k];
    java.util.Arrays.fill(mins, 0xFFFFFFFFL);
    long[] a = multipliers;
    long[] b = addends;
    for (int s = 0, n = shingles.size(); s < n; s++) {
      long x = shingles.get(s);
      for (int i = 0; i < k; i++) {
        mins[i] = Math.min(mins[i], (a[i] * x + b[i]) >>> 32);
      }
    }
    int[] values = new int[k];
    for (int i = 0; i < k; i++) {
      values[i] = (int) mins[i];
    }
    return new Signature(values);
  }
}
