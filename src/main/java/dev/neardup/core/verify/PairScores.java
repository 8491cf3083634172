package dev.neardup.core.verify;

import dev.neardup.core.shingle.ShingleSet;

/**
 * Exact overlap of two shingle sets A and B, from which every similarity is derived.
 *
 * @param intersection |A ∩ B|
 * @param sizeA |A|
 * @param sizeB |B|
 * @param passages the passages A and B share, or null when the text order of their shingles is not
 *     known (scores estimated from sketches, sets read back from an index)
 * @param evidence figures and publication times of the two, or null when not known
 */
public record PairScores(
    int intersection, int sizeA, int sizeB, PassageOverlap passages, StoryEvidence evidence) {
  public PairScores {
    if (intersection < 0 || intersection > Math.min(sizeA, sizeB)) {
      throw new IllegalArgumentException(
          "intersection " + intersection + " impossible for set sizes " + sizeA + " and " + sizeB);
    }
  }

  /** Scores without passages or evidence. */
  public PairScores(int intersection, int sizeA, int sizeB) {
    this(intersection, sizeA, sizeB, null, null);
  }

  /** Scores of two sets, by one linear merge, with their passages when both know their order. */
  public static PairScores of(ShingleSet a, ShingleSet b) {
    return ofReaching(a, b, 0, null);
  }

  /**
   * Scores of two fingerprinted articles: their shingle sets' scores and their {@link
   * StoryEvidence}.
   */
  public static PairScores of(Fingerprint a, Fingerprint b) {
    return ofReaching(a, b, 0);
  }

  /**
   * {@link #of(Fingerprint, Fingerprint)} for a pair that could score at least {@code level} by
   * some {@link Measure}, else null.
   */
  public static PairScores ofReaching(Fingerprint a, Fingerprint b, double level) {
    // The evidence only for pairs that can reach the level: most candidates cannot.
    PairScores scores = ofReaching(a.shingles(), b.shingles(), level, null);
    return scores == null ? null : scores.withEvidence(StoryEvidence.of(a, b));
  }

  private PairScores withEvidence(StoryEvidence value) {
    return new PairScores(intersection, sizeA, sizeB, passages, value);
  }

  /**
   * {@link #of} for a pair that could score at least {@code level} by some {@link Measure}, else
   * null, found from the merge alone, before the passages are looked for: Jaccard never exceeds
   * containment, and neither side's passage share exceeds {@link PassageOverlap#maxShare}.
   */
  public static PairScores ofReaching(
      ShingleSet a, ShingleSet b, double level, StoryEvidence evidence) {
    if (!a.hasOrder() || !b.hasOrder()) {
      return plainReaching(a, b, level, evidence);
    }
    int needed = leastReaching(a, b, level);
    if (needed > Math.min(a.size(), b.size())) {
      return null;
    }
    // One merge marks the shared values for the passages and counts them, and stops once too few
    // are left to share: most candidates fail, and in a dense batch their merges were a fifth of
    // its CPU.
    boolean[] sharedA = new boolean[a.size()];
    boolean[] sharedB = new boolean[b.size()];
    int intersection = a.markShared(b, sharedA, sharedB, needed);
    if (intersection < needed) {
      return null;
    }
    return new PairScores(
        intersection,
        a.size(),
        b.size(),
        PassageOverlap.of(a, sharedA, b, sharedB, PassageOverlap.MIN_RUN),
        evidence);
  }

  /**
   * The least intersection at which two sets could score at least {@code level} by some measure,
   * found before their merge: their containment, or either side's {@link PassageOverlap#maxShare},
   * reaches it. All three only grow with the intersection, so a binary search finds it, by the very
   * comparisons a check after the merge would make. Above {@code min(|A|, |B|)} when none can.
   */
  private static int leastReaching(ShingleSet a, ShingleSet b, double level) {
    int low = 0;
    int high = Math.min(a.size(), b.size()) + 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (new PairScores(mid, a.size(), b.size()).containment() >= level
          || PassageOverlap.maxShare(a, mid) >= level
          || PassageOverlap.maxShare(b, mid) >= level) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  /**
   * The scores of two fingerprints without their passages, or null when their containment (so their
   * Jaccard too) is below {@code level}: for measures that do not read passages.
   */
  public static PairScores plainReaching(Fingerprint a, Fingerprint b, double level) {
    PairScores scores = plainReaching(a.shingles(), b.shingles(), level, null);
    return scores == null ? null : scores.withEvidence(StoryEvidence.of(a, b));
  }

  private static PairScores plainReaching(
      ShingleSet a, ShingleSet b, double level, StoryEvidence evidence) {
    PairScores plain = new PairScores(a.intersectionSize(b), a.size(), b.size(), null, evidence);
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
   * follow-up reuses, sit in the middle of the other, which is a different document. When the
   * passages are nearly all quotation ({@link PassageOverlap#quotesOnlyOfA}), only their part
   * outside quotations counts: two stories quoting one statement. On a tie in size the higher
   * share, so the score is symmetric. The containment when passages are not known; 0 when the
   * {@link StoryEvidence} says different stories.
   */
  public double passage() {
    if (evidence != null && evidence.differentStories()) {
      return 0;
    }
    if (passages == null) {
      return containment();
    }
    PassageOverlap p = fromShorter();
    if (p.sitsInside()) {
      return p.quotesOnlyOfA() ? p.unquotedOfB() : p.ofB();
    }
    return p.quotesOnlyOfA() ? p.unquotedOfA() : p.ofA();
  }

  /**
   * How {@link #passage()} reached its value, in words: what says different stories, or whose share
   * it is and why.
   */
  public String verdict() {
    return verdict("A", "B");
  }

  /**
   * {@link #verdict()} naming A {@code nameA} and B {@code nameB} (say "this copy", "the
   * representative").
   */
  public String verdict(String nameA, String nameB) {
    if (evidence != null && evidence.differentStories()) {
      return "different stories: " + evidence.reason();
    }
    if (passages == null) {
      return "no text order known: containment";
    }
    PassageOverlap p = fromShorter();
    String shorter = p == passages ? nameA : nameB;
    String longer = p == passages ? nameB : nameA;
    String quotes =
        p.quotesOnlyOfA() ? ", outside quotations (the passages are nearly all quotes)" : "";
    return p.sitsInside()
        ? "the passages sit inside "
            + (p.startsPastOwnLeadOfA() ? shorter : longer)
            + " past its lead: "
            + longer
            + "'s share counts"
            + quotes
        : shorter
            + " (the shorter) shares its lead with "
            + longer
            + ": "
            + shorter
            + "'s share counts"
            + quotes;
  }

  /**
   * The passages seen from the shorter article (fewer shingles) as A; on a tie in size from the one
   * with the higher share, so that {@link #passage()} is symmetric.
   */
  private PassageOverlap fromShorter() {
    return sizeA < sizeB || (sizeA == sizeB && passages.ofA() >= passages.ofB())
        ? passages
        : passages.swapped();
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
    return new PairScores(
        intersection, sizeB, sizeA, passages == null ? null : passages.swapped(), evidence);
  }
}
