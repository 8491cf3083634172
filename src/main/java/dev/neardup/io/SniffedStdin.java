package dev.neardup.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Standard input told apart by its first bytes: gzip data ({@code 1f 8b}) is read decompressed,
 * then, unless a format was given, {@code WARC/1.} is a WARC file, <code>{</code> JSON Lines,
 * {@code <} a web page, anything else text. The sniffed bytes are put back, so line numbers and
 * text are exactly as sent. Bytes are read one at a time: an interactive stream must not wait for
 * more input than its first record. Not thread-safe; one per read of standard input.
 */
final class SniffedStdin {
  private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b};

  /** The first significant byte of JSON Lines and of a web page. */
  private static final int JSON_OBJECT = '{';

  private static final int MARKUP = '<';

  /** What follows the W of a WARC file's first line, {@code WARC/1.0} or {@code WARC/1.1}. */
  private static final byte[] WARC_REST = "ARC/1.".getBytes(StandardCharsets.US_ASCII);

  private InputStream in;
  private InputFormat format;
  private GzipInput.Opened gunzipped;

  /**
   * @param format the format asked for ({@link InputFormat#AUTO}: tell it from the bytes)
   */
  SniffedStdin(InputStream in, InputFormat format) {
    this.in = in;
    this.format = format;
  }

  /** Decompresses and tells the format, reading no more than it must. */
  void sniff() throws IOException {
    if (format != InputFormat.WARC) {
      // jwarc reads gzip WARC itself; anything else sent compressed is read decompressed.
      ByteArrayOutputStream prefix = new ByteArrayOutputStream();
      boolean gzip = startsWith(in, prefix, GZIP_MAGIC);
      in = new SequenceInputStream(new ByteArrayInputStream(prefix.toByteArray()), in);
      if (gzip) {
        gunzipped = GzipInput.decompress(in);
        in = gunzipped.stream();
      }
    }
    if (format == InputFormat.AUTO) {
      ByteArrayOutputStream prefix = new ByteArrayOutputStream();
      int first = firstSignificantByte(in, prefix);
      format =
          first == JSON_OBJECT
              ? InputFormat.JSONL
              : first == MARKUP ? InputFormat.HTML : InputFormat.TEXT;
      if (first == 'W' && prefix.size() == 1 && startsWith(in, prefix, WARC_REST)) {
        format = InputFormat.WARC;
      }
      in = new SequenceInputStream(new ByteArrayInputStream(prefix.toByteArray()), in);
    }
  }

  /** The input from its first byte, decompressed; after {@link #sniff}. */
  InputStream stream() {
    return in;
  }

  /** The format given, or after {@link #sniff} the one the bytes tell. */
  InputFormat format() {
    return format;
  }

  /** Why reading failed, in gzip's terms once the input is being decompressed. */
  String reason(IOException e) {
    return gunzipped == null ? InputText.reason(e) : gunzipped.describe(e);
  }

  /** {@link #reason(IOException)} for a failure met inside a reader. */
  String reason(UncheckedIOException e) {
    return gunzipped == null ? InputText.reason(e) : gunzipped.describe(e.getCause());
  }

  /**
   * Reads {@code in} byte by byte (an interactive stream must not wait for more) while it matches
   * {@code expected}, copying what it read to {@code prefix}.
   *
   * @return whether all of {@code expected} came
   */
  private static boolean startsWith(InputStream in, ByteArrayOutputStream prefix, byte[] expected)
      throws IOException {
    for (byte e : expected) {
      int b = in.read();
      if (b == -1) {
        return false;
      }
      prefix.write(b);
      if ((byte) b != e) {
        return false;
      }
    }
    return true;
  }

  /**
   * Consumes {@code in} byte by byte up to its first byte that is neither whitespace nor part of a
   * leading byte-order mark, copying every consumed byte to {@code prefix}. Byte by byte, because a
   * buffered read on an interactive stream would wait for more input than the first record.
   *
   * @return that byte, or -1 at the end of the input
   */
  private static int firstSignificantByte(InputStream in, ByteArrayOutputStream prefix)
      throws IOException {
    int b;
    boolean inBom = true;
    while ((b = in.read()) != -1) {
      int position = prefix.size();
      prefix.write(b);
      inBom =
          inBom
              && (position == 0 && b == 0xEF
                  || position == 1 && b == 0xBB
                  || position == 2 && b == 0xBF);
      if (!inBom && b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return b;
      }
    }
    return -1;
  }
}
