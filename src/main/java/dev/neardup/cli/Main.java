package dev.neardup.cli;

import dev.neardup.io.OutputException;
import dev.neardup.io.StrictOutputStream;
import dev.neardup.io.TerminalText;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Entry point. Takes its streams through the constructor so tests can run the real command line
 * in-process; {@link #main} only wires the process's streams and exits.
 */
public final class Main {
  private final InputStream in;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Path stdoutFile;
  private final long heapBytes;

  public Main(InputStream in, PrintWriter out, PrintWriter err) {
    this(in, out, err, null);
  }

  /**
   * @param stdoutFile a path naming {@code out}'s file, to refuse writing onto an input; or null
   */
  Main(InputStream in, PrintWriter out, PrintWriter err, Path stdoutFile) {
    this(in, out, err, stdoutFile, Runtime.getRuntime().maxMemory());
  }

  /**
   * @param heapBytes the heap a batch may fill: {@link Runtime#maxMemory()}, or less in tests
   */
  Main(InputStream in, PrintWriter out, PrintWriter err, Path stdoutFile, long heapBytes) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.stdoutFile = stdoutFile;
    this.heapBytes = heapBytes;
  }

  public static void main(String[] args) {
    // Not System.out: a PrintStream swallows write errors, and a full disk must not pass for
    // success.
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(
                new OutputStreamWriter(
                    new StrictOutputStream(new FileOutputStream(FileDescriptor.out), "stdout"),
                    StandardCharsets.UTF_8),
                1 << 16));
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    Path stdoutFile = Path.of("/proc/self/fd/1");
    int code =
        new Main(
                StandardInput.of(System.in), out, err, Files.exists(stdoutFile) ? stdoutFile : null)
            .run(args);
    err.flush();
    System.exit(code);
  }

  /** Runs one command line and returns its exit code. */
  public int run(String... args) {
    CommandLine cli = commandLine(in, stdoutFile, heapBytes);
    cli.setOut(out);
    cli.setErr(err);
    int code;
    try {
      code = cli.execute(args);
      if (code != ExitCodes.IO_ERROR && code != ExitCodes.BROKEN_PIPE) {
        out.flush();
      }
    } catch (OutOfMemoryError e) {
      // Not an Exception, so picocli's handler never sees it; a trace would hide the remedy.
      err.println("neardup: " + OneLineErrorHandler.OUT_OF_MEMORY);
      code = ExitCodes.INTERNAL;
    } catch (OutputException e) {
      // The last buffered output failed after the command had finished.
      if (!e.brokenPipe()) {
        err.println("neardup: " + TerminalText.escape(e.getMessage()));
      }
      code = ExitCodeMapper.of(e);
    }
    err.flush();
    return code;
  }

  static CommandLine commandLine(InputStream stdin) {
    return commandLine(stdin, null);
  }

  static CommandLine commandLine(InputStream stdin, Path stdoutFile) {
    return commandLine(stdin, stdoutFile, Runtime.getRuntime().maxMemory());
  }

  private static CommandLine commandLine(InputStream stdin, Path stdoutFile, long heapBytes) {
    CommandLine cli = new CommandLine(new NeardupCommand(stdin, stdoutFile, heapBytes));
    cli.setExecutionExceptionHandler(new OneLineErrorHandler());
    cli.setExitCodeExceptionMapper(new ExitCodeMapper());
    cli.setParameterExceptionHandler(new EscapingParameterHandler());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    OutputOption.describe(cli);
    return cli;
  }
}
