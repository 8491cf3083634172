package dev.neardup.corpus;

/**
 * What the generators' command lines share: reading an option's value and stopping with the usage
 * line.
 */
final class CommandLine {
  private CommandLine() {}

  /** The value at {@code args[i]}, which follows the option at {@code i - 1}. */
  static String value(String[] args, int i, String usage) {
    if (i >= args.length) {
      fail("missing value after " + args[i - 1], usage);
    }
    return args[i];
  }

  /** Exit code 2 tells a script the call was wrong, not that generating failed. */
  static void fail(String problem, String usage) {
    System.err.println(problem);
    System.err.println(usage);
    System.exit(2);
  }
}
