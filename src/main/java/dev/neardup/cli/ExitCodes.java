package dev.neardup.cli;

/** Exit codes of every command; documented in the README. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;
  /** {@code check}: the batch holds duplicates. */
  public static final int DUPLICATES_FOUND = 1;
  /** Bad usage: unknown option, invalid value, impossible combination. */
  public static final int USAGE = 2;
  /** Some inputs could not be read; each was named on stderr and the rest were processed. */
  public static final int INPUT_ERRORS = 3;
  /**
   * The index stayed locked by another writer for the whole busy timeout: nothing was written and a
   * retry later succeeds (sysexits' EX_TEMPFAIL).
   */
  public static final int INDEX_BUSY = 75;
  /** Unexpected failure (a bug, or stdout closed); the message is on stderr. */
  public static final int INTERNAL = 70;

  private ExitCodes() {}
}
