package dev.neardup.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A stream whose first bytes were read ahead for a look (the binary-file probe), handed back before
 * the rest. Reading ahead takes one read of the source at a time and keeps what each returned, so a
 * failure met on the way (a gzip file cut short) is raised after the bytes that came before it, not
 * instead of them: {@link java.io.BufferedInputStream} and {@link InputStream#readNBytes} drop what
 * they had gathered when a later read of theirs fails. Later reads go to the source one for one,
 * for the same reason. Not thread-safe; does not close the source.
 */
final class ProbedInput extends InputStream {
  private final InputStream source;
  private final byte[] head;
  private int position;
  private IOException failure;

  /**
   * Reads up to {@code probeBytes} of {@code source} ahead; never throws, a failure waits its turn.
   */
  ProbedInput(InputStream source, int probeBytes) {
    this.source = source;
    byte[] head = new byte[probeBytes];
    int length = 0;
    try {
      for (int n;
          length < probeBytes && (n = source.read(head, length, probeBytes - length)) != -1; ) {
        length += n;
      }
    } catch (IOException e) {
      failure = e;
    }
    this.head = Arrays.copyOf(head, length);
  }

  /** The bytes read ahead (fewer than asked at the end of the source or at a failure). */
  byte[] head() {
    return head.clone();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n == -1 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (position < head.length) {
      int n = Math.min(len, head.length - position);
      System.arraycopy(head, position, b, off, n);
      position += n;
      return n;
    }
    if (failure != null) {
      throw failure;
    }
    return source.read(b, off, len);
  }
}
