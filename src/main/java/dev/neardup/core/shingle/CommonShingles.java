package dev.neardup.core.shingle;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Shingles found in so many articles of a batch that sharing them is no evidence of a shared story:
 * outlets' footers, datelines, stock phrases and the character n-grams of the commonest words. The
 * batch pipeline leaves them out of MinHash signatures (never out of verification), which keeps LSH
 * candidates close to linear in the batch size.
 *
 * <p>Why: unrelated news articles share 1–4 % of their character 9-shingles, almost all of them
 * common ones. With the banding needed to find truncated copies (Jaccard ≈ 0.1–0.2), such
 * background overlap makes a fixed fraction of all n²/2 pairs into candidates. The cut is a number
 * of articles, not a share of the batch, for the same reason: pairs sharing a shingle found in d
 * articles number d²/2, so with every kept shingle in at most c articles, false candidates grow at
 * most like c × n (a cut of 1 % of n would still let them grow like n²).
 *
 * <p>A shingle is common when more than {@code maxArticles} of the batch's n articles contain it.
 * Document frequency is counted exactly on up to {@link #SAMPLE_SIZE} articles spread evenly over
 * the batch (in the caller's order, which the pipeline makes the id order) and the cut scaled to
 * the sample; frequent shingles are estimated well from a sample, rare ones do not matter.
 *
 * <p>A story syndicated more than the cut times would lose the very shingles its versions share, so
 * {@link #signable} falls back to the whole set for an article that would lose more than {@link
 * #MAX_COMMON_PERCENT} % of its shingles; ordinary articles lose a third or less. Immutable and
 * thread-safe.
 */
public final class CommonShingles implements Serializable {
  // Serializable so that a distributed run (the Spark job) can move it between machines.
  @java.io.Serial private static final long serialVersionUID = 1L;

  /** Articles counted at most; beyond that, an even sample. */
  public static final int SAMPLE_SIZE = 20_000;

  /** Share of an article's shingles above which it is signed whole rather than without them. */
  public static final int MAX_COMMON_PERCENT = 80;

  private static final CommonShingles NONE = new CommonShingles(new int[0], null);
  private static final int FILTER_BITS = 20;

  private final int size;
  // One bit per value of a hash's top FILTER_BITS bits (128 KB): most shingles are rejected with
  // one load; the rest look the hash up in an open-addressing table at most a quarter full.
  private final long[] filter;
  private final int[] table;
  private final boolean hasZero;

  /**
   * The instance found from the same counts at a lower cut, which holds every shingle this one
   * holds; or null.
   */
  private final CommonShingles within;

  private CommonShingles(int[] common, CommonShingles within) {
    this.within = within;
    size = common.length;
    filter = new long[common.length == 0 ? 0 : 1 << (FILTER_BITS - 6)];
    table = new int[Integer.highestOneBit(Math.max(1, common.length) * 4) * 2];
    boolean zero = false;
    int mask = table.length - 1;
    for (int h : common) {
      int bit = h >>> (32 - FILTER_BITS);
      filter[bit >>> 6] |= 1L << bit;
      if (h == 0) { // 0 marks a free slot
        zero = true;
        continue;
      }
      int slot = slot(h, mask);
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = h;
    }
    hasZero = zero;
  }

  /** No common shingles: signatures over whole sets. */
  public static CommonShingles none() {
    return NONE;
  }

  /**
   * The common shingles of a batch of {@code batchSize} articles.
   *
   * @param sets shingle sets of the batch, or of an even sample of it
   * @param batchSize articles in the whole batch (at least {@code sets.size()})
   * @param maxArticles articles above which a shingle is common; 0 finds none
   */
  public static CommonShingles find(List<ShingleSet> sets, int batchSize, int maxArticles) {
    return find(sets, batchSize, new int[] {maxArticles})[0];
  }

  /**
   * {@link #find(List, int, int)} for each of several cuts, from one count of the sample (the batch
   * pipeline needs two: for signatures and for passages' boilerplate); equal cuts give the same
   * instance.
   */
  public static CommonShingles[] find(List<ShingleSet> sets, int batchSize, int... maxArticles) {
    for (int cut : maxArticles) {
      if (cut < 0) {
        throw new IllegalArgumentException("common-shingle cut must not be negative: " + cut);
      }
    }
    if (batchSize < sets.size()) {
      throw new IllegalArgumentException(
          "batch size " + batchSize + " is below the sample size " + sets.size());
    }
    CommonShingles[] found = new CommonShingles[maxArticles.length];
    HashCounts counts = null;
    // Lowest cut first: a shingle above a cut is above every lower one, so each instance lies
    // within the one found before it, and equal cuts come together.
    CommonShingles wider = null;
    int widerCut = -1;
    for (int c : ascending(maxArticles)) {
      if (maxArticles[c] == 0 || maxArticles[c] >= batchSize || sets.isEmpty()) {
        found[c] = NONE;
        continue;
      }
      if (maxArticles[c] == widerCut) {
        found[c] = wider;
        continue;
      }
      if (counts == null) {
        counts = new HashCounts();
        for (ShingleSet set : sets) {
          for (int i = 0, n = set.size(); i < n; i++) {
            counts.increment(set.get(i));
          }
        }
      }
      found[c] =
          new CommonShingles(
              counts.above((double) maxArticles[c] * sets.size() / batchSize), wider);
      wider = found[c];
      widerCut = maxArticles[c];
    }
    return found;
  }

  private static int[] ascending(int[] cuts) {
    return IntStream.range(0, cuts.length)
        .boxed()
        .sorted(Comparator.comparingInt(c -> cuts[c]))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /**
   * Indices of up to {@link #SAMPLE_SIZE} of {@code batchSize} articles spread evenly over the
   * batch: all of them for small batches.
   */
  public static int[] sampleIndices(int batchSize) {
    int count = Math.min(batchSize, SAMPLE_SIZE);
    int[] indices = new int[count];
    for (int i = 0; i < count; i++) {
      indices[i] = (int) ((long) i * batchSize / count);
    }
    return indices;
  }

  public int size() {
    return size;
  }

  public boolean contains(int hash) {
    if (size == 0) {
      return false;
    }
    int bit = hash >>> (32 - FILTER_BITS);
    if ((filter[bit >>> 6] & (1L << bit)) == 0) {
      return false;
    }
    if (hash == 0) {
      return hasZero;
    }
    int mask = table.length - 1;
    for (int slot = slot(hash, mask); table[slot] != 0; slot = (slot + 1) & mask) {
      if (table[slot] == hash) {
        return true;
      }
    }
    return false;
  }

  private static int slot(int hash, int mask) {
    return HashCounts.mix(hash) & mask;
  }

  /**
   * Whether each value of {@code set}, by index, is one of these shingles; null when none can be.
   */
  public boolean[] marks(ShingleSet set) {
    if (size == 0 || set.isEmpty()) {
      return null;
    }
    boolean[] marks = new boolean[set.size()];
    for (int i = 0; i < marks.length; i++) {
      marks[i] = contains(set.get(i));
    }
    return marks;
  }

  /**
   * {@link #marks(ShingleSet)}, given {@code other}'s marks of the same set: they are this
   * instance's when the two are one, and when this one lies within {@code other} (the batch's
   * signature cut is above its boilerplate cut) only values {@code other} marks are looked up. Why:
   * the batch looks up each shingle of every article for both, and those lookups were a twentieth
   * of its CPU.
   */
  public boolean[] marks(ShingleSet set, CommonShingles other, boolean[] otherMarks) {
    if (other == this) {
      return otherMarks;
    }
    if (other != within || size == 0 || set.isEmpty()) {
      return marks(set);
    }
    if (otherMarks == null) {
      return null;
    }
    boolean[] marks = new boolean[set.size()];
    for (int i = 0; i < marks.length; i++) {
      marks[i] = otherMarks[i] && contains(set.get(i));
    }
    return marks;
  }

  /**
   * The shingles of {@code set} to sign: those not common, or the whole set when more than {@link
   * #MAX_COMMON_PERCENT} % of it is common (a story syndicated past the cut keeps the shingles its
   * versions share).
   */
  public ShingleSet signable(ShingleSet set) {
    return signable(set, marks(set));
  }

  /** {@link #signable(ShingleSet)} given the set's {@link #marks}. */
  public ShingleSet signable(ShingleSet set, boolean[] marks) {
    if (marks == null) {
      return set;
    }
    ShingleSet kept = set.withoutMarked(marks);
    return (long) (set.size() - kept.size()) * 100 > (long) MAX_COMMON_PERCENT * set.size()
        ? set
        : kept;
  }

  /**
   * {@code set} with the page chrome among its common shingles marked ({@link
   * ShingleSet#withBoilerplate}): what {@link dev.neardup.core.verify.PassageOverlap} counts is
   * then each article's own text, not the menus and footers it shares with the other pages of its
   * site.
   */
  public ShingleSet ownText(ShingleSet set) {
    return ownText(set, marks(set));
  }

  /** {@link #ownText(ShingleSet)} given the set's {@link #marks}. */
  public ShingleSet ownText(ShingleSet set, boolean[] marks) {
    return marks == null ? set : set.withBoilerplate(marks);
  }

  /** Open-addressing counts of 32-bit hashes; grows at half load. */
  private static final class HashCounts {
    private int[] keys = new int[1 << 16];
    private int[] counts = new int[1 << 16];
    private boolean zeroSeen;
    private int zeroCount;
    private int size;

    void increment(int key) {
      if (key == 0) { // 0 marks a free slot
        zeroSeen = true;
        zeroCount++;
        return;
      }
      int mask = keys.length - 1;
      int slot = mix(key) & mask;
      while (keys[slot] != 0 && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      if (keys[slot] == 0) {
        keys[slot] = key;
        if (++size * 2 > keys.length) {
          counts[slot] = 1;
          grow();
          return;
        }
      }
      counts[slot]++;
    }

    int[] above(double cut) {
      int[] out = new int[16];
      int n = 0;
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] != 0 && counts[i] > cut) {
          if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
          }
          out[n++] = keys[i];
        }
      }
      if (zeroSeen && zeroCount > cut) {
        out = Arrays.copyOf(out, n + 1);
        out[n++] = 0;
      }
      return Arrays.copyOf(out, n);
    }

    private void grow() {
      int[] oldKeys = keys;
      int[] oldCounts = counts;
      keys = new int[oldKeys.length * 2];
      counts = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != 0) {
          int slot = mix(oldKeys[i]) & mask;
          while (keys[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = oldKeys[i];
          counts[slot] = oldCounts[i];
        }
      }
    }

    // Shingle hashes are already mixed, but the table indexes by the low bits while the filter
    // uses the top ones; a cheap multiply keeps the two independent.
    static int mix(int key) {
      int h = key * 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }
}
