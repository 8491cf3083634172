package dev.neardup.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream whose every failure (write, flush, close) becomes an {@link OutputException}
 * naming the output, so no layer above (a {@code PrintWriter}, a JSON generator) can swallow it and
 * a run never reports success for records that were not written.
 */
public final class StrictOutputStream extends FilterOutputStream {
  private final String target;

  /**
   * @param out where the bytes go
   * @param target the output's name for messages: {@code "stdout"} or the file as given
   */
  public StrictOutputStream(OutputStream out, String target) {
    super(out);
    this.target = target;
  }

  @Override
  public void write(int b) {
    try {
      out.write(b);
    } catch (IOException e) {
      throw new OutputException(target, e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw new OutputException(target, e);
    }
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new OutputException(target, e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new OutputException(target, e);
    }
  }
}
