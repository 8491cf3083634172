package dev.neardup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code query --texts} and {@code check --against --texts}: pairs whose indexed article's original
 * text is given are verified exactly, the others stay estimated. The index is built with seed 4,
 * under which the samples' pair 000 ~ 001 is estimated at containment 0.5192 from the signatures
 * (the measure is set to containment: the figures compare the estimate with the exact score), below
 * its exact 0.5247 (as {@code neardup pairs}): a threshold in between tells the two apart.
 */
class IndexTextsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String S000 = "samples/000_c39e206ea61dc4e4.txt";
  private static final String S001 = "samples/001_d3e627cf6393b863.txt";
  private static final String S002 = "samples/002_bf0147ec658fde9e.txt";

  @TempDir Path dir;

  private String index(String... articles) {
    String db = dir.resolve("wire.db").toString();
    List<String> args = new ArrayList<>(List.of("index", "add", "--index", db, "--seed", "4"));
    args.addAll(List.of(articles));
    CliRun add = CliRun.run(args.toArray(String[]::new));
    assertEquals(0, add.code(), add.err());
    return db;
  }

  private static JsonNode onlyMatch(CliRun query) throws IOException {
    assertEquals(0, query.code(), query.err());
    assertEquals(1, query.out().lines().count(), query.out());
    JsonNode line = JSON.readTree(query.out());
    assertEquals(1, line.get("matches").size(), query.out());
    return line;
  }

  @Test
  void queryWithTheIndexedTextReportsTheExactScoreInsteadOfTheEstimate() throws IOException {
    String db = index(S001);
    JsonNode estimated =
        onlyMatch(CliRun.run("query", "--measure", "containment", "--index", db, S000));
    assertTrue(estimated.get("estimated").asBoolean());
    assertEquals(0.5192, estimated.get("matches").get(0).get("containment").asDouble());
    assertTrue(estimated.get("matches").get(0).get("estimated").asBoolean());

    CliRun query =
        CliRun.run("query", "--measure", "containment", "--index", db, "--texts", S001, S000);
    JsonNode exact = onlyMatch(query);
    assertFalse(exact.get("estimated").asBoolean(), query.out());
    JsonNode m = exact.get("matches").get(0);
    assertEquals(S001, m.get("id").asText());
    assertEquals(0.5247, m.get("containment").asDouble());
    assertEquals(0.2692, m.get("jaccard").asDouble());
    assertFalse(m.get("estimated").asBoolean());
    assertTrue(
        query
            .err()
            .contains(
                "1 pair; containment >= 0.4, 1 verified exactly on the original texts,"
                    + " 0 estimated from stored signatures"),
        query.err());
    assertTrue(query.out().contains("\"estimated\":false"), query.out());

    CliRun text =
        CliRun.run(
            "query",
            "--measure",
            "containment",
            "--index",
            db,
            "--texts",
            S001,
            "--output",
            "text",
            S000);
    assertTrue(text.out().contains("(exact scores)"), text.out());
    assertTrue(text.out().contains("containment 0.5247  jaccard 0.2692  exact"), text.out());
    CliRun csv =
        CliRun.run(
            "query",
            "--measure",
            "containment",
            "--index",
            db,
            "--texts",
            S001,
            "--output",
            "csv",
            S000);
    assertTrue(csv.out().lines().skip(1).allMatch(l -> l.endsWith(",false,false")), csv.out());
  }

  @Test
  void aPairWhoseEstimateFallsShortOfTheThresholdIsFoundWhenItsTextIsGiven() throws IOException {
    String db = index(S001);
    CliRun without =
        CliRun.run("query", "--measure", "containment", "--index", db, "--threshold", "0.52", S000);
    assertEquals(0, without.code(), without.err());
    assertEquals("", without.out(), "estimated 0.5192 < 0.52");

    JsonNode with =
        onlyMatch(
            CliRun.run(
                "query",
                "--measure",
                "containment",
                "--index",
                db,
                "--threshold",
                "0.52",
                "--texts",
                S001,
                S000));
    assertEquals(0.5247, with.get("matches").get(0).get("score").asDouble());
    assertFalse(with.get("matches").get(0).get("estimated").asBoolean());
  }

  @Test
  void pairsWhoseIndexedTextIsMissingOrDifferentStayEstimated() throws IOException {
    // 001 (already indexed, never its own match) duplicates 000 (0.5247 exact) and 002 (0.5774
    // estimated).
    String db = index(S000, S002);
    CliRun query =
        CliRun.run("query", "--measure", "containment", "--index", db, "--texts", S000, S001);
    assertEquals(0, query.code(), query.err());
    JsonNode line = JSON.readTree(query.out());
    assertTrue(line.get("estimated").asBoolean(), "one score is still an estimate");
    Map<String, JsonNode> byId =
        Map.of(
            line.get("matches").get(0).get("id").asText(),
            line.get("matches").get(0),
            line.get("matches").get(1).get("id").asText(),
            line.get("matches").get(1));
    assertEquals(0.5247, byId.get(S000).get("score").asDouble());
    assertFalse(byId.get(S000).get("estimated").asBoolean());
    assertEquals(0.5774, byId.get(S002).get("score").asDouble());
    assertTrue(byId.get(S002).get("estimated").asBoolean());
    assertTrue(
        query
            .err()
            .contains(
                "1 verified exactly on the original texts, 1 estimated from stored signatures"),
        query.err());
  }

  @Test
  void aTextUnderAnIndexedIdThatIsNotTheIndexedTextIsRejectedWithAWarning() throws IOException {
    String a = Files.readString(Path.of(S001));
    String b = Files.readString(Path.of("samples/003_232a1edf9d6c9641.txt"));
    Path indexed =
        Files.writeString(
            dir.resolve("indexed.jsonl"),
            JSON.writeValueAsString(Map.of("id", "w1", "text", a)) + "\n");
    Path edited =
        Files.writeString(
            dir.resolve("edited.jsonl"),
            JSON.writeValueAsString(Map.of("id", "w1", "text", a + "\n\n" + b)) + "\n");
    String db = index(indexed.toString());
    CliRun query =
        CliRun.run(
            "query", "--measure", "containment", "--index", db, "--texts", edited.toString(), S000);
    JsonNode line = onlyMatch(query);
    assertTrue(line.get("matches").get(0).get("estimated").asBoolean(), query.out());
    assertEquals(0.5192, line.get("matches").get(0).get("score").asDouble());
    assertTrue(
        query.err().contains("warning: w1: the text given with --texts is not the text indexed"),
        query.err());

    JsonNode right =
        onlyMatch(
            CliRun.run(
                "query",
                "--measure",
                "containment",
                "--index",
                db,
                "--texts",
                indexed.toString(),
                S000));
    assertEquals(0.5247, right.get("matches").get(0).get("score").asDouble());
  }

  @Test
  void checkAgainstWithTextsFailsOnExactScores() throws IOException {
    String db = index(S001);
    Path report = dir.resolve("report.json");
    CliRun check =
        CliRun.run(
            "check",
            "--measure",
            "containment",
            "--against",
            db,
            "--texts",
            S001,
            "--report",
            report.toString(),
            S000,
            S002);
    assertEquals(ExitCodes.DUPLICATES_FOUND, check.code(), check.err());
    assertTrue(
        check.err().contains("2 duplicate pairs: 2 of 2 articles duplicate articles of"),
        check.err());
    assertTrue(
        check.err().contains("2 verified exactly on the original texts, 0 estimated"), check.err());
    assertTrue(
        check.err().contains(S000 + " ~ " + S001 + " (indexed)  containment 0.5247 (exact)"),
        check.err());
    assertTrue(
        check.err().contains(S002 + " ~ " + S001 + " (indexed)  containment 0.5195 (exact)"),
        check.err());
    assertEquals("", check.out());
    JsonNode json = JSON.readTree(report.toFile());
    assertFalse(json.get("estimated").asBoolean());
    assertEquals(2, json.get("counts").get("exact_pairs").asInt());
    assertEquals(0.5247, json.get("pairs").get(0).get("score").asDouble());
    assertFalse(json.get("pairs").get(0).get("estimated").asBoolean());
    assertEquals(0.5195, json.get("pairs").get(1).get("score").asDouble());

    // At 0.52 the estimate (0.5192) would pass the batch; the exact score (0.5247) fails it.
    assertEquals(
        0,
        CliRun.run(
                "check", "--measure", "containment", "--against", db, "--threshold", "0.52", S000)
            .code());
    assertEquals(
        ExitCodes.DUPLICATES_FOUND,
        CliRun.run(
                "check",
                "--measure",
                "containment",
                "--against",
                db,
                "--threshold",
                "0.52",
                "--texts",
                S001,
                S000)
            .code());
  }

  @Test
  void textsWithoutAnIndexOrFromTheSameStdinAreUsageErrors() {
    CliRun plain = CliRun.run("check", "--measure", "containment", "--texts", S001, S000);
    assertEquals(ExitCodes.USAGE, plain.code());
    assertTrue(plain.err().contains("--texts needs --against"), plain.err());
    String db = index(S001);
    CliRun stdin = CliRun.withStdin("some text", "query", "--index", db, "--texts", "-");
    assertEquals(ExitCodes.USAGE, stdin.code());
    assertTrue(stdin.err().contains("cannot both be standard input"), stdin.err());
    assertTrue(stdin.errHasNoStackTrace());
  }
}
