package dev.neardup.core.lsh;

import dev.neardup.core.hash.Hashing64;
import dev.neardup.core.minhash.Signature;
import java.util.Arrays;

/**
 * Incremental LSH: signatures are added one at a time and numbered 0, 1, 2, …; a query returns the
 * numbers of every added signature that agrees with it on all rows of at least one band.
 *
 * <p>Built for streams of millions of articles: it keeps no text and no shingles. Per article it
 * stores, in fixed-size chunks that are never copied, the signature's values and one chain link per
 * band ({@code 4 × (permutations + bands)} bytes); per band there is one array of bucket heads with
 * at least as many buckets as articles, so about {@code 4 × bands} to {@code 8 × bands} bytes more
 * per article. At 128 permutations and 64 bands that is 1.0 to 1.3 KB per article, about 1.2 GB for
 * a million. A bucket may chain unrelated articles; a query walks the chain and keeps only those
 * whose band values really equal its own, so the result is exact for the banding. Like every LSH
 * result the candidates are only probably similar and must be verified.
 *
 * <p>A band key shared by very many articles is a key of common shingles, not evidence of a shared
 * story, and walking its chain for every query made a stream's cost grow with the square of its
 * length. A query therefore takes at most {@link #MAX_MATCHES_PER_BAND} matches from each band's
 * chain, the most recently added ones; a real copy shares rarer keys in other bands too.
 *
 * <p>Deterministic: candidates come back in the same order for the same additions and query (band
 * by band, each band's chain newest first). Not thread-safe.
 */
public final class LshIndex {
  /** Matches a query takes from one band's chain at most. */
  public static final int MAX_MATCHES_PER_BAND = 16;

  private static final int CHUNK_ARTICLES = 4096;
  private static final int EMPTY = -1;
  private static final int INITIAL_BUCKETS = 1024;

  private final int rows;
  private final int bands;
  private final int permutations;

  /** Per article: its signature values, then its chain link in each band. */
  private final int stride;

  private int[][] chunks = new int[0][];
  private int[][] heads;
  private int mask;
  private int size;
  private int[] seen = new int[INITIAL_BUCKETS];
  private int stamp;

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
    this.stride = permutations + bands;
    this.heads = new int[bands][];
    for (int b = 0; b < bands; b++) {
      heads[b] = new int[INITIAL_BUCKETS];
      Arrays.fill(heads[b], EMPTY);
    }
    this.mask = INITIAL_BUCKETS - 1;
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
    check(signature);
    if (size == Integer.MAX_VALUE - 1) {
      throw new IllegalStateException("index is full");
    }
    if (size > mask) {
      rebuild(heads[0].length * 2);
    }
    int number = size;
    int chunk = number / CHUNK_ARTICLES;
    if (chunk == chunks.length) {
      chunks = Arrays.copyOf(chunks, chunks.length + 1);
      chunks[chunk] = new int[CHUNK_ARTICLES * stride];
    }
    int[] values = chunks[chunk];
    int offset = (number % CHUNK_ARTICLES) * stride;
    for (int i = 0; i < permutations; i++) {
      values[offset + i] = signature.value(i);
    }
    size++;
    for (int b = 0; b < bands; b++) {
      link(b, number, values, offset);
    }
    return number;
  }

  /**
   * Numbers of the added signatures sharing at least one band with {@code signature}, without
   * repeats, band by band (not sorted: a caller that needs an order decides it, which is cheaper
   * than sorting up to {@value #MAX_MATCHES_PER_BAND} per band on every query).
   *
   * @throws IllegalArgumentException when its length is not the index's permutation count
   */
  public int[] candidates(Signature signature) {
    check(signature);
    if (seen.length < size) {
      seen = Arrays.copyOf(seen, Math.max(size, seen.length * 2));
    }
    if (++stamp == Integer.MAX_VALUE) {
      Arrays.fill(seen, 0);
      stamp = 1;
    }
    int[] query = signature.shared();
    int[] out = new int[16];
    int count = 0;
    for (int b = 0; b < bands; b++) {
      int from = b * rows;
      int n = heads[b][bucket(query, from)];
      int matches = 0;
      while (n != EMPTY && matches < MAX_MATCHES_PER_BAND) {
        int[] values = chunks[n / CHUNK_ARTICLES];
        int offset = (n % CHUNK_ARTICLES) * stride;
        if (Arrays.equals(values, offset + from, offset + from + rows, query, from, from + rows)) {
          matches++;
          if (seen[n] != stamp) {
            seen[n] = stamp;
            if (count == out.length) {
              out = Arrays.copyOf(out, count * 2);
            }
            out[count++] = n;
          }
        }
        n = values[offset + permutations + b];
      }
    }
    return Arrays.copyOf(out, count);
  }

  /**
   * Fraction of permutations on which {@code signature} agrees with added signature {@code number}.
   */
  public double estimateJaccard(Signature signature, int number) {
    check(signature);
    if (number < 0 || number >= size) {
      throw new IllegalArgumentException("no signature number " + number + " among " + size);
    }
    int[] values = chunks[number / CHUNK_ARTICLES];
    int offset = (number % CHUNK_ARTICLES) * stride;
    return (double) Signature.agreeing(values, offset, signature.shared(), permutations)
        / permutations;
  }

  /**
   * Pushes article {@code number} (stored at {@code values[offset]}) onto its bucket's chain in
   * band {@code b}.
   */
  private void link(int b, int number, int[] values, int offset) {
    int bucket = bucket(values, offset + b * rows);
    values[offset + permutations + b] = heads[b][bucket];
    heads[b][bucket] = number;
  }

  /**
   * Doubles the buckets of every band, one band at a time, re-chaining articles from their stored
   * values.
   */
  private void rebuild(int buckets) {
    mask = buckets - 1;
    for (int b = 0; b < bands; b++) {
      heads[b] = null; // let the old heads go before the new ones are allocated
      heads[b] = new int[buckets];
      Arrays.fill(heads[b], EMPTY);
      for (int n = 0; n < size; n++) {
        link(b, n, chunks[n / CHUNK_ARTICLES], (n % CHUNK_ARTICLES) * stride);
      }
    }
  }

  private int bucket(int[] values, int from) {
    return (int) Hashing64.bandKey(values, from, from + rows) & mask;
  }

  private void check(Signature signature) {
    if (signature.length() != permutations) {
      throw new IllegalArgumentException(
          "signature of "
              + signature.length()
              + " values does not fit an index of "
              + permutations
              + " permutations");
    }
  }
}
