package dev.neardup.cli;

import dev.neardup.io.OutputFile;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Opens the extra output files some commands write (reports, dropped records), before any work.
 *
 * <p>Convention, documented in the README: a file named by an option is replaced, as the shell's
 * {@code >} or {@code sort -o} would, but only once the command has written all of it (until then
 * the old file stays as it was), and never when it is one of the command's inputs.
 */
final class OutputFiles {
  private OutputFiles() {}

  /**
   * Opens {@code file} for {@code option}, refusing it when it is one of {@code inputs}.
   *
   * @throws UsageException (exit code 2) naming the option when the file is one of the inputs or
   *     its directory cannot be written
   */
  static OutputFile open(Path file, String option, Collection<String> inputs) {
    refuseInputs(file, option, inputs);
    try {
      return OutputFile.open(file);
    } catch (IOException e) {
      throw new UsageException(option + ": cannot write " + file + ": " + reason(e), e);
    }
  }

  /**
   * @throws UsageException when {@code output} is the same file as one of {@code inputs} (by {@link
   *     Files#isSameFile}, so also through links): writing it would destroy the input
   */
  static void refuseInputs(Path output, String what, Collection<String> inputs) {
    if (!Files.exists(output)) {
      return;
    }
    for (String input : inputs) {
      if (input.equals("-")) {
        continue;
      }
      try {
        Path path = Path.of(input);
        if (Files.exists(path) && Files.isSameFile(output, path)) {
          throw new UsageException(
              what
                  + " "
                  + output
                  + " is also an input ("
                  + input
                  + "); writing it would destroy the input");
        }
      } catch (InvalidPathException | IOException e) {
        // An input that cannot be looked at is reported when it is read.
      }
    }
  }

  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
