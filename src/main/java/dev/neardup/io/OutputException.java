package dev.neardup.io;

import java.io.IOException;
import java.util.Objects;

/**
 * A write to one of the tool's outputs (standard output or a file it was told to write) failed: a
 * full disk, a closed pipe, an I/O error. Unchecked, so that it passes through {@code PrintWriter}
 * (which swallows {@link IOException}s) and through readers' sinks unchanged, and stops the run.
 */
public final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String target;
  private final boolean brokenPipe;

  /**
   * @param target the output, as the user named it: {@code "stdout"} or a file path
   * @param cause the failure
   */
  public OutputException(String target, IOException cause) {
    super(target + ": " + describe(cause), cause);
    this.target = Objects.requireNonNull(target, "target");
    this.brokenPipe = isBrokenPipe(cause);
  }

  /** The output that failed, as the user named it. */
  public String target() {
    return target;
  }

  /**
   * Whether the reader at the other end of a pipe went away ({@code neardup ... | head}): not an
   * error of the tool's, so it ends the run quietly.
   */
  public boolean brokenPipe() {
    return brokenPipe;
  }

  private static boolean isBrokenPipe(IOException e) {
    // The JVM ignores SIGPIPE, so a write to a closed pipe fails with EPIPE, which the JDK
    // reports only through the message text.
    String message = e.getMessage();
    return message != null && message.contains("Broken pipe");
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? "write failed (" + e.getClass().getSimpleName() + ")"
        : message;
  }
}
