package dev.neardup.io;

import dev.neardup.core.text.Article;
import dev.neardup.io.InputProblem.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Streams the web pages of a WARC file (plain, or gzip-compressed per record or whole, as jwarc
 * detects): each {@code response} record whose HTTP payload is HTML is one page, its id the
 * record's {@code WARC-Target-URI}, followed by its {@code WARC-Record-ID} when the URI was seen
 * before in the file. Other records are skipped and counted in one warning per file.
 *
 * <p>The page's charset is the one its HTTP {@code Content-Type} declares, else the page's own. Its
 * publication time is the one the page states, else the record's {@code WARC-Date}. A record that
 * cannot be read is one error naming its byte offset. In a file, reading then goes on from the next
 * record after the damage (the next line starting {@code WARC/1.}, or in a gzip WARC the next gzip
 * member, that reads as a record), the damaged stretch being one error; a truncated file, and a
 * stream, end at the damage, the pages before it having been delivered. Not thread-safe.
 */
final class WarcPages {
  private final HtmlPages html;
  private final long maxPageBytes;
  private final Consumer<InputProblem> problems;

  WarcPages(HtmlPages html, long maxPageBytes, Consumer<InputProblem> problems) {
    this.html = html;
    this.maxPageBytes = maxPageBytes;
    this.problems = problems;
  }

  /** Reads {@code in} to its end or its first unreadable record; does not close it. */
  void read(InputStream in, String source, Consumer<InputRecord> sink) throws IOException {
    read(new WarcReader(new NonClosingInput(in)), null, source, sink);
  }

  /** Reads the file {@code path} to its end, reading on after damaged records. */
  void read(Path path, String source, Consumer<InputRecord> sink) throws IOException {
    try (FileChannel channel = FileChannel.open(path);
        FileChannel scan = FileChannel.open(path)) {
      read(new WarcReader(channel), scan, source, sink);
    }
  }

  /**
   * {@code scan}: the same file, to look for the next record in after damage; null for a stream.
   */
  private void read(WarcReader reader, FileChannel scan, String source, Consumer<InputRecord> sink)
      throws IOException {
    Map<String, Integer> skipped = new TreeMap<>();
    Set<String> seenUris = new HashSet<>();
    long damagedAt = -1;
    String damage = null;
    long lastTried = -1;
    while (true) {
      Optional<WarcRecord> read;
      long offset;
      try {
        read = reader.next();
        offset = reader.position();
        if (read.isPresent() && damagedAt >= 0) {
          error(
              source,
              "unreadable WARC data at offset "
                  + damagedAt
                  + " ("
                  + damage
                  + "), read on from the next record at offset "
                  + offset);
          damagedAt = -1;
        }
        if (read.isEmpty()) {
          break;
        }
        WarcRecord record = read.get();
        if (!(record instanceof WarcResponse response)) {
          skipped.merge(record.type(), 1, Integer::sum);
        } else if (!readResponse(response, source, offset, seenUris, sink)) {
          skipped.merge("non-HTML response", 1, Integer::sum);
        }
        continue;
      } catch (IOException | RuntimeException e) {
        offset = reader.position();
        if (damagedAt < 0) {
          damagedAt = offset;
          damage = describe(e);
        }
      }
      // Damage: on from the first place after it (and after any place tried already) that may
      // start a record; a place that does not read as one is more of the same damage.
      lastTried =
          scan == null
              ? -1
              : nextRecordStart(scan, reader.compression(), Math.max(offset, lastTried) + 1);
      if (lastTried < 0) {
        error(
            source,
            "truncated or unreadable WARC record at offset " + damagedAt + " (" + damage + ")");
        break;
      }
      reader.position(lastTried);
    }
    warnSkipped(source, skipped);
  }

  /** One warning per file for the records without an HTML page, counted by kind. */
  private void warnSkipped(String source, Map<String, Integer> skipped) {
    if (!skipped.isEmpty()) {
      int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
      StringBuilder kinds = new StringBuilder();
      skipped.forEach(
          (type, n) ->
              kinds.append(kinds.length() == 0 ? "" : ", ").append(n).append(' ').append(type));
      problems.accept(
          new InputProblem(
              Severity.WARNING,
              source,
              0,
              String.format(
                  Locale.ROOT,
                  "%,d WARC record%s without an HTML page skipped (%s)",
                  total,
                  total == 1 ? "" : "s",
                  kinds)));
    }
  }

  /**
   * @return false when the response holds no HTML page
   */
  private boolean readResponse(
      WarcResponse response,
      String source,
      long offset,
      Set<String> seenUris,
      Consumer<InputRecord> sink)
      throws IOException {
    if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
      return false;
    }
    HttpResponse http = response.http();
    MediaType type = http.contentType();
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
      return false;
    }
    String uri = response.target();
    String id = seenUris.add(uri) ? uri : uri + " <" + response.id() + ">";
    int limit = (int) Math.min(maxPageBytes, InputText.MAX_ARRAY_BYTES - 1);
    byte[] bytes;
    try (InputStream body = http.bodyDecoded().stream()) {
      bytes = body.readNBytes(limit + 1);
    }
    String where = "record at offset " + offset + " (" + uri + ")";
    if (bytes.length > limit) {
      error(source, where + ": page exceeds the " + InputText.size(limit) + " article limit");
      return true;
    }
    HtmlPages.Read page = html.read(id, bytes, bytes.length, type.parameters().get("charset"), uri);
    if (page.article().text().isBlank()) {
      problems.accept(
          new InputProblem(
              Severity.WARNING, source, 0, where + ": no article text found, skipped"));
      return true;
    }
    Article article = page.article();
    if (!article.hasTime() && response.date() != null) {
      article = new Article(article.id(), article.text(), response.date().getEpochSecond());
    }
    sink.accept(new InputRecord(article, source, 0, null, page.page()));
    return true;
  }

  private static final byte[] WARC_LINE =
      "\nWARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};

  /**
   * Where, at or after {@code from}, the next record may start: a line beginning {@code WARC/1.},
   * or in a gzip WARC a gzip member header; -1 when none is left.
   */
  private static long nextRecordStart(FileChannel file, WarcCompression compression, long from)
      throws IOException {
    boolean gzip = compression == WarcCompression.GZIP;
    byte[] marker = gzip ? GZIP_MEMBER : WARC_LINE;
    // A plain record's line starts one past its newline; look from one before so a line starting
    // at from itself is found.
    long start = gzip ? from : from - 1;
    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(64 * 1024);
    for (long at = Math.max(0, start); ; at += buffer.capacity() - marker.length) {
      buffer.clear();
      int n = file.read(buffer, at);
      if (n < marker.length) {
        return -1;
      }
      byte[] bytes = buffer.array();
      for (int i = 0; i + marker.length <= n; i++) {
        if (Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
          return gzip ? at + i : at + i + 1;
        }
      }
      if (n < buffer.capacity()) {
        return -1;
      }
    }
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private void error(String source, String message) {
    problems.accept(new InputProblem(Severity.ERROR, source, 0, message));
  }

  /** Keeps jwarc from closing a stream this class does not own. */
  private static final class NonClosingInput extends java.io.FilterInputStream {
    NonClosingInput(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
