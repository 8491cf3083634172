package dev.neardup.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The process's standard input, checked before its first byte is read. When the tool is started
 * with stdin closed ({@code <&-}), the JVM's own first open file (its {@code lib/modules}) takes
 * file descriptor 0, and reading "stdin" would read that; so when descriptor 0 is missing or names
 * a file of the running JVM, reading fails with bad usage instead.
 */
final class StandardInput extends FilterInputStream {
  static final String CLOSED =
      "standard input is closed or not readable; name the INPUT files or pipe articles in";

  private final Path descriptor;
  private final Path javaHome;
  private boolean checked;

  StandardInput(InputStream in, Path descriptor, Path javaHome) {
    super(in);
    this.descriptor = descriptor;
    this.javaHome = javaHome;
  }

  /** {@code System.in}, checked through Linux's {@code /proc/self/fd/0} where it exists. */
  static InputStream of(InputStream systemIn) {
    Path javaHome = Path.of(System.getProperty("java.home"));
    try {
      javaHome = javaHome.toRealPath();
    } catch (IOException e) {
      // Compared as given.
    }
    return new StandardInput(systemIn, Path.of("/proc/self/fd/0"), javaHome);
  }

  @Override
  public int read() throws IOException {
    check();
    return super.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    check();
    return super.read(b, off, len);
  }

  @Override
  public int available() throws IOException {
    check();
    return super.available();
  }

  /**
   * @throws UsageException when descriptor 0 is closed or is one of the JVM's own files
   */
  private void check() {
    if (checked) {
      return;
    }
    if (Files.isDirectory(descriptor.getParent())) {
      try {
        Path target = Files.readSymbolicLink(descriptor);
        if (target.isAbsolute()
            && target.normalize().startsWith(javaHome.toAbsolutePath().normalize())) {
          throw new UsageException(CLOSED);
        }
      } catch (NoSuchFileException e) {
        throw new UsageException(CLOSED, e);
      } catch (IOException | UnsupportedOperationException e) {
        // Cannot tell (no procfs link); read it as it is.
      }
    }
    checked = true;
  }
}
