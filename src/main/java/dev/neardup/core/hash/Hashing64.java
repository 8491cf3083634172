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
}
