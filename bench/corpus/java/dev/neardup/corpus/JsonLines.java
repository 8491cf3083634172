package dev.neardup.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads JSON Lines files (one object a line, blank lines skipped), plain or gzipped, in file order.
 */
final class JsonLines {
  private JsonLines() {}

  static void read(Path file, Consumer<JsonNode> handler) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      read(in, handler);
    }
  }

  /**
   * The Reuters collection is read whole on every run; an unreadable file is a broken setup, not a
   * case to handle.
   */
  static void readGzipped(Path file, Consumer<JsonNode> handler) {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16),
                StandardCharsets.UTF_8))) {
      read(in, handler);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static void read(BufferedReader in, Consumer<JsonNode> handler) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    String line;
    while ((line = in.readLine()) != null) {
      if (!line.isBlank()) {
        handler.accept(mapper.readTree(line));
      }
    }
  }
}
