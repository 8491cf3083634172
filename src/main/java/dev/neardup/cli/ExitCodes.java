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

  /**
   * Unexpected failure (a bug, or out of memory); the message is on stderr (sysexits' EX_SOFTWARE).
   */
  public static final int INTERNAL = 70;

  /**
   * Writing an output failed (full disk, I/O error): the message names the file or stdout, and the
   * summary claims no record that was not written (sysexits' EX_IOERR).
   */
  public static final int IO_ERROR = 74;

  /**
   * The reader of standard output went away ({@code neardup dedup | head -1}): the run stops at
   * once, silently, with the status a process killed by SIGPIPE has in the shell (128 + 13).
   */
  public static final int BROKEN_PIPE = 141;

  private ExitCodes() {}
}
