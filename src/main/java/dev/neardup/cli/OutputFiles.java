package dev.neardup.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens the extra output files some commands write (reports, dropped records). */
final class OutputFiles {
  private OutputFiles() {}

  /**
   * Opens {@code file} for writing UTF-8, replacing it.
   *
   * @throws IllegalArgumentException (exit code 2) naming the option and why it cannot be written
   */
  static Writer open(Path file, String option) {
    try {
      return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException(option + ": cannot write " + file + ": " + reason(e), e);
    }
  }

  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
