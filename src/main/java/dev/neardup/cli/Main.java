package dev.neardup.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point. Takes its streams through the constructor so tests can run the real command line
 * in-process; {@link #main} only wires the process's streams and exits.
 */
public final class Main {
  private final InputStream in;
  private final PrintWriter out;
  private final PrintWriter err;

  public Main(InputStream in, PrintWriter out, PrintWriter err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.BufferedWriter(
        new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = new Main(System.in, out, err).run(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command line and returns its exit code. */
  public int run(String... args) {
    CommandLine cli = commandLine(in);
    cli.setOut(out);
    cli.setErr(err);
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      // Not an Exception, so picocli's handler never sees it; a trace would hide the remedy.
      err.println("neardup: " + OneLineErrorHandler.OUT_OF_MEMORY);
      code = ExitCodes.INTERNAL;
    }
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine(InputStream stdin) {
    CommandLine cli = new CommandLine(new NeardupCommand(stdin));
    cli.setExecutionExceptionHandler(new OneLineErrorHandler());
    cli.setExitCodeExceptionMapper(OneLineErrorHandler::exitCode);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }
}
