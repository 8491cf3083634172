package dev.neardup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neardup.store.SqliteIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index add / stats / remove, query and check --against through the real entry point. */
class IndexCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** Originals in one file, their planted copies in another. */
  private record Split(Path originals, Path copies, PlantedBatch batch) {}

  private Split split(int originals, int copies, long seed) throws IOException {
    PlantedBatch batch = PlantedBatch.generate(originals, copies, seed);
    Path a = dir.resolve("originals.jsonl");
    Path b = dir.resolve("copies.jsonl");
    Files.writeString(a, String.join("\n", batch.lines.subList(0, originals)) + "\n");
    Files.writeString(
        b, String.join("\n", batch.lines.subList(originals, batch.lines.size())) + "\n");
    return new Split(a, b, batch);
  }

  @Test
  void queryFindsEachPlantedCopysOriginalWithEstimatedScores() throws IOException {
    Split s = split(300, 20, 3);
    String db = dir.resolve("wire.db").toString();
    CliRun add =
        CliRun.run("index", "add", "--index", db, "--batch-size", "64", s.originals().toString());
    assertEquals(0, add.code(), add.err());
    assertTrue(add.err().contains("300 added"), add.err());

    CliRun query = CliRun.run("query", "--index", db, s.copies().toString());
    assertEquals(0, query.code(), query.err());
    Set<String> found = new TreeSet<>();
    for (String line : query.out().lines().toList()) {
      JsonNode n = JSON.readTree(line);
      assertTrue(n.get("estimated").asBoolean(), line);
      for (JsonNode m : n.get("matches")) {
        found.add(m.get("id").asText() + "|" + n.get("id").asText());
        assertTrue(m.get("score").asDouble() >= 0.4, line);
      }
    }
    assertEquals(s.batch().planted, found);
    assertTrue(query.err().contains("scores estimated from stored signatures"), query.err());

    CliRun csv =
        CliRun.run("query", "--index", db, "--output", "csv", "--all", s.copies().toString());
    assertEquals(21, csv.out().lines().count(), "header + one row per copy");
    assertTrue(csv.out().startsWith("id,match,measure,score,"), csv.out());
    CliRun text = CliRun.run("query", "--index", db, "--output", "text", s.copies().toString());
    assertTrue(text.out().contains("(estimated scores)"), text.out());
  }

  @Test
  void addingAgainSkipsPresentIdsAndQueryAddIndexesNewOnes() throws IOException {
    Split s = split(100, 10, 4);
    String db = dir.resolve("wire.db").toString();
    assertEquals(0, CliRun.run("index", "add", "--index", db, s.originals().toString()).code());
    CliRun again = CliRun.run("index", "add", "--index", db, s.originals().toString());
    assertTrue(again.err().contains("0 added, 100 already indexed (skipped)"), again.err());

    CliRun first =
        CliRun.run("query", "--index", db, "--add", "--batch-size", "3", s.copies().toString());
    assertEquals(0, first.code(), first.err());
    assertEquals(10, first.out().lines().count(), first.out());
    assertTrue(first.err().contains("10 added"), first.err());
    CliRun stats = CliRun.run("index", "stats", "--index", db, "--output", "json", "--check");
    assertEquals(0, stats.code(), stats.err());
    JsonNode json = JSON.readTree(stats.out());
    assertEquals(110, json.get("articles").asInt());
    assertEquals("ok", json.get("check").asText());

    // Each copy is now indexed: querying it again excludes itself and still finds its original.
    CliRun second = CliRun.run("query", "--index", db, s.copies().toString());
    for (String line : second.out().lines().toList()) {
      JsonNode n = JSON.readTree(line);
      assertTrue(n.get("indexed").asBoolean());
      assertEquals(1, n.get("matches").size(), line);
      assertFalse(n.get("matches").get(0).get("id").asText().equals(n.get("id").asText()));
    }
  }

  @Test
  void queryAddMatchesArticlesOfTheSameRunWhateverTheBatchSize() throws IOException {
    PlantedBatch batch = PlantedBatch.generate(60, 6, 9);
    Path all = Files.writeString(dir.resolve("all.jsonl"), batch.jsonl());
    String small =
        CliRun.run(
                "query",
                "--index",
                dir.resolve("a.db").toString(),
                "--add",
                "--batch-size",
                "7",
                all.toString())
            .out();
    String large =
        CliRun.run("query", "--index", dir.resolve("b.db").toString(), "--add", all.toString())
            .out();
    assertEquals(6, small.lines().count(), small);
    assertEquals(small, large);
  }

  @Test
  void checkAgainstFailsOnlyWhenTheBatchDuplicatesIndexedArticles() throws IOException {
    Split s = split(200, 8, 10);
    String db = dir.resolve("wire.db").toString();
    CliRun.run("index", "add", "--index", db, s.originals().toString());
    Path report = dir.resolve("report.json");
    CliRun fail =
        CliRun.run("check", "--against", db, "--report", report.toString(), s.copies().toString());
    assertEquals(ExitCodes.DUPLICATES_FOUND, fail.code(), fail.err());
    assertTrue(
        fail.err()
            .startsWith(
                "neardup check: FAIL: 8 duplicate pairs: 8 of 8 articles duplicate articles of"),
        fail.err());
    assertTrue(fail.err().contains("estimated"), fail.err());
    assertEquals("", fail.out(), "check keeps stdout empty");
    JsonNode json = JSON.readTree(report.toFile());
    assertEquals("duplicates", json.get("status").asText());
    assertEquals(8, json.get("pairs").size());
    assertTrue(json.get("estimated").asBoolean());
    assertEquals(
        0, CliRun.run("check", "--against", db, "--allow", "8", s.copies().toString()).code());

    // A batch of new stories is clean against the index even if it holds duplicates of its own.
    PlantedBatch fresh = PlantedBatch.generate(50, 5, 11);
    CliRun ok = CliRun.withStdin(fresh.jsonl(), "check", "--against", db);
    assertEquals(0, ok.code(), ok.err());
    assertTrue(
        ok.err()
            .startsWith(
                "neardup check: OK: none of 55 articles duplicates any of the 200 articles"),
        ok.err());
    CliRun missing =
        CliRun.run("check", "--against", dir.resolve("none.db").toString(), s.copies().toString());
    assertEquals(ExitCodes.USAGE, missing.code());
  }

  @Test
  void removeAndStats() throws IOException {
    Split s = split(30, 0, 5);
    String db = dir.resolve("wire.db").toString();
    CliRun.run("index", "add", "--index", db, s.originals().toString());
    CliRun remove = CliRun.run("index", "remove", "--index", db, "a0000", "a0001", "nope");
    assertEquals(0, remove.code(), remove.err());
    assertTrue(remove.err().contains("nope: not in the index"), remove.err());
    assertTrue(remove.err().contains("2 removed"), remove.err());
    CliRun stats = CliRun.run("index", "stats", "--index", db);
    assertTrue(stats.out().contains("articles:     28"), stats.out());
    assertTrue(stats.out().contains("char:9/4, 128 permutations, seed 1"), stats.out());
    assertTrue(stats.out().contains("bytes per article"), stats.out());
  }

  @Test
  void contradictingSettingsAndBadFilesAreOneLineUsageErrors() throws IOException {
    Split s = split(10, 0, 6);
    String db = dir.resolve("wire.db").toString();
    CliRun.run("index", "add", "--index", db, s.originals().toString());
    CliRun word = CliRun.run("query", "--index", db, "--shingle", "word", s.originals().toString());
    assertEquals(ExitCodes.USAGE, word.code());
    assertTrue(
        word.err().startsWith("neardup: " + db + " was built with char:9/4, 128 permutations"),
        word.err());
    assertTrue(word.err().contains("--shingle/-k/--sample word:5 contradicts it"), word.err());
    assertEquals(1, word.err().lines().count(), word.err());
    // Options equal to the stored ones, or left out, are fine; query-time options may differ.
    assertEquals(
        0,
        CliRun.run(
                "query",
                "--index",
                db,
                "--permutations",
                "128",
                "--threshold",
                "0.9",
                "--measure",
                "jaccard",
                s.originals().toString())
            .code());

    CliRun missing =
        CliRun.run("query", "--index", dir.resolve("none.db").toString(), s.originals().toString());
    assertEquals(ExitCodes.USAGE, missing.code());
    assertTrue(missing.err().contains("no such index"), missing.err());
    assertFalse(Files.exists(dir.resolve("none.db")));
    Path text = Files.writeString(dir.resolve("text.db"), "x".repeat(5000));
    CliRun notIndex = CliRun.run("index", "stats", "--index", text.toString());
    assertEquals(ExitCodes.USAGE, notIndex.code());
    assertTrue(notIndex.err().contains("not a neardup index"), notIndex.err());
    assertTrue(notIndex.errHasNoStackTrace());
  }

  @Test
  void aWriterThatCannotGetTheLockFailsCleanlyWithExit75() throws Exception {
    Split s = split(20, 0, 7);
    Path db = dir.resolve("wire.db");
    CliRun.run("index", "add", "--index", db.toString(), s.originals().toString());
    Split more = split(40, 0, 8);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement()) {
      st.execute("BEGIN IMMEDIATE"); // another writer holds the lock
      CliRun r =
          CliRun.run(
              "index",
              "add",
              "--index",
              db.toString(),
              "--busy-timeout",
              "0.3",
              more.originals().toString());
      assertEquals(ExitCodes.INDEX_BUSY, r.code(), r.err());
      assertEquals(1, r.err().lines().count(), r.err());
      assertTrue(r.err().contains("locked by another process"), r.err());
      // Readers are not blocked by the writer.
      assertEquals(
          0, CliRun.run("query", "--index", db.toString(), s.originals().toString()).code());
      st.execute("ROLLBACK");
    }
    try (SqliteIndex index = SqliteIndex.open(db, null, false)) {
      assertEquals(20, index.stats().articles(), "nothing of the failed run was written");
      assertTrue(index.check().isEmpty());
    }
  }
}
