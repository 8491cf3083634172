package dev.neardup.cli;

import dev.neardup.core.HeapNeed;
import dev.neardup.io.InputRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Counts a batch's articles as they are read and stops the run, with the heap it needs, as soon as
 * the articles read so far will not fit the JVM's: one line and exit 70 instead of minutes of
 * garbage collection before an out-of-memory error.
 */
final class HeapGuard {
  /** Articles between checks; a check is a multiplication, this only keeps it off the hot path. */
  private static final int CHECK_EVERY = 512;

  /** One article in this many is measured in UTF-8 bytes, to project the input's size. */
  private static final int SAMPLE_EVERY = 64;

  private final long available;
  private final boolean textsHeld;
  private final long inputBytes;
  private final long streamedPerArticle;
  private long articles;
  private long chars;
  private long sampledChars;
  private long sampledBytes;
  private boolean projectable = true;

  /**
   * @param available the most heap the JVM will have ({@link Runtime#maxMemory()})
   * @param textsHeld whether the command keeps every text until the end
   * @param inputBytes the size of the whole input when known (plain files), else 0
   */
  HeapGuard(long available, boolean textsHeld, long inputBytes) {
    this(available, textsHeld, inputBytes, 0);
  }

  /**
   * @param streamedPerArticle 0 for a batch; for a keep-first stream, the bytes it keeps per
   *     article ({@link HeapNeed#ofStream})
   */
  HeapGuard(long available, boolean textsHeld, long inputBytes, long streamedPerArticle) {
    this.available = available;
    this.textsHeld = textsHeld;
    this.inputBytes = inputBytes;
    this.streamedPerArticle = streamedPerArticle;
  }

  /**
   * Counts one record read.
   *
   * @throws HeapTooSmallException when the articles read so far will not fit
   */
  void add(InputRecord record) {
    String text = record.article().text();
    articles++;
    chars += text.length();
    if (record.page() != null) {
      // A web page's bytes are mostly markup, not its article: no telling the rest from them.
      projectable = false;
    } else if (articles % SAMPLE_EVERY == 1) {
      sampledChars += text.length();
      sampledBytes += utf8Length(record.rawLine() != null ? record.rawLine() : text);
    }
    if (articles % CHECK_EVERY == 0) {
      check();
    }
  }

  /**
   * @throws HeapTooSmallException when the articles counted so far will not fit
   */
  void check() {
    HeapNeed soFar = new HeapNeed(articles, chars, textsHeld, streamedPerArticle);
    HeapNeed whole = projected(soFar);
    if (!HeapNeed.fits(soFar.bytes(), available) || !HeapNeed.mayFit(whole.bytes(), available)) {
      throw new HeapTooSmallException(message(soFar, whole));
    }
  }

  /**
   * The whole input's need, scaled from the articles read so far by the input's size over the bytes
   * their records take (a line each), measured on one in {@value #SAMPLE_EVERY}; {@code soFar} when
   * the size is unknown or the input holds web pages.
   */
  private HeapNeed projected(HeapNeed soFar) {
    if (inputBytes == 0 || sampledChars == 0 || !projectable) {
      return soFar;
    }
    double bytesRead = chars * (sampledBytes / (double) sampledChars) + articles;
    return inputBytes > bytesRead ? soFar.scaled(inputBytes / bytesRead) : soFar;
  }

  private String message(HeapNeed soFar, HeapNeed whole) {
    boolean projected = whole != soFar;
    long suggested = (whole.bytes() >> 30) + (projected ? 1 : 2);
    return String.format(
        Locale.ROOT,
        "%s%,d articles need about %s of heap%s, this JVM has %s; give it more with"
            + " NEARDUP_JAVA_OPTS=-Xmx%dg (java -Xmx%dg -jar ...), or split the input",
        projected ? "the input's ~" : "",
        whole.articles(),
        gigabytes(whole.bytes()),
        projected ? "" : " and the rest of the input more",
        gigabytes(available),
        suggested,
        suggested);
  }

  private static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
    return n;
  }

  /**
   * The size of {@code paths} when every one is a plain file, not compressed; else 0 (stdin, a
   * directory, gzip data: unknown).
   */
  static long inputBytes(List<String> paths) {
    long total = 0;
    for (String p : paths) {
      Path path = Path.of(p);
      if (p.equals("-") || p.endsWith(".gz") || !Files.isRegularFile(path)) {
        return 0;
      }
      try {
        total += Files.size(path);
      } catch (IOException | SecurityException e) {
        return 0;
      }
    }
    return total;
  }

  private static String gigabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
  }
}
