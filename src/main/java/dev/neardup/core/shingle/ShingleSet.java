package dev.neardup.core.shingle;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The set of an article's shingle hashes, held as a sorted array of distinct 32-bit values so that
 * exact set overlap is one linear merge and costs 4 bytes per shingle.
 *
 * <p>Why 32 bits: the sets are the batch pipeline's largest live data (about 2.6 GB at a million
 * articles with 64-bit values), and every byte of them is copied by the collector and streamed by
 * verification. Two sets of n and m shingles share a value by accident with probability about nm /
 * 2³², under 10⁻⁴ for articles of 600 sampled shingles: far below any score difference that
 * matters.
 *
 * <p>A set made by a {@link Shingler} also remembers the order its shingles came in (each
 * occurrence in text order as an index into the sorted values, 2 bytes each for sets of up to
 * 65,535 shingles): {@link dev.neardup.core.verify.PassageOverlap} needs it to tell shared
 * passages, runs of consecutive shared shingles, from shingles shared here and there (names and
 * stock phrases). Sets built from values alone ({@link #of}, {@link #without}) have no order.
 *
 * <p>Immutable and thread-safe.
 */
public final class ShingleSet {
  private static final ShingleSet EMPTY = new ShingleSet(new int[0]);

  private final int[] sorted;

  /** Text order as indices into {@code sorted}: one of the two when known, else both null. */
  private final char[] order16;

  private final int[] order32;

  /** One bit per occurrence in text order: page chrome (see {@link #withBoilerplate}); or null. */
  private final long[] boilerplate;

  private final int ownOccurrences;

  /**
   * One bit per occurrence in text order: inside a quotation ({@link
   * dev.neardup.core.text.QuoteSpans}); or null.
   */
  private final long[] quoted;

  private ShingleSet(int[] sortedDistinct) {
    this(sortedDistinct, null, null);
  }

  private ShingleSet(int[] sortedDistinct, char[] order16, int[] order32) {
    this(sortedDistinct, order16, order32, null, 0);
  }

  private ShingleSet(
      int[] sortedDistinct, char[] order16, int[] order32, long[] boilerplate, int ownOccurrences) {
    this(sortedDistinct, order16, order32, boilerplate, ownOccurrences, null);
  }

  private ShingleSet(
      int[] sortedDistinct,
      char[] order16,
      int[] order32,
      long[] boilerplate,
      int ownOccurrences,
      long[] quoted) {
    this.sorted = sortedDistinct;
    this.order16 = order16;
    this.order32 = order32;
    this.boilerplate = boilerplate;
    this.ownOccurrences = ownOccurrences;
    this.quoted = quoted;
  }

  /**
   * The same set with the occurrences whose bit is set in {@code quotedBits} (null: none) marked as
   * inside a quotation ({@link #isQuoted}).
   */
  ShingleSet withQuoted(long[] quotedBits) {
    int n = occurrences();
    if (quotedBits == null || n == 0) {
      return this;
    }
    long[] bits = Arrays.copyOf(quotedBits, (n + 63) >>> 6);
    if ((n & 63) != 0) {
      bits[bits.length - 1] &= (1L << n) - 1;
    }
    for (long b : bits) {
      if (b != 0) {
        return new ShingleSet(sorted, order16, order32, boilerplate, ownOccurrences, bits);
      }
    }
    return this;
  }

  /** Whether some occurrence is inside a quotation. */
  public boolean hasQuotes() {
    return quoted != null;
  }

  /** Whether the {@code i}-th occurrence in text order is inside a quotation. */
  public boolean isQuoted(int i) {
    return quoted != null && ((quoted[i >>> 6] >>> i) & 1) != 0;
  }

  /**
   * Builds the set of the given values (in any order, duplicates allowed, not necessarily hashes);
   * copies the array.
   */
  public static ShingleSet of(int... hashes) {
    int[] copy = hashes.clone();
    return distinct(HashSort.small(copy, copy.length), copy.length);
  }

  /**
   * Takes ownership of the first {@code count} entries of {@code hashes}, which it may reorder. The
   * values must be well-mixed hashes: the linear-time sort relies on their top bits being spread
   * evenly (values sharing their top bits would make it quadratic).
   */
  static ShingleSet ofOwned(int[] hashes, int count) {
    return distinct(
        count < 64 ? HashSort.small(hashes, count) : HashSort.bucketSort(hashes, count), count);
  }

  /**
   * As {@link #ofOwned}, and remembers the order of the first {@code count} entries of {@code
   * hashes} (the shingles in text order, repeats included) for {@link
   * dev.neardup.core.verify.PassageOverlap}.
   */
  static ShingleSet ofOwnedInOrder(int[] hashes, int count) {
    return ofInOrder(hashes, count, new ShinglingScratch());
  }

  /**
   * As {@link #ofOwnedInOrder}, sorting in {@code scratch}'s arrays; {@code hashes} may be one of
   * them, which it overwrites: the set keeps copies, never the caller's or the scratch's arrays.
   */
  static ShingleSet ofInOrder(int[] hashes, int count, ShinglingScratch scratch) {
    if (count == 0) {
      return EMPTY;
    }
    // Each occurrence as its value (high half) and text position (low half): one sort of these
    // gives the distinct values and, in the same walk, each position's index among them, where
    // sorting the values and then searching for each occurrence cost a binary search apiece.
    long[] keyed = scratch.keyed(count);
    for (int i = 0; i < count; i++) {
      keyed[i] = ((long) hashes[i] << 32) | i;
    }
    if (count < 64) {
      Arrays.sort(keyed, 0, count);
    } else {
      keyed = HashSort.bucketSort(keyed, count, scratch);
    }
    // Distinct values never outnumber occurrences, so a short text's order fits 16 bits at once.
    char[] order16 = count <= Character.MAX_VALUE ? new char[count] : null;
    int[] order32 = order16 == null ? new int[count] : null;
    int distinct = 0;
    for (int k = 0; k < count; k++) {
      int value = (int) (keyed[k] >>> 32);
      if (distinct == 0 || value != hashes[distinct - 1]) {
        hashes[distinct++] = value;
      }
      if (order16 != null) {
        order16[(int) keyed[k]] = (char) (distinct - 1);
      } else {
        order32[(int) keyed[k]] = distinct - 1;
      }
    }
    int[] sorted = Arrays.copyOf(hashes, distinct);
    if (order32 != null && distinct <= Character.MAX_VALUE) {
      order16 = new char[count];
      for (int i = 0; i < count; i++) {
        order16[i] = (char) order32[i];
      }
      order32 = null;
    }
    return new ShingleSet(sorted, order16, order32);
  }

  private static ShingleSet distinct(int[] sorted, int count) {
    if (count == 0) {
      return EMPTY;
    }
    int distinct = 1;
    for (int i = 1; i < count; i++) {
      if (sorted[i] != sorted[distinct - 1]) {
        sorted[distinct++] = sorted[i];
      }
    }
    return new ShingleSet(distinct == sorted.length ? sorted : Arrays.copyOf(sorted, distinct));
  }

  public int size() {
    return sorted.length;
  }

  public boolean isEmpty() {
    return sorted.length == 0;
  }

  /** The i-th smallest hash (signed order). */
  public int get(int i) {
    return sorted[i];
  }

  /** The subset of hashes {@code drop} rejects; this set itself when it rejects none. */
  public ShingleSet without(IntPredicate drop) {
    boolean[] dropped = new boolean[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      dropped[i] = drop.test(sorted[i]);
    }
    return withoutMarked(dropped);
  }

  /**
   * The subset of values not marked in {@code dropped} (by index); this set itself when none is.
   */
  ShingleSet withoutMarked(boolean[] dropped) {
    int[] kept = new int[sorted.length];
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      // Written unconditionally and kept by advancing: no branch on whether a value is common.
      kept[n] = sorted[i];
      n += dropped[i] ? 0 : 1;
    }
    return n == sorted.length ? this : n == 0 ? EMPTY : new ShingleSet(Arrays.copyOf(kept, n));
  }

  /** Whether the text order of the shingles is known (see the class comment). */
  public boolean hasOrder() {
    return order16 != null || order32 != null;
  }

  /** Shingle occurrences in text order, repeats included; 0 when the order is not known. */
  public int occurrences() {
    return order16 != null ? order16.length : order32 != null ? order32.length : 0;
  }

  /**
   * The set of the first {@code count} shingle occurrences in text order that are not boilerplate
   * (without order itself): the article's lead. This set when its order is not known or it has no
   * more such occurrences.
   */
  public ShingleSet lead(int count) {
    if (!hasOrder() || ownOccurrences() <= count) {
      return this;
    }
    boolean[] inLead = new boolean[sorted.length];
    int distinct = 0;
    for (int i = 0, taken = 0; taken < count; i++) {
      int index = occurrence(i);
      if (isBoilerplate(i)) {
        continue;
      }
      taken++;
      distinct += inLead[index] ? 0 : 1;
      inLead[index] = true;
    }
    int[] values = new int[distinct];
    for (int i = 0, n = 0; i < sorted.length; i++) {
      if (inLead[i]) {
        values[n++] = sorted[i];
      }
    }
    return new ShingleSet(values);
  }

  /**
   * The same set with the occurrences of its values marked {@code common} (by index: in many
   * articles of the batch) marked ({@link #isBoilerplate}) for {@link
   * dev.neardup.core.verify.PassageOverlap} to leave out, by the rule of {@link BoilerplateRule}:
   * all of them when they are a small share of the text, else only those at its edges.
   *
   * @return this set when nothing is marked
   */
  public ShingleSet withBoilerplate(boolean[] common) {
    long[] bits = BoilerplateRule.marks(this, common);
    if (bits == null) {
      return this;
    }
    int marked = 0;
    for (long word : bits) {
      marked += Long.bitCount(word);
    }
    return new ShingleSet(sorted, order16, order32, bits, occurrences() - marked, quoted);
  }

  /**
   * Whether the {@code i}-th occurrence in text order was marked as chrome ({@link
   * #withBoilerplate}).
   */
  public boolean isBoilerplate(int i) {
    return boilerplate != null && ((boilerplate[i >>> 6] >>> i) & 1) != 0;
  }

  /**
   * Occurrences in text order that are not boilerplate; {@link #occurrences()} when none is marked.
   */
  public int ownOccurrences() {
    return boilerplate == null ? occurrences() : ownOccurrences;
  }

  /** The text order when it is held in 16 bits ({@link #occurrence}), else null; not a copy. */
  public char[] order16() {
    return order16;
  }

  /**
   * The boilerplate marks ({@link #isBoilerplate}), one bit per occurrence in text order, or null;
   * not a copy.
   */
  public long[] boilerplateBits() {
    return boilerplate;
  }

  /** Index into the sorted values of the {@code i}-th occurrence in text order. */
  public int occurrence(int i) {
    return order16 != null ? order16[i] : order32[i];
  }

  /**
   * Marks, for every value of this set, whether {@code other} holds it too, by the same merge as
   * {@link #intersectionSize}.
   *
   * @return the number of values marked
   */
  public int markShared(ShingleSet other, boolean[] mine, boolean[] theirs) {
    return markShared(other, mine, theirs, 0);
  }

  /**
   * {@link #markShared(ShingleSet, boolean[], boolean[])} that returns -1 when fewer than {@code
   * needed} values are shared, giving up as soon as fewer can be: for a pair that will be dropped
   * below some overlap, the rest of the merge need not run. The marks are then incomplete. Both
   * arrays must come all false, as for the whole merge.
   */
  public int markShared(ShingleSet other, boolean[] mine, boolean[] theirs, int needed) {
    int[] a = sorted;
    int[] b = other.sorted;
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      int left = Math.min(a.length - i, b.length - j);
      if (common + left < needed) {
        return -1;
      }
      // Each step advances i or j or both, so this many steps stay inside both arrays.
      for (int step = Math.min(left, 64); step > 0; step--) {
        // Branch-free as intersectionSize: a mark written false is never one set before, because
        // a side advances past every value it marks.
        int x = a[i];
        int y = b[j];
        boolean same = x == y;
        mine[i] = same;
        theirs[j] = same;
        common += same ? 1 : 0;
        i += x <= y ? 1 : 0;
        j += x >= y ? 1 : 0;
      }
    }
    return common < needed ? -1 : common;
  }

  public boolean contains(int hash) {
    return Arrays.binarySearch(sorted, hash) >= 0;
  }

  /**
   * Orders sets by size, then by their hashes in ascending order; 0 exactly when the sets are
   * equal. Used to order articles deterministically when nothing else tells them apart.
   */
  public static int compare(ShingleSet a, ShingleSet b) {
    int bySize = Integer.compare(a.sorted.length, b.sorted.length);
    return bySize != 0 ? bySize : Arrays.compare(a.sorted, b.sorted);
  }

  /** Exact number of hashes present in both sets. */
  public int intersectionSize(ShingleSet other) {
    int[] a = sorted;
    int[] b = other.sorted;
    int i = 0;
    int j = 0;
    int common = 0;
    // Branch-free merge: which side advances is data, not control flow, so the unpredictable
    // comparisons of two random hash sequences cost no mispredictions.
    while (i < a.length && j < b.length) {
      int x = a[i];
      int y = b[j];
      common += x == y ? 1 : 0;
      i += x <= y ? 1 : 0;
      j += x >= y ? 1 : 0;
    }
    return common;
  }
}
