package dev.neardup.cli;

import picocli.CommandLine.Option;

/**
 * How long a command waits while another process writes to the index; every command that opens one
 * takes it.
 */
final class BusyTimeoutOptions {
  @Option(
      names = "--busy-timeout",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description =
          "How long to wait while another process writes to the index before giving up with exit"
              + " code 75. Default: ${DEFAULT-VALUE}.")
  double seconds;
}
