package dev.neardup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * dedup never silently loses a record, and changes only what the README says: issue 16, point 8.
 */
class DedupPassThroughTest {
  private static final String EMPTY = "{\"id\": \"e\",  \"text\": \"\", \"keep\": [1, 2]}";
  private static final String BLANK = "{\"id\": \"w\", \"text\": \"   \\n \"}";

  @Test
  void recordsWithEmptyTextArePassedThroughAsKeptAndCounted() {
    List<String> batch = PlantedBatch.generate(20, 3, 9).jsonl().lines().toList();
    String input =
        String.join("\n", batch.subList(0, 10))
            + "\n"
            + EMPTY
            + "\n"
            + BLANK
            + "\n"
            + String.join("\n", batch.subList(10, batch.size()))
            + "\n";
    for (String keep : List.of("first", "longest")) {
      CliRun r = CliRun.withStdin(input, "dedup", "--keep", keep);
      assertEquals(0, r.code(), r.err());
      List<String> out = r.out().lines().toList();
      assertTrue(out.contains(EMPTY) && out.contains(BLANK), keep + ": " + r.out());
      assertEquals(EMPTY, out.get(10), "in input order");
      assertTrue(
          r.err()
              .contains(
                  "dedup: 25 records, 22 kept (2 of them without words, passed through unjudged),"
                      + " 3 dropped"),
          keep + ": " + r.err());
      assertTrue(r.err().contains("-:11: empty article, passed through unjudged"), r.err());
    }
  }

  @Test
  void recordsComeOutByteForByteExceptTheDocumentedLineEndAndMarkChanges() {
    String odd =
        "{ \"text\" : \"Caf\\u00e9 \u00e9t\u00e9 \\\"quoted\\\"\",\"id\":7 , \"x\":{\"y\":[null,1e3]} }";
    CliRun r =
        CliRun.withStdin(
            "\uFEFF" + odd + "\r\n" + odd.replace("\"id\":7", "\"id\":8") + "\r\n",
            "dedup",
            "--threshold",
            "1");
    assertEquals(0, r.code(), r.err());
    assertEquals(odd + "\n" + odd.replace("\"id\":7", "\"id\":8") + "\n", r.out());
  }
}
