package dev.neardup.cli;

import picocli.CommandLine.Option;

/** {@code --threads}: worker threads; a mixin of the matching options and of {@code tune}. */
final class ThreadsOption {
  /**
   * Most worker threads accepted: far above any machine's cores, far below the JVM's pool limit.
   */
  static final int MAX_THREADS = 4096;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads. Default: all cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  /**
   * The thread count asked for.
   *
   * @throws UsageException unless it is in [1, {@link #MAX_THREADS}]
   */
  int count() {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new UsageException("--threads must be in [1, " + MAX_THREADS + "]: " + threads);
    }
    return threads;
  }
}
