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
import java.util.HashMap;
import java.util.Map;

/**
 * Reads gold labels: JSON Lines of {@code {"id": ..., "cluster": ...}}, one per article; ids and
 * labels may be strings or numbers. Articles sharing a label are versions of one story.
 */
public final class GoldReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldReader() {}

  /**
   * @throws IllegalArgumentException naming the file and line of the first bad record, or a
   *     missing file
   */
  public static Map<String, String> read(Path file) {
    Map<String, String> gold = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (IOException e) {
          throw new IllegalArgumentException(file + ":" + number + ": not valid JSON");
        }
        if (node == null || !node.isObject() || !node.hasNonNull("id") || !node.hasNonNull("cluster")) {
          throw new IllegalArgumentException(file + ":" + number + ": expected an object with id and cluster");
        }
        String id = node.get("id").asText();
        if (gold.put(id, node.get("cluster").asText()) != null) {
          throw new IllegalArgumentException(file + ":" + number + ": id " + id + " labelled twice");
        }
      }
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such gold file");
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
    return gold;
  }
}
