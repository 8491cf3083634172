package dev.neardup.core.verify;

import dev.neardup.core.shingle.ShingleSet;

/**
 * How much of two articles lies in passages they share: runs of at least {@link #MIN_RUN}
 * consecutive shingles (in each article's text order) that the other article also holds.
 *
 * <p>Why: plain containment counts every shared shingle, wherever it is. Articles on one event
 * share names, titles and stock phrases ("Russian President Vladimir Putin") scattered through
 * them, and a short item is cheaply "contained" in a long page on its topic that way; versions of
 * one story share sentences and paragraphs. Counting only shingles inside shared runs keeps the
 * second and drops the first. With the default 1-in-4 character 9-shingles a run of {@value
 * #MIN_RUN} sampled shingles spans about 24 characters, four or five words.
 *
 * <p>Where the shared text starts in each article ({@link #leadOfA()}, {@link #leadOfB()}) tells a
 * teaser, which repeats the other's lead, from a brief that is one entry in the middle of a live
 * page or digest.
 *
 * @param coveredA occurrences of A's shingles (text order, repeats included) inside shared runs,
 *     not counting boilerplate ({@link ShingleSet#withBoilerplate})
 * @param occurrencesA occurrences of A's shingles that are not boilerplate
 * @param firstA occurrence index where A's first shared run starts; {@code occurrencesA} when there
 *     is none
 * @param coveredB as {@code coveredA}, for B
 * @param occurrencesB as {@code occurrencesA}, for B
 * @param firstB as {@code firstA}, for B
 * @param quotedA of {@code coveredA}, the occurrences inside a quotation
 * @param quotedB as {@code quotedA}, for B
 */
public record PassageOverlap(
    int coveredA,
    int occurrencesA,
    int firstA,
    int coveredB,
    int occurrencesB,
    int firstB,
    int quotedA,
    int quotedB) {
  /** Consecutive shared shingles that make a passage. */
  public static final int MIN_RUN = 4;

  public PassageOverlap {
    if (coveredA < 0
        || coveredA > occurrencesA
        || coveredB < 0
        || coveredB > occurrencesB
        || quotedA < 0
        || quotedA > coveredA
        || quotedB < 0
        || quotedB > coveredB
        || firstA < 0
        || firstA > occurrencesA
        || firstB < 0
        || firstB > occurrencesB) {
      throw new IllegalArgumentException(
          "impossible passage overlap: "
              + coveredA
              + "/"
              + occurrencesA
              + " from "
              + firstA
              + ", "
              + coveredB
              + "/"
              + occurrencesB
              + " from "
              + firstB);
    }
  }

  /**
   * The passages two sets share, or null unless both know their text order ({@link
   * ShingleSet#hasOrder()}).
   */
  public static PassageOverlap of(ShingleSet a, ShingleSet b) {
    return of(a, b, MIN_RUN);
  }

  /** As {@link #of(ShingleSet, ShingleSet)} with runs of at least {@code minRun} shingles. */
  public static PassageOverlap of(ShingleSet a, ShingleSet b, int minRun) {
    if (minRun < 1) {
      throw new IllegalArgumentException("a passage needs at least one shingle: " + minRun);
    }
    if (!a.hasOrder() || !b.hasOrder()) {
      return null;
    }
    boolean[] sharedA = new boolean[a.size()];
    boolean[] sharedB = new boolean[b.size()];
    a.markShared(b, sharedA, sharedB);
    return of(a, sharedA, b, sharedB, minRun);
  }

  /** The passages of two sets whose shared values {@link ShingleSet#markShared} marked. */
  static PassageOverlap of(
      ShingleSet a, boolean[] sharedA, ShingleSet b, boolean[] sharedB, int minRun) {
    long runsA = runs(a, sharedA, minRun);
    long runsB = runs(b, sharedB, minRun);
    return new PassageOverlap(
        (int) runsA,
        a.ownOccurrences(),
        (int) (runsA >>> 32),
        (int) runsB,
        b.ownOccurrences(),
        (int) (runsB >>> 32),
        quotedInRuns(a, sharedA, minRun),
        quotedInRuns(b, sharedB, minRun));
  }

  /**
   * Of the occurrences {@link #runs} counts as covered, those inside a quotation: a second pass,
   * made only for texts with quotations.
   */
  private static int quotedInRuns(ShingleSet set, boolean[] shared, int minRun) {
    if (!set.hasQuotes()) {
      return 0;
    }
    int n = set.occurrences();
    int quoted = 0;
    int run = 0;
    int quotedInRun = 0;
    for (int i = 0; i <= n; i++) {
      if (i < n && shared[set.occurrence(i)]) {
        run++;
        quotedInRun += !set.isBoilerplate(i) && set.isQuoted(i) ? 1 : 0;
        continue;
      }
      quoted += run >= minRun ? quotedInRun : 0;
      run = 0;
      quotedInRun = 0;
    }
    return quoted;
  }

  /**
   * Covered occurrences in the low half, the first run's start (or the count) in the high half,
   * both counting only occurrences that are not boilerplate: runs are found over the whole text, so
   * a common shingle inside a copied sentence does not break it, but a menu or footer two pages
   * share adds nothing.
   */
  private static long runs(ShingleSet set, boolean[] shared, int minRun) {
    char[] order = set.order16();
    return order != null
        ? runs(order, set.boilerplateBits(), shared, minRun)
        : runsByOccurrence(set, shared, minRun);
  }

  /**
   * {@link #runs(ShingleSet, boolean[], int)} reading a 16-bit text order and the marks (one bit
   * per occurrence) directly.
   */
  private static long runs(char[] order, long[] boilerplate, boolean[] shared, int minRun) {
    int covered = 0;
    int first = -1;
    int run = 0;
    int ownInRun = 0;
    int own = 0;
    int ownAtRunStart = 0;
    for (int i = 0; i < order.length; i++) {
      char index = order[i];
      int isOwn = boilerplate == null ? 1 : 1 - (int) ((boilerplate[i >>> 6] >>> i) & 1);
      if (shared[index]) {
        if (run == 0) {
          ownAtRunStart = own;
        }
        run++;
        ownInRun += isOwn;
      } else {
        if (run >= minRun && ownInRun > 0) {
          covered += ownInRun;
          if (first < 0) {
            first = ownAtRunStart;
          }
        }
        run = 0;
        ownInRun = 0;
      }
      own += isOwn;
    }
    if (run >= minRun && ownInRun > 0) {
      covered += ownInRun;
      if (first < 0) {
        first = ownAtRunStart;
      }
    }
    return ((long) (first < 0 ? own : first) << 32) | covered;
  }

  private static long runsByOccurrence(ShingleSet set, boolean[] shared, int minRun) {
    int n = set.occurrences();
    int covered = 0;
    int first = -1;
    int run = 0;
    int ownInRun = 0;
    int own = 0;
    int ownAtRunStart = 0;
    for (int i = 0; i <= n; i++) {
      int index = i < n ? set.occurrence(i) : -1;
      if (index >= 0 && shared[index]) {
        if (run == 0) {
          ownAtRunStart = own;
        }
        run++;
        if (!set.isBoilerplate(i)) {
          ownInRun++;
          own++;
        }
        continue;
      }
      if (run >= minRun && ownInRun > 0) {
        covered += ownInRun;
        if (first < 0) {
          first = ownAtRunStart;
        }
      }
      run = 0;
      ownInRun = 0;
      if (index >= 0 && !set.isBoilerplate(i)) {
        own++;
      }
    }
    return ((long) (first < 0 ? own : first) << 32) | covered;
  }

  /**
   * The most {@link #ofA()} can be for {@code set} as A when it shares {@code shared} distinct
   * values with B, without finding the passages: every value of A that B lacks occurs at least once
   * outside them, and as an own occurrence unless all its occurrences are boilerplate, which at
   * most the marked occurrences can make so. Exact arithmetic on the same counts, so {@code ofA()
   * <= maxShare(a, |A ∩ B|)} holds in doubles too (division is monotonic).
   */
  static double maxShare(ShingleSet set, int shared) {
    int own = set.ownOccurrences();
    if (own == 0) {
      return 0;
    }
    int marked = set.occurrences() - own;
    int ownUnshared = Math.max(0, set.size() - shared - marked);
    return (double) (own - ownUnshared) / own;
  }

  /** Share of A inside shared passages. */
  public double ofA() {
    return occurrencesA == 0 ? 0 : (double) coveredA / occurrencesA;
  }

  /** Share of B inside shared passages. */
  public double ofB() {
    return occurrencesB == 0 ? 0 : (double) coveredB / occurrencesB;
  }

  /** Share of A before its first shared passage: 0 when A's lead is shared, 1 when nothing is. */
  public double leadOfA() {
    return occurrencesA == 0 ? 1 : (double) firstA / occurrencesA;
  }

  /** Share of B before its first shared passage. */
  public double leadOfB() {
    return occurrencesB == 0 ? 1 : (double) firstB / occurrencesB;
  }

  /**
   * Share of the longer article from which shared text starting later is past its lead (with at
   * least {@link #LEAD_OF_SHORTER} of the shorter article's length allowed, for a headline and
   * standfirst above a teaser).
   */
  public static final double LEAD_SHARE = 0.2;

  /** Share of the shorter article from which shared text starting later is past its own lead. */
  public static final double OWN_LEAD_SHARE = 0.5;

  /** Shorter article's length allowed above the shared text in the longer one. */
  public static final double LEAD_OF_SHORTER = 0.5;

  /**
   * Whether A, taken as the shorter article, shares its passages with B only past B's lead or past
   * its own: A is then not a version of B but inside it, or quotes it.
   */
  public boolean sitsInside() {
    double leadB = Math.max(LEAD_SHARE * occurrencesB, LEAD_OF_SHORTER * occurrencesA);
    return firstB > leadB || startsPastOwnLeadOfA();
  }

  /** Whether A's first shared passage starts past its own lead ({@link #OWN_LEAD_SHARE}). */
  public boolean startsPastOwnLeadOfA() {
    return firstA > OWN_LEAD_SHARE * occurrencesA;
  }

  /**
   * Share of quotation in A's passages above which they are quotes only: two stories quoting one
   * statement or tweet, which versions of a story share along with their narrative.
   */
  public static final double QUOTES_ONLY_SHARE = 0.8;

  /** Whether A's shared passages are nearly all quotation ({@link #QUOTES_ONLY_SHARE}). */
  public boolean quotesOnlyOfA() {
    return coveredA > 0 && quotedA > QUOTES_ONLY_SHARE * coveredA;
  }

  /** Share of A in passages outside quotations. */
  public double unquotedOfA() {
    return occurrencesA == 0 ? 0 : (double) (coveredA - quotedA) / occurrencesA;
  }

  /** Share of B in passages outside quotations. */
  public double unquotedOfB() {
    return occurrencesB == 0 ? 0 : (double) (coveredB - quotedB) / occurrencesB;
  }

  /** The same overlap seen from B's side. */
  public PassageOverlap swapped() {
    return new PassageOverlap(
        coveredB, occurrencesB, firstB, coveredA, occurrencesA, firstA, quotedB, quotedA);
  }
}
