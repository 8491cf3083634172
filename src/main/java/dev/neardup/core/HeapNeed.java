package dev.neardup.core;

/**
 * About how much heap a batch needs to fingerprint, verify and cluster {@code articles} articles
 * holding {@code textChars} characters of text, with the room a collector needs to work without
 * thrashing. A batch keeps each article's shingle set and text order, which grow with its text, and
 * a fixed part (signatures, records, id); the coefficients were measured on heap histograms of
 * {@code neardup cluster} runs with the defaults (bench/README.md, "Memory"). A keep-first stream
 * ({@link #ofStream}) keeps only a fixed part per article, whatever its text.
 *
 * @param articles articles read so far
 * @param textChars characters of their texts
 * @param textsHeld whether the command keeps every text until the end ({@code pairs}, {@code eval}
 *     ...) rather than releasing it once shingled ({@code cluster})
 * @param streamedPerArticle 0 for a batch; for a stream, the live bytes it keeps per article
 *     ({@link StreamingDeduplicator#bytesPerArticle}), its text counting for nothing
 */
public record HeapNeed(long articles, long textChars, boolean textsHeld, long streamedPerArticle) {
  /**
   * Live bytes per article besides its text's share: signatures, records, id, and the candidate and
   * verified pairs, which on a dense batch come to about a kilobyte per article.
   */
  static final long PER_ARTICLE = 2_000;

  /** Live bytes per character of text: shingle values (1.16) and their text order (0.5). */
  static final double PER_TEXT_CHAR = 1.7;

  /**
   * A held text as a Java string: one byte per character for Latin-1 text (two otherwise, which
   * this understates: better a run that may need a little more than one stopped for nothing).
   */
  static final double HELD_TEXT_PER_CHAR = 1.0;

  /**
   * Heap per live byte: the 100k dense-overlap batch, 0.68 GB live at its peak, ran out of heap at
   * 0.75 GB and ran at nearly full speed at 0.9 GB.
   */
  static final double HEADROOM = 1.25;

  /** Fixed cost of the JVM's own heap use and the reader's buffers. */
  static final long BASE = 32L << 20;

  public HeapNeed {
    if (articles < 0 || textChars < 0 || streamedPerArticle < 0) {
      throw new IllegalArgumentException(
          "negative count: " + articles + ", " + textChars + ", " + streamedPerArticle);
    }
  }

  /** A batch's need. */
  public HeapNeed(long articles, long textChars, boolean textsHeld) {
    this(articles, textChars, textsHeld, 0);
  }

  /**
   * The need of a keep-first stream that has read {@code articles} articles and keeps {@code
   * perArticle} bytes for each (at least 1).
   */
  public static HeapNeed ofStream(long articles, long perArticle) {
    if (perArticle < 1) {
      throw new IllegalArgumentException("a stream keeps some bytes per article: " + perArticle);
    }
    return new HeapNeed(articles, 0, false, perArticle);
  }

  /** The heap, in bytes, this batch or stream needs. */
  public long bytes() {
    if (streamedPerArticle > 0) {
      return BASE + (long) Math.ceil(articles * (double) streamedPerArticle * HEADROOM);
    }
    double perChar = PER_TEXT_CHAR + (textsHeld ? HELD_TEXT_PER_CHAR : 0);
    double live = articles * (double) PER_ARTICLE + textChars * perChar;
    return BASE + (long) Math.ceil(live * HEADROOM);
  }

  /** This batch grown by {@code factor}, as the rest of its input is expected to grow it. */
  public HeapNeed scaled(double factor) {
    if (!(factor >= 1)) {
      throw new IllegalArgumentException("factor below 1: " + factor);
    }
    return new HeapNeed(
        (long) Math.ceil(articles * factor),
        (long) Math.ceil(textChars * factor),
        textsHeld,
        streamedPerArticle);
  }

  /**
   * Whether a batch that needs {@code needed} bytes fits a heap of at most {@code available}: the
   * rule that decides whether the batch goes on or stops before it would thrash.
   */
  public static boolean fits(long needed, long available) {
    return needed <= available;
  }

  /**
   * Whether a batch whose whole input is projected to need {@code projected} bytes may still fit a
   * heap of {@code available}: a projection from the first part of an input is only an estimate, so
   * it stops a batch early only when it overshoots by more than {@value #PROJECTION_MARGIN} times;
   * {@link #fits} decides on what was actually read.
   */
  public static boolean mayFit(long projected, long available) {
    return projected <= available * PROJECTION_MARGIN;
  }

  /** How far a projection may overshoot before it stops a batch. */
  static final double PROJECTION_MARGIN = 1.1;
}
