package dev.neardup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalTuneCommandTest {
  private static final String GOLD = "bench/samples-gold.jsonl";

  @TempDir Path dir;

  @Test
  void evalOfTheDefaultsOnSamplesIsPerfectAndMachineReadable() throws IOException {
    CliRun r = CliRun.run("eval", "--gold", GOLD, "--output", "json", "samples");
    assertEquals(0, r.code(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(1.0, json.get("scores").get("pairPrecision").asDouble());
    assertEquals(1.0, json.get("scores").get("pairRecall").asDouble());
    assertEquals(3, json.get("scores").get("truePositivePairs").asInt());
    assertEquals("containment", json.get("settings").get("measure").asText());
  }

  @Test
  void evalShowsTheMissesOfAStrictBaseline() {
    CliRun r = CliRun.run("eval", "--gold", GOLD, "--shingle", "word", "-k", "5", "--measure", "jaccard",
        "--threshold", "0.5", "samples");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("recall 0.0000"), r.out());
    assertTrue(r.out().contains("worst misses") && r.out().contains("001_d3e627cf6393b863.txt"), r.out());
  }

  @Test
  void evalRejectsArticlesWithoutGoldLabels() throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"id\": \"000_c39e206ea61dc4e4.txt\", \"cluster\": 1}\n");
    CliRun r = CliRun.run("eval", "--gold", gold.toString(), "samples");
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains("4 articles have no gold label"), r.err());
    assertTrue(r.errHasNoStackTrace(), r.err());
  }

  @Test
  void tuneRecommendsASettingThatSeparatesTheSamplesAsAReadyCommand() {
    CliRun r = CliRun.run("tune", "--gold", GOLD, "--shingles", "word:5,char:9", "--permutation-counts", "64",
        "--thresholds", "0.3,0.6", "--linkages", "center", "--measures", "jaccard,containment", "-q", "samples");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("recommended (best pair F1 with precision >= 0.95): pair P 1.0000 R 1.0000"), r.out());
    assertTrue(r.out().contains("neardup cluster --shingle"), r.out());
    // 2 shinglings × 2 measures × 2 thresholds, one row each.
    assertEquals(8, r.out().lines().filter(l -> l.matches("^(word|char):\\d.*")).count(), r.out());
  }

  @Test
  void tuneCsvListsEveryGridPoint() {
    CliRun r = CliRun.run("tune", "--gold", GOLD, "--shingles", "word:5", "--permutation-counts", "64,128",
        "--thresholds", "0.2,0.4,0.6", "--linkages", "center,single", "--measures", "containment", "-o", "csv", "samples");
    assertEquals(0, r.code(), r.err());
    assertEquals(1 + 2 * 3 * 2, r.out().lines().count(), r.out());
  }
}
