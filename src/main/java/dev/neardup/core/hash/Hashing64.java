package dev.neardup.core.hash;

/** 64-bit mixing shared by the hashing stages, fixed forever so that hashes are portable. */
public final class Hashing64 {
  private Hashing64() {}

  /** MurmurHash3's fmix64: a bijection that spreads every input bit over the whole word. */
  public static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /**
   * The LSH band key of {@code values[from, to)}: FNV-1a over the 32-bit values, mixed. One
   * definition for the batch finder, the streaming index and the persistent index, whose stored
   * keys must agree with new ones.
   */
  public static long bandKey(int[] values, int from, int to) {
    long h = 0x2545F4914F6CDD1DL;
    for (int i = from; i < to; i++) {
      h = (h ^ (values[i] & 0xFFFFFFFFL)) * 0x100000001b3L;
    }
    return mix(h);
  }
}
