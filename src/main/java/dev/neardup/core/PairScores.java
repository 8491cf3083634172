package dev.neardup.core;

/**
 * Exact overlap of two shingle sets A and B, from which every similarity is derived.
 *
 * @param intersection |A ∩ B|
 * @param sizeA        |A|
 * @param sizeB        |B|
 * @param passages     the passages A and B share, or null when the text order of their shingles
 *                     is not known (scores estimated from sketches, sets read back from an index)
 */
public record PairScores(int intersection, int sizeA, int sizeB, PassageOverlap passages) {
  public PairScores {
    if (intersection < 0 || intersection > Math.min(sizeA, sizeB)) {
      throw new IllegalArgumentException(
          "intersection " + intersection + " impossible for set sizes " + sizeA + " and " + sizeB);
    }
  }

  /** Scores without passages. */
  public PairScores(int intersection, int sizeA, int sizeB) {
    this(intersection, sizeA, sizeB, null);
  }

  /** Scores of two sets, by one linear merge, with their passages when both know their order. */
  public static PairScores of(ShingleSet a, ShingleSet b) {
    PassageOverlap passages = PassageOverlap.of(a, b);
    return new PairScores(a.intersectionSize(b), a.size(), b.size(), passages);
  }

  /** |A ∩ B| / |A ∪ B|; 0 for two empty sets. */
  public double jaccard() {
    int union = sizeA + sizeB - intersection;
    return union == 0 ? 0 : (double) intersection / union;
  }

  /** |A ∩ B| / min(|A|, |B|): 1 when the shorter article is wholly inside the longer. */
  public double containment() {
    int min = Math.min(sizeA, sizeB);
    return min == 0 ? 0 : (double) intersection / min;
  }

  /**
   * The share of the shorter article (fewer shingles; on a tie the higher share, so the score is
   * symmetric) that lies in passages both share ({@link PassageOverlap}); the containment when the
   * passages are not known.
   */
  public double passage() {
    if (passages == null) {
      return containment();
    }
    if (sizeA == sizeB) {
      return Math.max(passages.ofA(), passages.ofB());
    }
    return sizeA < sizeB ? passages.ofA() : passages.ofB();
  }

  /** |A ∩ B| / |A|: how much of A is found in B. */
  public double containmentOfA() {
    return sizeA == 0 ? 0 : (double) intersection / sizeA;
  }

  /** |A ∩ B| / |B|: how much of B is found in A. */
  public double containmentOfB() {
    return sizeB == 0 ? 0 : (double) intersection / sizeB;
  }

  /** The same scores seen from B's side. */
  public PairScores swapped() {
    return new PairScores(intersection, sizeB, sizeA, passages == null ? null : passages.swapped());
  }
}
