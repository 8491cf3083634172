package dev.neardup.io;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens an input file, decompressing it when it is gzip data, and words what went wrong while
 * reading it: a truncated or corrupt compressed file is named with the byte offset where its
 * compressed data broke off.
 */
final class GzipInput {
  private GzipInput() {}

  /** An open input file; closing it never throws. */
  static final class Opened implements AutoCloseable {
    private final Counting raw;
    private final InputStream stream;
    private final boolean compressed;

    private Opened(Counting raw, InputStream stream, boolean compressed) {
      this.raw = raw;
      this.stream = stream;
      this.compressed = compressed;
    }

    /** The file's bytes, decompressed if it is compressed. */
    InputStream stream() {
      return stream;
    }

    boolean compressed() {
      return compressed;
    }

    /** Why reading failed, with the compressed offset when the gzip data was at fault. */
    String describe(IOException e) {
      if (compressed && e instanceof EOFException) {
        return "truncated gzip data (compressed input ends at byte " + raw.count + ")";
      }
      if (compressed && e instanceof ZipException) {
        return "corrupt gzip data near byte " + raw.count + " (" + e.getMessage() + ")";
      }
      return InputText.reason(e);
    }

    @Override
    public void close() {
      try {
        stream.close();
      } catch (IOException e) {
        // Everything wanted was read; a failing close loses nothing.
      }
    }
  }

  /**
   * Opens {@code path}, decompressing when {@code gzip} is set.
   *
   * @throws IOException when the file cannot be opened or its gzip header is not valid
   */
  static Opened open(InputStream stored, boolean gzip) throws IOException {
    Counting raw = new Counting(stored);
    if (!gzip) {
      return new Opened(raw, raw, false);
    }
    try {
      return new Opened(raw, new GZIPInputStream(raw, 64 * 1024), true);
    } catch (IOException e) {
      raw.close();
      throw new IOException(
          e instanceof ZipException || e instanceof EOFException
              ? "not gzip data (" + e.getMessage() + ")"
              : InputText.reason(e),
          e);
    }
  }

  /**
   * Decompresses {@code in} (standard input that starts as gzip data does); closing the result
   * closes {@code in}.
   *
   * @throws IOException when the gzip header is not valid
   */
  static Opened decompress(InputStream in) throws IOException {
    Counting raw = new Counting(in);
    try {
      return new Opened(raw, new GZIPInputStream(raw, 64 * 1024), true);
    } catch (ZipException | EOFException e) {
      throw new IOException("not gzip data (" + e.getMessage() + ")", e);
    }
  }

  /** Counts the bytes read through it. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
