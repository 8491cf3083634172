package dev.neardup.core.minhash;

import dev.neardup.core.hash.Hashing64;
import dev.neardup.core.shingle.ShingleSet;
import java.util.SplittableRandom;

/**
 * Computes MinHash signatures of shingle sets by one-permutation hashing with optimal densification
 * (Li, Owen and Zhang 2012; Shrivastava 2017).
 *
 * <p>Algorithm: every shingle's 32-bit value (see {@link ShingleSet}), sign-extended to 64 bits, is
 * re-keyed by the seed through a bijective mixer ({@code fmix64(x ^ key)}); the result's top 32
 * bits pick one of k bins, its low 32 bits are its value, and each bin keeps its smallest value.
 * That is one hash per shingle instead of one per shingle and permutation: a signature of 128
 * values costs as much as 1 of the classic k-permutation scheme. A bin no shingle fell into borrows
 * the value of the first non-empty bin on a probe sequence that depends only on the seed and the
 * bin, so two sets borrow from the same bin whenever both have it filled: the fraction of equal
 * values stays an unbiased estimate of Jaccard similarity, with variance close to that of k
 * independent permutations (MinHasherTest checks both, for sets larger and smaller than k).
 *
 * <p>Deterministic: the keys come only from the seed through {@link SplittableRandom}, whose output
 * is specified, so signatures are identical across runs, JVMs and machines. Persisted signatures
 * carry {@link #ALGORITHM_VERSION}. Immutable and thread-safe.
 */
public final class MinHasher {
  public static final int DEFAULT_PERMUTATIONS = 128;
  public static final long DEFAULT_SEED = 1;

  /**
   * Version of the signature algorithm, stored with persisted signatures: 1 was k-permutation
   * multiply-shift hashing, 2 one-permutation hashing with optimal densification over 64-bit
   * shingle hashes, 3 the same over the 32-bit shingle values of {@link ShingleSet}.
   */
  public static final int ALGORITHM_VERSION = 3;

  private static final long EMPTY = 1L << 32;

  private final int bins;
  private final long key;
  private final long probeKey;
  private final long seed;

  /**
   * @throws IllegalArgumentException when {@code permutations} is not in [1, 4096]
   */
  public MinHasher(int permutations, long seed) {
    if (permutations < 1 || permutations > 4096) {
      throw new IllegalArgumentException("permutations must be in [1, 4096]: " + permutations);
    }
    this.seed = seed;
    this.bins = permutations;
    SplittableRandom random = new SplittableRandom(seed);
    key = random.nextLong();
    probeKey = random.nextLong();
  }

  /** Signature length: the number of bins, each standing in for one permutation. */
  public int permutations() {
    return bins;
  }

  public long seed() {
    return seed;
  }

  /** The signature of {@code shingles}; an empty set gets all-ones values. */
  public Signature sign(ShingleSet shingles) {
    int k = bins;
    long[] mins = new long[k];
    java.util.Arrays.fill(mins, EMPTY);
    for (int s = 0, n = shingles.size(); s < n; s++) {
      long h = Hashing64.mix(shingles.get(s) ^ key);
      int bin = bin(h, k);
      long v = h & 0xFFFFFFFFL;
      long d = v - mins[bin];
      mins[bin] += d & (d >> 63);
    }
    int[] values = new int[k];
    if (shingles.isEmpty()) {
      java.util.Arrays.fill(values, -1);
      return new Signature(values);
    }
    for (int i = 0; i < k; i++) {
      long m = mins[i];
      for (long attempt = 0; m == EMPTY; attempt++) {
        m =
            mins[
                bin(
                    Hashing64.mix(
                        probeKey + i * 0x9E3779B97F4A7C15L + attempt * 0xC2B2AE3D27D4EB4FL),
                    k)];
      }
      values[i] = (int) m;
    }
    return new Signature(values);
  }

  /** Maps the top 32 bits of {@code h} evenly onto [0, k). */
  private static int bin(long h, int k) {
    return (int) (((h >>> 32) * k) >>> 32);
  }
}
