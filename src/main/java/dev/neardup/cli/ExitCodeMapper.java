package dev.neardup.cli;

import dev.neardup.io.OutputException;
import dev.neardup.io.SideInputException;
import dev.neardup.store.IndexBusyException;
import dev.neardup.store.IndexException;
import picocli.CommandLine;
import picocli.CommandLine.IExitCodeExceptionMapper;

/**
 * The one place that decides which exit code an exception escaping a command means. Anything not
 * named here (including a stray {@link IllegalArgumentException}) is a bug: exit 70, not "bad
 * usage".
 */
final class ExitCodeMapper implements IExitCodeExceptionMapper {
  @Override
  public int getExitCode(Throwable e) {
    return of(e);
  }

  static int of(Throwable e) {
    if (OneLineErrorHandler.causedByOutOfMemory(e) || e instanceof HeapTooSmallException) {
      // Out of memory, or sure to run out: one line saying what heap the batch needs.
      return ExitCodes.INTERNAL;
    }
    if (e instanceof UsageException || e instanceof CommandLine.ParameterException) {
      return ExitCodes.USAGE;
    }
    if (e instanceof SideInputException) {
      return ExitCodes.INPUT_ERRORS;
    }
    if (e instanceof IndexException) {
      // The index could not be read or written: a full disk, a damaged file, an I/O error.
      return ExitCodes.IO_ERROR;
    }
    if (e instanceof IndexBusyException) {
      return ExitCodes.INDEX_BUSY;
    }
    if (e instanceof OutputException output) {
      return output.brokenPipe() ? ExitCodes.BROKEN_PIPE : ExitCodes.IO_ERROR;
    }
    return ExitCodes.INTERNAL;
  }
}
