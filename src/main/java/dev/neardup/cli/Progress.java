package dev.neardup.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A one-line progress counter on stderr for long runs, redrawn in place with {@code \r} at most
 * five times a second. Shown only when stderr is a terminal and {@code --quiet} is absent, so
 * pipes, logs and tests never see it; erased when closed.
 *
 * <p>Not thread-safe.
 */
final class Progress implements AutoCloseable {
  private static final long INTERVAL_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final String label;
  private final boolean enabled;
  private final long startNanos = System.nanoTime();
  private long lastDraw;
  private long count;
  private int drawnWidth;

  private Progress(PrintWriter err, String label, boolean enabled) {
    this.err = err;
    this.label = label;
    this.enabled = enabled;
  }

  /**
   * A counter of {@code label} (e.g. "articles read"), visible only on a terminal and not quiet.
   */
  static Progress start(PrintWriter err, String label, boolean quiet) {
    return new Progress(err, label, !quiet && stderrIsTerminal());
  }

  /** Counts one more item. */
  void step() {
    count++;
    if (enabled) {
      long now = System.nanoTime();
      if (now - lastDraw >= INTERVAL_NANOS) {
        lastDraw = now;
        draw(now);
      }
    }
  }

  long count() {
    return count;
  }

  private void draw(long now) {
    double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
    String line =
        String.format(Locale.ROOT, "neardup: %,d %s (%,.0f/s)", count, label, count / seconds);
    err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
    err.flush();
    drawnWidth = line.length();
  }

  /** Erases the line so a message can be printed; the next step draws it again. */
  void clear() {
    if (enabled && drawnWidth > 0) {
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
      err.flush();
      drawnWidth = 0;
      lastDraw = 0;
    }
  }

  @Override
  public void close() {
    clear();
  }

  /**
   * On Linux, whether file descriptor 2 is a terminal device; elsewhere, whether the JVM has a
   * console (stdin and stdout are terminals), the nearest portable question.
   */
  static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.exists(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/")
            || target.startsWith("/dev/tty")
            || target.equals("/dev/console");
      }
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      // fall through to the portable check
    }
    return System.console() != null;
  }
}
