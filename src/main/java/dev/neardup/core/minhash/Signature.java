package dev.neardup.core.minhash;

import dev.neardup.core.hash.Hashing64;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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

  /**
   * How many of {@code a[from, from + length)} equal {@code b[0, length)}, position by position.
   */
  public static int agreeing(int[] a, int from, int[] b, int length) {
    int differing = 0;
    // Branch-free: whether two values agree is a coin toss the branch predictor cannot learn, and
    // this runs once per pair a band yields. (x | -x) >>> 31 is 1 exactly when x != 0: plain
    // arithmetic, 1.6-1.7 times as fast on JDK 17 as counting equal values with a ternary.
    for (int i = 0; i < length; i++) {
      int x = a[from + i] ^ b[i];
      differing += (x | -x) >>> 31;
    }
    return length - differing;
  }

  /** The values themselves, for the core's inner loops, which must not modify them. */
  public int[] shared() {
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
    return (double) agreeing(values, 0, other.values, values.length) / values.length;
  }

  /**
   * The values as little-endian 32-bit integers, {@code 4 × length} bytes: how sketch files and the
   * index store a signature.
   */
  public byte[] toBytes() {
    ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    for (int v : values) {
      b.putInt(v);
    }
    return b.array();
  }

  /**
   * Reads {@link #toBytes()} back.
   *
   * @throws IllegalArgumentException when {@code bytes} is empty or not a whole number of values
   */
  public static Signature fromBytes(byte[] bytes) {
    if (bytes == null || bytes.length == 0 || bytes.length % 4 != 0) {
      throw new IllegalArgumentException(
          "stored signature of "
              + (bytes == null ? 0 : bytes.length)
              + " bytes is not a whole number of 32-bit values");
    }
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int[] values = new int[bytes.length / 4];
    for (int i = 0; i < values.length; i++) {
      values[i] = b.getInt();
    }
    return new Signature(values);
  }

  /** Hash of the values {@code [from, to)}; the LSH band key. */
  public long bandKey(int from, int to) {
    return Hashing64.bandKey(values, from, to);
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
