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
    return ofReaching(a, b, 0);
  }

  /**
   * {@link #of} for a pair that could score at least {@code level} by some {@link Measure}, else
   * null, found from the merge alone, before the passages are looked for: Jaccard never exceeds
   * containment, and neither side's passage share exceeds {@link PassageOverlap#maxShare}.
   */
  static PairScores ofReaching(ShingleSet a, ShingleSet b, double level) {
    if (!a.hasOrder() || !b.hasOrder()) {
      return plainReaching(a, b, level);
    }
    // One merge marks the shared values for the passages and counts them.
    boolean[] sharedA = new boolean[a.size()];
    boolean[] sharedB = new boolean[b.size()];
    int intersection = a.markShared(b, sharedA, sharedB);
    if (new PairScores(intersection, a.size(), b.size()).containment() < level
        && PassageOverlap.maxShare(a, intersection) < level && PassageOverlap.maxShare(b, intersection) < level) {
      return null;
    }
    return new PairScores(intersection, a.size(), b.size(),
        PassageOverlap.of(a, sharedA, b, sharedB, PassageOverlap.MIN_RUN));
  }

  /**
   * The scores of two sets without their passages, or null when their containment (so their
   * Jaccard too) is below {@code level}: for measures that do not read passages.
   */
  static PairScores plainReaching(ShingleSet a, ShingleSet b, double level) {
    PairScores plain = new PairScores(a.intersectionSize(b), a.size(), b.size(), null);
    return plain.containment() >= level ? plain : null;
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
   * The share of the shorter article (fewer shingles) that lies in passages both share ({@link
   * PassageOverlap}), unless those passages sit inside the longer one past its lead, or past the
   * shorter one's lead: then the longer one's share. A teaser or a truncation repeats the other's
   * lead; a brief that is one entry of a live page or digest, or the background paragraphs a
   * follow-up reuses, sit in the middle of the other, which is a different document. On a tie in
   * size the higher share, so the score is symmetric. The containment when passages are not known.
   */
  public double passage() {
    if (passages == null) {
      return containment();
    }
    PassageOverlap p = sizeA < sizeB || (sizeA == sizeB && passages.ofA() >= passages.ofB()) ? passages : passages.swapped();
    return p.sitsInside() ? p.ofB() : p.ofA();
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
