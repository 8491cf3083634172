package dev.neardup.io;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads gold labels: JSON Lines of {@code {"id": ..., "cluster": ...}}, one per article; ids and
 * labels may be strings or numbers. Articles sharing a label are versions of one story.
 */
public final class GoldReader {
  private GoldReader() {}

  /**
   * @throws SideInputException naming the file and line of the first bad record, or a missing file
   */
  public static Map<String, String> read(Path file) {
    Map<String, String> gold = new HashMap<>();
    JsonLinesFile.forEach(
        file,
        "gold",
        (where, node) -> {
          if (!node.isObject() || !node.hasNonNull("id") || !node.hasNonNull("cluster")) {
            throw new IllegalArgumentException(where + "expected an object with id and cluster");
          }
          String id = node.get("id").asText();
          if (gold.put(id, node.get("cluster").asText()) != null) {
            throw new IllegalArgumentException(where + "id " + id + " labelled twice");
          }
        });
    return gold;
  }
}
