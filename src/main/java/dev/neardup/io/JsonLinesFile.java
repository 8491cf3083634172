package dev.neardup.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a small JSON Lines file that neardup itself consumes whole (gold labels, sketches), where
 * the first bad line stops the run with its file and line number. Articles are read by {@link
 * ArticleReader} instead, which reports bad lines and goes on.
 */
final class JsonLinesFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Receives each non-blank line's value and its {@code "FILE:LINE: "} prefix for messages. */
  @FunctionalInterface
  interface LineHandler {
    void accept(String where, JsonNode node);
  }

  private JsonLinesFile() {}

  /**
   * @param what what the file holds, for the missing-file message ("gold", "signatures")
   * @throws IllegalArgumentException for a missing file or a line that is not JSON
   * @throws UncheckedIOException when the file cannot be read
   */
  static void forEach(Path file, String what, LineHandler handler) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String where = file + ":" + number + ": ";
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (IOException e) {
          throw new IllegalArgumentException(where + "not valid JSON");
        }
        handler.accept(where, node);
      }
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such " + what + " file");
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }
}
