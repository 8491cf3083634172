package dev.neardup.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which index file a command works on, and how long it waits for another writer. */
final class IndexFileOptions {
  @Option(names = "--index", required = true, paramLabel = "FILE", description = "The index file (SQLite).")
  Path file;

  @Option(names = "--busy-timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "How long to wait while another process writes to the index before giving up with exit"
          + " code 75. Default: ${DEFAULT-VALUE}.")
  double busyTimeout;
}
