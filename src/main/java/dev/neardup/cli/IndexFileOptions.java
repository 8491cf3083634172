package dev.neardup.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Which index file a command works on, and how long it waits for another writer. */
final class IndexFileOptions {
  @Option(
      names = "--index",
      required = true,
      paramLabel = "FILE",
      description = "The index file (SQLite).")
  Path file;

  @Mixin BusyTimeoutOptions busy;
}
