package dev.neardup.core.lsh;

import dev.neardup.core.hash.Hashing64;
import dev.neardup.core.minhash.LowBitsJaccard;
import dev.neardup.core.minhash.Signature;
import java.util.Arrays;

/**
 * Incremental LSH: signatures are added one at a time and numbered 0, 1, 2, …; a query returns the
 * numbers of every added signature that agrees with it on all rows of at least one band.
 *
 * <p>Built for streams of millions of articles: it keeps no text and no shingles. Per article it
 * stores the low {@value #VALUE_BITS} bits of each signature value ({@link LowBitsJaccard}: the
 * estimates stay within a rounding of the full values', while the full values took twice the room)
 * and one 32-bit chain link per band, so {@code 2 × permutations + 4 × bands} bytes (a little more
 * when a band has an odd number of rows: values are packed two to an int); per band there is one
 * array of bucket heads with a bucket for every one or two articles, so {@code 2 × bands} to {@code
 * 4 × bands} bytes more ({@link #bytesPerArticle}). At 128 permutations and 64 bands that is 640 to
 * 768 bytes per article, 0.64 GB at a million (it was 1.0 to 1.3 KB with full values and a bucket
 * per article). A band of {@code rows} values is compared on {@code 16 × rows} bits, so two
 * unrelated articles share a band by accident with probability 2<sup>-32</sup> at two rows.
 *
 * <p>An article's record keeps each band's chain link beside that band's values: a query walks
 * chains of articles spread over the whole index, and with the links and the values in arrays of
 * their own every step was two cache misses (at a million articles that walk was a third of the
 * stream's CPU samples); side by side they share a cache line.
 *
 * <p>Everything is held in arrays of at most 256 KiB (chunks of articles, pages of bucket heads),
 * allocated once and never copied as the index grows, except the heads when the buckets double: the
 * garbage collector (G1) stores an array of half a region or more (regions are 1 to 32 MiB) in
 * whole regions of its own, which left up to half of each region empty.
 *
 * <p>A bucket may chain unrelated articles; a query walks the chain and keeps only those whose band
 * values really equal its own, so the result is exact for the banding of the stored bits. Like
 * every LSH result the candidates are only probably similar and must be verified.
 *
 * <p>A band key shared by very many articles is a key of common shingles, not evidence of a shared
 * story, and walking its chain for every query made a stream's cost grow with the square of its
 * length. A query therefore takes at most {@link #MAX_MATCHES_PER_BAND} matches from each band's
 * chain, the most recently added ones; a real copy shares rarer keys in other bands too.
 *
 * <p>Deterministic: candidates come back in the same order for the same additions and query (the
 * chains of all bands walked a step at a time, each newest first). Not thread-safe.
 */
public final class LshIndex {
  /** Matches a query takes from one band's chain at most. */
  public static final int MAX_MATCHES_PER_BAND = 16;

  /** Low bits of each signature value the index keeps. */
  public static final int VALUE_BITS = 16;

  /** Largest array the index allocates: under half of G1's smallest region (1 MiB). */
  private static final int ARRAY_BYTES = 256 << 10;

  /** Bucket heads per page: {@link #ARRAY_BYTES} of ints. */
  private static final int PAGE_SHIFT = 16;

  private static final int EMPTY = -1;
  private static final int INITIAL_BUCKETS = 1024;

  /**
   * Articles per bucket at most, on average, before the buckets double. Why not 4: 64 MB less at a
   * million articles, but a query walks past twice as many unrelated articles, 18 % more CPU.
   */
  private static final int LOAD = 2;

  private final int rows;
  private final int bands;
  private final int permutations;

  /** Ints of a band's values, two 16-bit values to an int. */
  private final int bandValueInts;

  /** Ints of a band in a record: its chain link, then its values. */
  private final int bandInts;

  /** Ints of a record: every band, then the values past the bands, packed the same way. */
  private final int recordInts;

  /** Empty halves of the packed ints, zero in every record: they agree, but are no values. */
  private final int paddingHalves;

  /** Articles per chunk are {@code 1 << chunkShift}. */
  private final int chunkShift;

  /** Per chunk: each article's record, {@link #recordInts} apiece. */
  private int[][] records = new int[0][];

  /** Per band: its bucket heads, in pages of {@code 1 << PAGE_SHIFT}. */
  private final int[][][] heads;

  private int mask;
  private int size;
  private int[] seen = new int[INITIAL_BUCKETS];
  private int stamp;

  /** A query's chains still walked: their band, next article and matches taken so far. */
  private final int[] walkingBands;

  private final int[] walkingAt;
  private final int[] walkingMatches;

  /** The last signature queried or estimated against, and its record (chain links empty). */
  private Signature lastQuery;

  private int[] lastRecord;

  /**
   * @param params the banding
   * @param permutations signature length; every signature added or queried must have it
   * @throws IllegalArgumentException when the banding needs more values than {@code permutations}
   */
  public LshIndex(LshParams params, int permutations) {
    if (params.width() > permutations) {
      throw new IllegalArgumentException(
          "bands × rows = " + params.width() + " exceeds the " + permutations + " permutations");
    }
    this.rows = params.rows();
    this.bands = params.bands();
    this.permutations = permutations;
    this.bandValueInts = (rows + 1) / 2;
    this.bandInts = 1 + bandValueInts;
    int rest = permutations - params.width();
    this.recordInts = bands * bandInts + (rest + 1) / 2;
    this.paddingHalves = bands * (2 * bandValueInts - rows) + rest % 2;
    this.chunkShift =
        Math.max(
            0, Integer.numberOfTrailingZeros(Integer.highestOneBit(ARRAY_BYTES / 4 / recordInts)));
    this.walkingBands = new int[bands];
    this.walkingAt = new int[bands];
    this.walkingMatches = new int[bands];
    this.heads = new int[bands][][];
    for (int b = 0; b < bands; b++) {
      heads[b] = emptyHeads(INITIAL_BUCKETS);
    }
    this.mask = INITIAL_BUCKETS - 1;
  }

  /**
   * Heap bytes an added article takes with this banding, on average over a doubling of the buckets:
   * its record of values and chain links, its share of the bucket heads ({@code 2 × bands} to
   * {@code 4 × bands} bytes) and of a query's marks (4 to 8 bytes).
   */
  public static long bytesPerArticle(LshParams params, int permutations) {
    long rest = permutations - (long) params.width();
    long recordInts = params.bands() * (1L + (params.rows() + 1) / 2) + (rest + 1) / 2;
    return 4L * recordInts + 6L * params.bands() / LOAD + 6;
  }

  /** Number of signatures added. */
  public int size() {
    return size;
  }

  /**
   * Adds {@code signature} and returns its number ({@link #size()} before the call).
   *
   * @throws IllegalArgumentException when its length is not the index's permutation count
   */
  public int add(Signature signature) {
    int[] record = record(signature);
    if (size == Integer.MAX_VALUE - 1) {
      throw new IllegalStateException("index is full");
    }
    if (size >= (long) LOAD * (mask + 1)) {
      rebuild((mask + 1) * 2);
    }
    int number = size;
    int chunk = number >>> chunkShift;
    if (chunk == records.length) {
      records = Arrays.copyOf(records, Math.max(16, chunk * 2));
    }
    if (records[chunk] == null) {
      records[chunk] = new int[recordInts << chunkShift];
    }
    System.arraycopy(record, 0, records[chunk], recordOffset(number), recordInts);
    size++;
    for (int b = 0; b < bands; b++) {
      link(b, number);
    }
    return number;
  }

  /**
   * Numbers of the added signatures sharing at least one band with {@code signature}, without
   * repeats, nearest the heads of the bands' chains first (not sorted: a caller that needs an order
   * decides it, which is cheaper than sorting up to {@value #MAX_MATCHES_PER_BAND} per band on
   * every query).
   *
   * @throws IllegalArgumentException when its length is not the index's permutation count
   */
  public int[] candidates(Signature signature) {
    int[] query = record(signature);
    if (seen.length < size) {
      seen = Arrays.copyOf(seen, Math.max(size, seen.length * 2));
    }
    if (++stamp == Integer.MAX_VALUE) {
      Arrays.fill(seen, 0);
      stamp = 1;
    }
    int walking = 0;
    for (int b = 0; b < bands; b++) {
      int n = head(b, bucket(query, b * bandInts));
      if (n != EMPTY) {
        walkingBands[walking] = b;
        walkingAt[walking] = n;
        walkingMatches[walking] = 0;
        walking++;
      }
    }
    int[] out = new int[16];
    int count = 0;
    // One step of every band's chain per round: the steps of a round are independent loads the
    // processor overlaps, where one chain after another waited for each miss in turn.
    while (walking > 0) {
      int still = 0;
      for (int w = 0; w < walking; w++) {
        int b = walkingBands[w];
        int n = walkingAt[w];
        int[] chunk = records[n >>> chunkShift];
        int at = recordOffset(n) + b * bandInts;
        int matches = walkingMatches[w];
        if (sameBand(chunk, at, query, b * bandInts)) {
          matches++;
          if (seen[n] != stamp) {
            seen[n] = stamp;
            if (count == out.length) {
              out = Arrays.copyOf(out, count * 2);
            }
            out[count++] = n;
          }
        }
        int next = chunk[at];
        if (next != EMPTY && matches < MAX_MATCHES_PER_BAND) {
          walkingBands[still] = b;
          walkingAt[still] = next;
          walkingMatches[still] = matches;
          still++;
        }
      }
      walking = still;
    }
    return Arrays.copyOf(out, count);
  }

  /** Whether the band's values at {@code at} in {@code chunk} equal the query's at {@code band}. */
  private boolean sameBand(int[] chunk, int at, int[] query, int band) {
    for (int i = 1; i <= bandValueInts; i++) {
      if (chunk[at + i] != query[band + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Estimated Jaccard similarity of {@code signature} and added signature {@code number}, from the
   * low bits of their values ({@link LowBitsJaccard}).
   */
  public double estimateJaccard(Signature signature, int number) {
    int[] query = record(signature);
    if (number < 0 || number >= size) {
      throw new IllegalArgumentException("no signature number " + number + " among " + size);
    }
    int[] chunk = records[number >>> chunkShift];
    int offset = recordOffset(number);
    int equal = 0;
    for (int band = 0, end = bands * bandInts; band < end; band += bandInts) {
      for (int i = band + 1; i <= band + bandValueInts; i++) {
        equal += equalHalves(chunk[offset + i] ^ query[i]);
      }
    }
    for (int i = bands * bandInts; i < recordInts; i++) {
      equal += equalHalves(chunk[offset + i] ^ query[i]);
    }
    return LowBitsJaccard.estimate(equal - paddingHalves, permutations, VALUE_BITS);
  }

  /**
   * How many 16-bit halves of {@code difference} are zero, without a branch (as {@code
   * Signature.agreeing}: whether two values agree is a coin toss).
   */
  private static int equalHalves(int difference) {
    return (((difference & 0xFFFF) - 1) >>> 31) + (((difference >>> 16) - 1) >>> 31);
  }

  private int recordOffset(int number) {
    return (number & ((1 << chunkShift) - 1)) * recordInts;
  }

  private int head(int b, int bucket) {
    return heads[b][bucket >>> PAGE_SHIFT][bucket & ((1 << PAGE_SHIFT) - 1)];
  }

  /** Pushes article {@code number} onto its bucket's chain in band {@code b}. */
  private void link(int b, int number) {
    int[] chunk = records[number >>> chunkShift];
    int at = recordOffset(number) + b * bandInts;
    int bucket = bucket(chunk, at);
    int[] page = heads[b][bucket >>> PAGE_SHIFT];
    int slot = bucket & ((1 << PAGE_SHIFT) - 1);
    chunk[at] = page[slot];
    page[slot] = number;
  }

  /**
   * Doubles the buckets of every band, one band at a time, re-chaining articles from their stored
   * values. Full pages are kept and refilled, so the old heads leave no garbage behind once a band
   * has more than one page: old garbage stays in the heap until the collector marks the whole heap,
   * which a stream of mostly young garbage may not make it do for minutes.
   */
  private void rebuild(int buckets) {
    mask = buckets - 1;
    for (int b = 0; b < bands; b++) {
      heads[b] = grownHeads(heads[b], buckets);
      for (int n = 0; n < size; n++) {
        link(b, n);
      }
    }
  }

  /** Empty heads for {@code buckets} buckets, reusing {@code old}'s pages when they are full. */
  private static int[][] grownHeads(int[][] old, int buckets) {
    if (old[0].length < 1 << PAGE_SHIFT) {
      return emptyHeads(buckets);
    }
    int[][] pages = Arrays.copyOf(old, buckets >>> PAGE_SHIFT);
    for (int p = 0; p < pages.length; p++) {
      if (pages[p] == null) {
        pages[p] = new int[1 << PAGE_SHIFT];
      }
      Arrays.fill(pages[p], EMPTY);
    }
    return pages;
  }

  private static int[][] emptyHeads(int buckets) {
    int pageSize = Math.min(buckets, 1 << PAGE_SHIFT);
    int[][] pages = new int[buckets / pageSize][];
    for (int p = 0; p < pages.length; p++) {
      pages[p] = new int[pageSize];
      Arrays.fill(pages[p], EMPTY);
    }
    return pages;
  }

  /**
   * FNV-1a over the band's packed values (after its link at {@code at}), mixed: only this index's
   * buckets depend on it, and a chain keeps only the articles whose values equal, so the buckets
   * never change a result.
   */
  private int bucket(int[] record, int at) {
    long h = 0x2545F4914F6CDD1DL;
    for (int i = at + 1; i <= at + bandValueInts; i++) {
      h = (h ^ (record[i] & 0xFFFFFFFFL)) * 0x100000001b3L;
    }
    return (int) Hashing64.mix(h) & mask;
  }

  /**
   * {@code signature}'s record with empty chain links: the low bits of its values packed band by
   * band, two to an int, computed once for a run of calls with the same signature (a query, then an
   * estimate for each of its candidates).
   */
  private int[] record(Signature signature) {
    if (signature != lastQuery) {
      if (signature.length() != permutations) {
        throw new IllegalArgumentException(
            "signature of "
                + signature.length()
                + " values does not fit an index of "
                + permutations
                + " permutations");
      }
      int[] full = signature.shared();
      int[] record = new int[recordInts];
      int width = bands * rows;
      for (int i = 0; i < width; i++) {
        int r = i % rows;
        record[(i / rows) * bandInts + 1 + r / 2] |= (full[i] & 0xFFFF) << (16 * (r & 1));
      }
      for (int i = width; i < permutations; i++) {
        int k = i - width;
        record[bands * bandInts + k / 2] |= (full[i] & 0xFFFF) << (16 * (k & 1));
      }
      lastQuery = signature;
      lastRecord = record;
    }
    return lastRecord;
  }
}
