package dev.neardup.io;

import java.io.FilterWriter;
import java.io.Writer;

/** Lets a JSON generator be closed per record without closing the shared output stream. */
public final class NonClosingWriter extends FilterWriter {
  public NonClosingWriter(Writer out) {
    super(out);
  }

  @Override
  public void close() {
    // The caller owns the stream.
  }
}
