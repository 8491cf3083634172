package dev.neardup.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the real command line in-process and captures what it prints. */
record CliRun(int code, String out, String err) {
  static CliRun withStdin(String stdin, String... args) {
    return withHeap(Runtime.getRuntime().maxMemory(), stdin, args);
  }

  /** A run whose batch may fill {@code heapBytes} of heap, as if the JVM had no more. */
  static CliRun withHeap(long heapBytes, String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        new Main(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out),
                new PrintWriter(err),
                null,
                heapBytes)
            .run(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  static CliRun run(String... args) {
    return withStdin("", args);
  }

  /** No Java stack trace ever reaches the user. */
  boolean errHasNoStackTrace() {
    return !err.contains("\tat ") && !err.contains("Exception in thread");
  }
}
