package dev.neardup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
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
    assertEquals("passage", json.get("settings").get("measure").asText());
  }

  @Test
  void evalShowsTheMissesOfAStrictBaseline() {
    CliRun r =
        CliRun.run(
            "eval",
            "--gold",
            GOLD,
            "--shingle",
            "word",
            "-k",
            "5",
            "--measure",
            "jaccard",
            "--threshold",
            "0.5",
            "samples");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("recall 0.0000"), r.out());
    assertTrue(
        r.out().contains("worst misses") && r.out().contains("001_d3e627cf6393b863.txt"), r.out());
  }

  @Test
  void evalRejectsArticlesWithoutGoldLabels() throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"id\": \"000_c39e206ea61dc4e4.txt\", \"cluster\": 1}\n");
    CliRun r = CliRun.run("eval", "--gold", gold.toString(), "samples");
    assertEquals(ExitCodes.INPUT_ERRORS, r.code());
    assertTrue(r.err().contains("4 articles have no gold label"), r.err());
    assertTrue(r.errHasNoStackTrace(), r.err());
  }

  @Test
  void tuneRecommendsASettingThatSeparatesTheSamplesAsAReadyCommand() {
    CliRun r =
        CliRun.run(
            "tune",
            "--gold",
            GOLD,
            "--shingles",
            "word:5,char:9",
            "--permutation-counts",
            "64",
            "--thresholds",
            "0.3,0.6",
            "--linkages",
            "center",
            "--measures",
            "jaccard,containment",
            "-q",
            "samples");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out()
            .contains("recommended (best pair F1 with precision >= 0.95): pair P 1.0000 R 1.0000"),
        r.out());
    assertTrue(r.out().contains("neardup cluster --shingle"), r.out());
    // 2 shinglings × 2 measures × 2 thresholds, one row each.
    assertEquals(8, r.out().lines().filter(l -> l.matches("^(word|char):\\d.*")).count(), r.out());
  }

  @Test
  void tuneCsvListsEveryGridPoint() {
    CliRun r =
        CliRun.run(
            "tune",
            "--gold",
            GOLD,
            "--shingles",
            "word:5",
            "--permutation-counts",
            "64,128",
            "--thresholds",
            "0.2,0.4,0.6",
            "--linkages",
            "center,single",
            "--measures",
            "containment",
            "-o",
            "csv",
            "samples");
    assertEquals(0, r.code(), r.err());
    assertEquals(1 + 2 * 3 * 2, r.out().lines().count(), r.out());
  }

  private static String words(SplittableRandom r, int count) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < count; i++) {
      b.append(i == 0 ? "" : " ").append("w").append(r.nextInt(50_000));
    }
    return b.toString();
  }

  /**
   * A labelled set that a low threshold over-merges: story x has a copy, and story y shares its
   * first 75 of 200 words with x (containment about 0.375), which the samples' pairs (0.52) exceed.
   * Returns the --set argument.
   */
  private String lookAlikeSet() throws IOException {
    SplittableRandom r = new SplittableRandom(21);
    String shared = words(r, 75);
    String x = shared + " " + words(r, 125);
    String xCopy = x.replaceFirst(" w", " changed w");
    String y = shared + " " + words(r, 125);
    String z = words(r, 200);
    String zCopy = z.replaceFirst(" w", " changed w");
    ObjectMapper json = new ObjectMapper();
    StringBuilder articles = new StringBuilder();
    StringBuilder gold = new StringBuilder();
    String[][] records = {
      {"x1", x, "x"}, {"x2", xCopy, "x"}, {"y1", y, "y"}, {"z1", z, "z"}, {"z2", zCopy, "z"}
    };
    for (String[] rec : records) {
      articles
          .append(json.writeValueAsString(java.util.Map.of("id", rec[0], "text", rec[1])))
          .append('\n');
      gold.append(json.writeValueAsString(java.util.Map.of("id", rec[0], "cluster", rec[2])))
          .append('\n');
    }
    Path articlesFile = dir.resolve("lookalikes.jsonl");
    Path goldFile = dir.resolve("lookalikes-gold.jsonl");
    Files.writeString(articlesFile, articles);
    Files.writeString(goldFile, gold);
    return goldFile + "=" + articlesFile;
  }

  private static final List<String> THREE_THRESHOLDS =
      List.of(
          "--shingles",
          "char:9",
          "--permutation-counts",
          "128",
          "--measures",
          "containment",
          "--thresholds",
          "0.3,0.45,0.6",
          "--linkages",
          "center");

  private static CliRun tune(List<String> args) {
    List<String> all = new java.util.ArrayList<>(List.of("tune", "-q"));
    all.addAll(THREE_THRESHOLDS);
    all.addAll(args);
    return CliRun.run(all.toArray(String[]::new));
  }

  /** The value of {@code column} in the csv row of threshold {@code threshold}. */
  private static double csvValue(CliRun r, String threshold, String column) {
    List<String> lines = r.out().lines().toList();
    int at = List.of(lines.get(0).split(",")).indexOf(column);
    int thresholdAt = List.of(lines.get(0).split(",")).indexOf("threshold");
    return lines.stream()
        .skip(1)
        .map(l -> l.split(","))
        .filter(f -> f[thresholdAt].equals(threshold))
        .mapToDouble(f -> Double.parseDouble(f[at]))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void tuneOverSeveralSetsRecommendsTheSettingWhoseWorstSetIsBest() throws IOException {
    String lookAlikes = lookAlikeSet();
    CliRun samplesAlone = tune(List.of("--set", GOLD + "=samples", "-o", "csv"));
    CliRun lookAlikesAlone = tune(List.of("--set", lookAlikes, "-o", "csv"));
    CliRun both = tune(List.of("--set", GOLD + "=samples", "--set", lookAlikes));
    assertEquals(0, both.code(), both.err());
    // Each set alone has a different failing threshold: the samples' pairs (0.52) are lost at 0.6,
    // the look-alike (0.375) is merged at 0.3; only 0.45 is right for both.
    assertEquals(0.0, csvValue(samplesAlone, "0.6", "worst_pair_recall"), samplesAlone.out());
    assertEquals(1.0, csvValue(samplesAlone, "0.3", "worst_pair_f1"), samplesAlone.out());
    assertTrue(csvValue(lookAlikesAlone, "0.3", "worst_pair_precision") < 1, lookAlikesAlone.out());
    assertEquals(1.0, csvValue(lookAlikesAlone, "0.6", "worst_pair_f1"), lookAlikesAlone.out());
    assertTrue(both.out().contains("s1: " + GOLD + " on samples, 5 articles"), both.out());
    assertTrue(
        both.out()
            .contains(
                "recommended (best worst-set pair F1 with precision >= 0.95 on every set):"
                    + " worst pair P 1.0000 R 1.0000 F1 1.0000"),
        both.out());
    assertTrue(both.out().contains("--threshold 0.45"), both.out());
    List<String> table = both.out().lines().filter(l -> l.startsWith("char:9")).toList();
    assertEquals(3, table.size(), both.out());
    assertTrue(table.get(0).contains(" 0.45 "), "sorted by worst-set F1: " + table);
  }

  @Test
  void tuneCsvOverSeveralSetsHasEveryPointAndEverySet() throws IOException {
    CliRun r = tune(List.of("--set", GOLD + "=samples", "--set", lookAlikeSet(), "-o", "csv"));
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(1 + 3, lines.size(), r.out());
    assertTrue(
        lines.get(0).contains("worst_pair_f1,s1_candidates") && lines.get(0).endsWith("s2_ari"),
        lines.get(0));
    int columns = lines.get(0).split(",").length;
    for (String line : lines) {
      assertEquals(columns, line.split(",").length, line);
    }
  }

  @Test
  void tuneRejectsASetWithoutInputAndMixingSetsWithGold() {
    assertEquals(ExitCodes.USAGE, CliRun.run("tune", "--set", GOLD).code());
    CliRun mixed = CliRun.run("tune", "--gold", GOLD, "--set", GOLD + "=samples", "samples");
    assertEquals(ExitCodes.USAGE, mixed.code());
    assertTrue(mixed.err().contains("not both"), mixed.err());
    assertEquals(ExitCodes.USAGE, CliRun.run("tune", "samples").code());
  }
}
