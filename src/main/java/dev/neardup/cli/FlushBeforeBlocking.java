package dev.neardup.cli;

import java.io.FilterInputStream;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Standard input for streaming filters: before a read that would wait for more input, flushes the
 * output, so a filter in the middle of a slow or endless pipe passes each record on as soon as it
 * has decided on it, while a fast pipe still gets fully buffered writes.
 */
final class FlushBeforeBlocking extends FilterInputStream {
  private final Flushable[] outputs;

  FlushBeforeBlocking(InputStream in, Flushable... outputs) {
    super(in);
    this.outputs = outputs.clone();
  }

  @Override
  public int read() throws IOException {
    flushIfIdle();
    return super.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    flushIfIdle();
    return super.read(b, off, len);
  }

  private void flushIfIdle() throws IOException {
    if (in.available() == 0) {
      for (Flushable out : outputs) {
        try {
          out.flush();
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      }
    }
  }
}
