package dev.neardup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neardup.core.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dedup, pairs and check through the real entry point, on batches with planted duplicates. */
class PipelineCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void dedupThenCheckIsCleanWhileTheRawBatchFails() {
    PlantedBatch batch = PlantedBatch.generate(200, 25, 11);
    CliRun raw = CliRun.withStdin(batch.jsonl(), "check");
    assertEquals(ExitCodes.DUPLICATES_FOUND, raw.code(), raw.err());

    CliRun dedup = CliRun.withStdin(batch.jsonl(), "dedup");
    assertEquals(0, dedup.code(), dedup.err());
    List<String> kept = dedup.out().lines().toList();
    assertEquals(200, kept.size(), dedup.err());
    assertTrue(dedup.err().contains("25 dropped"), dedup.err());
    assertTrue(dedup.err().contains("estimated"), dedup.err());

    CliRun check = CliRun.withStdin(dedup.out(), "check");
    assertEquals(0, check.code(), check.err());
    assertTrue(check.err().startsWith("neardup check: OK"), check.err());
    assertEquals("", check.out(), "check keeps stdout empty");
  }

  @Test
  void checkReportListsExactlyThePlantedPairs() throws IOException {
    PlantedBatch batch = PlantedBatch.generate(150, 12, 5);
    Path input = dir.resolve("batch.jsonl");
    Files.writeString(input, batch.jsonl());
    Path report = dir.resolve("report.json");
    CliRun r = CliRun.run("check", "--report", report.toString(), input.toString());
    assertEquals(ExitCodes.DUPLICATES_FOUND, r.code(), r.err());
    assertTrue(r.err().startsWith("neardup check: FAIL: 12 duplicate pairs"), r.err());

    JsonNode json = JSON.readTree(report.toFile());
    Set<String> pairs = new TreeSet<>();
    for (JsonNode p : json.get("pairs")) {
      pairs.add(p.get("a").asText() + "|" + p.get("b").asText());
      assertTrue(p.get("score").asDouble() >= Settings.DEFAULTS.threshold());
      assertTrue(
          p.has("jaccard") && p.has("containment_a_in_b") && p.has("estimated_jaccard"),
          p.toString());
    }
    assertEquals(batch.planted, pairs);
    assertEquals("duplicates", json.get("status").asText());
    assertEquals(1, json.get("exit_code").asInt());
    assertEquals(162, json.get("counts").get("articles").asInt());
    assertEquals(12, json.get("counts").get("duplicate_pairs").asInt());
    assertEquals(12, json.get("clusters").size());
    assertEquals(Settings.DEFAULTS.threshold(), json.get("settings").get("threshold").asDouble());
    assertEquals("neardup", json.get("tool").get("name").asText());
    assertTrue(json.get("tool").hasNonNull("version"));
  }

  @Test
  void checkToleratesAllowedPairs() {
    PlantedBatch batch = PlantedBatch.generate(100, 3, 8);
    assertEquals(0, CliRun.withStdin(batch.jsonl(), "check", "--allow", "3").code());
    assertEquals(1, CliRun.withStdin(batch.jsonl(), "check", "--allow", "2").code());
    assertEquals(ExitCodes.USAGE, CliRun.withStdin(batch.jsonl(), "check", "--allow", "-1").code());
  }

  @Test
  void checkKeepsExitCodeThreeForUnreadableInputs() throws IOException {
    Path input = dir.resolve("batch.jsonl");
    Files.writeString(input, PlantedBatch.generate(20, 0, 2).jsonl());
    CliRun r = CliRun.run("check", input.toString(), dir.resolve("missing.jsonl").toString());
    assertEquals(ExitCodes.INPUT_ERRORS, r.code(), r.err());
    assertTrue(r.err().contains("missing.jsonl"), r.err());
    assertTrue(r.errHasNoStackTrace(), r.err());
  }

  @Test
  void dedupPassesRecordsThroughByteForByteWithUnknownFieldsAndKeyOrder() {
    PlantedBatch batch = PlantedBatch.generate(30, 0, 3);
    StringBuilder in = new StringBuilder();
    List<String> expected = new java.util.ArrayList<>();
    for (int i = 0; i < batch.lines.size(); i++) {
      String line = batch.lines.get(i);
      // Unknown fields before and after, odd spacing, escapes and a number that a re-encoder would
      // respell.
      String odd =
          "{ \"zeta\" : [1, {\"y\":null}],\"score\":1.50e+2, "
              + line.substring(1, line.length() - 1)
              + " ,\"\\u00e9t\\u00e9\":\"caf\\u00e9 \\/ \u00fcber\", \"alpha\":true }";
      in.append(odd).append(i % 2 == 0 ? "\r\n" : "\n");
      expected.add(odd);
    }
    CliRun r = CliRun.withStdin(in.toString(), "dedup");
    assertEquals(0, r.code(), r.err());
    assertEquals(expected, r.out().lines().toList());
  }

  @Test
  void droppedRecordsNameTheKeptArticleAndCarryTheRecordUnchanged() throws IOException {
    PlantedBatch batch = PlantedBatch.generate(60, 6, 4);
    Path dropped = dir.resolve("dropped.jsonl");
    CliRun r = CliRun.withStdin(batch.jsonl(), "dedup", "--dropped", dropped.toString());
    assertEquals(0, r.code(), r.err());
    Set<String> pairs = new TreeSet<>();
    Set<String> droppedLines = new HashSet<>();
    for (String line : Files.readAllLines(dropped)) {
      JsonNode d = JSON.readTree(line);
      pairs.add(d.get("duplicate_of").asText() + "|" + d.get("id").asText());
      assertTrue(d.get("estimated").asBoolean());
      assertEquals(d.get("id").asText(), d.get("record").get("id").asText());
      droppedLines.add(JSON.writeValueAsString(d.get("record")));
    }
    assertEquals(batch.planted, pairs);
    for (String line : batch.lines) {
      assertEquals(droppedLines.contains(line), !r.out().contains(line));
    }
  }

  @Test
  void keepLongestKeepsTheFullestVersionAndKeepFirstTheEarliest() {
    PlantedBatch batch = PlantedBatch.generate(3, 0, 9);
    String shortLine = batch.lines.get(0);
    JsonNode shortRecord;
    try {
      shortRecord = JSON.readTree(shortLine);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    String longText =
        shortRecord.get("text").asText()
            + "\nA further paragraph adds a few more words to this version.";
    String longLine = "{\"id\":\"long\",\"text\":" + JSON.valueToTree(longText) + "}";
    String in =
        shortLine + "\n" + batch.lines.get(1) + "\n" + longLine + "\n" + batch.lines.get(2) + "\n";

    CliRun first = CliRun.withStdin(in, "dedup", "--keep", "first");
    assertEquals(
        List.of(shortLine, batch.lines.get(1), batch.lines.get(2)), first.out().lines().toList());

    CliRun longest = CliRun.withStdin(in, "dedup", "--keep", "longest");
    assertEquals(0, longest.code(), longest.err());
    assertEquals(
        List.of(batch.lines.get(1), longLine, batch.lines.get(2)), longest.out().lines().toList());
    assertTrue(longest.err().contains("exact"), longest.err());
  }

  @Test
  void dedupWritesTextFilesAsJsonRecords() throws IOException {
    CliRun r = CliRun.run("dedup", "samples");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.size() >= 2 && lines.size() <= 5, r.out());
    for (String line : lines) {
      JsonNode node = JSON.readTree(line);
      assertTrue(node.get("id").asText().endsWith(".txt"));
      assertEquals(
          Files.readString(Path.of("samples", node.get("id").asText())), node.get("text").asText());
    }
  }

  @Test
  void dedupToAnUnwritableDroppedFileIsAUsageError() {
    CliRun r =
        CliRun.withStdin("", "dedup", "--dropped", dir.resolve("no/such/dir/d.jsonl").toString());
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains("--dropped"), r.err());
    assertTrue(r.errHasNoStackTrace(), r.err());
  }

  @Test
  void pairsPrintsEveryDuplicatePairWithItsScores() throws IOException {
    PlantedBatch batch = PlantedBatch.generate(80, 5, 6);
    CliRun r = CliRun.withStdin(batch.jsonl(), "pairs");
    assertEquals(0, r.code(), r.err());
    Set<String> pairs = new TreeSet<>();
    for (String line : r.out().lines().toList()) {
      JsonNode p = JSON.readTree(line);
      pairs.add(p.get("a").asText() + "|" + p.get("b").asText());
      for (String field :
          List.of(
              "jaccard",
              "containment",
              "containment_a_in_b",
              "containment_b_in_a",
              "estimated_jaccard",
              "estimated_containment")) {
        double v = p.get(field).asDouble();
        assertTrue(v > 0.8 && v <= 1, field + " " + v);
      }
    }
    assertEquals(batch.planted, pairs);

    CliRun csv = CliRun.withStdin(batch.jsonl(), "pairs", "--output", "csv");
    List<String> rows = csv.out().lines().toList();
    assertTrue(
        rows.get(0)
            .startsWith(
                "a,b,measure,score,jaccard,containment,containment_a_in_b,containment_b_in_a,"
                    + "estimated_jaccard,estimated_containment"),
        rows.get(0));
    assertEquals(6, rows.size());
  }

  @Test
  void minScoreZeroShowsEveryVerifiedCandidate() {
    CliRun all = CliRun.run("pairs", "--min-score", "0", "samples");
    CliRun dup = CliRun.run("pairs", "samples");
    assertTrue(all.out().lines().count() >= dup.out().lines().count());
    assertEquals(ExitCodes.USAGE, CliRun.run("pairs", "--min-score", "1.5", "samples").code());
  }

  @Test
  void progressNeverReachesCapturedStderr() {
    CliRun r = CliRun.withStdin(PlantedBatch.generate(50, 5, 1).jsonl(), "dedup");
    assertFalse(r.err().contains("\r"), r.err());
    assertNotEquals("", r.err());
  }

  /** The sample files' texts as JSON Lines records {"id": "000", "text": …}, in the order given. */
  private static String samplesAsJsonLines(List<String> ids) throws IOException {
    StringBuilder in = new StringBuilder();
    try (var files = Files.list(Path.of("samples"))) {
      List<Path> all = files.sorted().toList();
      for (String id : ids) {
        Path file =
            all.stream()
                .filter(p -> p.getFileName().toString().startsWith(id + "_"))
                .findFirst()
                .orElseThrow();
        in.append(
                JSON.writeValueAsString(java.util.Map.of("id", id, "text", Files.readString(file))))
            .append('\n');
      }
    }
    return in.toString();
  }

  private static List<String> keptIds(CliRun r) throws IOException {
    List<String> ids = new java.util.ArrayList<>();
    for (String line : r.out().lines().toList()) {
      ids.add(JSON.readTree(line).get("id").asText());
    }
    return ids;
  }

  /** The six orders of the sample story's versions 000 ~ 001 ~ 002 (000 and 002 do not match). */
  private static final List<List<String>> STORY_ORDERS =
      List.of(
          List.of("000", "001", "002"),
          List.of("000", "002", "001"),
          List.of("001", "000", "002"),
          List.of("001", "002", "000"),
          List.of("002", "000", "001"),
          List.of("002", "001", "000"));

  @Test
  void dedupKeepsOneVersionOfTheSampleStoryInEveryOrder() throws IOException {
    // In 000, 002, 001 and 002, 000, 001 both ends are kept before 001 links them: the second is
    // still held then, so it is taken back. 003 and 004 go in at every position across the orders.
    for (int o = 0; o < STORY_ORDERS.size(); o++) {
      List<String> order = new java.util.ArrayList<>(STORY_ORDERS.get(o));
      order.add(o % 4, "003");
      order.add((o + 2) % 5, "004");
      CliRun r = CliRun.withStdin(samplesAsJsonLines(order), "dedup");
      assertEquals(0, r.code(), r.err());
      List<String> kept = keptIds(r);
      List<String> story =
          kept.stream().filter(id -> !id.equals("003") && !id.equals("004")).toList();
      assertEquals(List.of(STORY_ORDERS.get(o).get(0)), story, "order " + order);
      assertTrue(kept.contains("003") && kept.contains("004"), "order " + order + ": " + kept);
      assertEquals(order.stream().filter(kept::contains).toList(), kept, "input order: " + order);
    }
  }

  @Test
  void aKeptRecordTakenBackGoesToDroppedNamingTheBridge() throws IOException {
    Path dropped = dir.resolve("dropped.jsonl");
    List<String> order = List.of("000", "002", "003", "001", "004");
    CliRun r =
        CliRun.withStdin(samplesAsJsonLines(order), "dedup", "--dropped", dropped.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("000", "003", "004"), keptIds(r));
    assertTrue(r.err().contains("3 kept, 2 dropped"), r.err());
    List<String> lines = Files.readAllLines(dropped);
    assertEquals(2, lines.size());
    JsonNode takenBack = JSON.readTree(lines.get(0));
    assertEquals(
        List.of("002", "000", "001"),
        List.of(
            takenBack.get("id").asText(),
            takenBack.get("duplicate_of").asText(),
            takenBack.get("matched").asText()));
    assertEquals("002", takenBack.get("record").get("id").asText());
    JsonNode bridge = JSON.readTree(lines.get(1));
    assertEquals(
        List.of("001", "000"),
        List.of(bridge.get("id").asText(), bridge.get("duplicate_of").asText()));
  }

  @Test
  void holdZeroWritesAtOnceAndCannotTakeARecordBack() throws IOException {
    CliRun r =
        CliRun.withStdin(
            samplesAsJsonLines(List.of("000", "002", "001", "003", "004")), "dedup", "--hold", "0");
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("000", "002", "003", "004"), keptIds(r));
    assertEquals(ExitCodes.USAGE, CliRun.withStdin("", "dedup", "--hold", "-1").code());
  }

  @Test
  void keepLongestKeepsTheSameVersionOfTheSampleStoryInEveryOrder() throws IOException {
    java.util.Set<List<String>> story = new HashSet<>();
    for (List<String> order : STORY_ORDERS) {
      List<String> all = new java.util.ArrayList<>(order);
      all.addAll(List.of("003", "004"));
      CliRun r = CliRun.withStdin(samplesAsJsonLines(all), "dedup", "--keep", "longest");
      assertEquals(0, r.code(), r.err());
      story.add(keptIds(r).stream().filter(id -> !id.equals("003") && !id.equals("004")).toList());
    }
    assertEquals(1, story.size(), "one version, whatever the order: " + story);
    assertEquals(1, story.iterator().next().size(), story.toString());
  }

  @Test
  void aDroppedRecordNamesTheStorysKeptRecordAndTheVersionItMatched() throws IOException {
    Path dropped = dir.resolve("dropped.jsonl");
    CliRun r =
        CliRun.withStdin(
            samplesAsJsonLines(List.of("000", "001", "002", "003", "004")),
            "dedup",
            "--dropped",
            dropped.toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = Files.readAllLines(dropped);
    assertEquals(2, lines.size());
    JsonNode first = JSON.readTree(lines.get(0));
    JsonNode second = JSON.readTree(lines.get(1));
    assertEquals(
        List.of("001", "000", "000"),
        List.of(
            first.get("id").asText(),
            first.get("duplicate_of").asText(),
            first.get("matched").asText()));
    assertEquals(
        List.of("002", "000", "001"),
        List.of(
            second.get("id").asText(),
            second.get("duplicate_of").asText(),
            second.get("matched").asText()));
  }
}
