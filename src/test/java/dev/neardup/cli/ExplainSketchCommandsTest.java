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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * explain, sketch, cluster --signatures, completion, help and version through the real entry point.
 */
class ExplainSketchCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path A = Path.of("samples", "000_c39e206ea61dc4e4.txt");
  private static final Path B = Path.of("samples", "001_d3e627cf6393b863.txt");

  /** A sentence both AFP versions carry word for word. */
  private static final String SHARED =
      "Speaking to journalists after the first day of closed-door talks, Russia’s chief"
          + " negotiator Alexander Lavrentyev expressed confidence that a political settlement to the six-year conflict"
          + " was possible";

  /** A paragraph only the longer version has. */
  private static final String ONLY_B = "Lavrentyev called Assad’s acceptance earlier this month";

  @TempDir Path dir;

  @Test
  void explainJsonReportsTheSharedSentenceAtItsOffsetsInBothTexts() throws IOException {
    CliRun r = CliRun.run("explain", "--output", "json", A.toString(), B.toString());
    assertEquals(0, r.code(), r.err());
    String textA = Files.readString(A);
    String textB = Files.readString(B);
    JsonNode json = JSON.readTree(r.out());
    assertEquals(A.toString(), json.get("a").asText());
    assertTrue(json.get("scores").get("jaccard").asDouble() > 0);
    boolean found = false;
    for (JsonNode p : json.get("passages")) {
      JsonNode a = p.get("a");
      JsonNode b = p.get("b");
      assertEquals(
          textA.substring(a.get("start").asInt(), a.get("end").asInt()), a.get("text").asText());
      assertEquals(
          textB.substring(b.get("start").asInt(), b.get("end").asInt()), b.get("text").asText());
      assertFalse(a.get("text").asText().contains(ONLY_B));
      if (a.get("text").asText().contains(SHARED) && b.get("text").asText().contains(SHARED)) {
        found = true;
        assertTrue(a.get("start").asInt() <= textA.indexOf(SHARED));
        assertTrue(b.get("start").asInt() <= textB.indexOf(SHARED));
      }
    }
    assertTrue(found, r.out());
    boolean onlyInB = false;
    for (JsonNode p : json.get("paragraphs").get("b")) {
      String text = textB.substring(p.get("start").asInt(), p.get("end").asInt());
      if (text.contains(ONLY_B)) {
        onlyInB =
            p.get("status").asText().equals("only_in_b") && p.get("shared_words").asInt() == 0;
      }
    }
    assertTrue(onlyInB, r.out());
  }

  @Test
  void explainTextMarksSharedPassagesWithoutColoursWhenNotATerminal() {
    CliRun r = CliRun.run("explain", A.toString(), B.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("[[" + SHARED + "]]"), r.out());
    assertTrue(r.out().contains("copied"), r.out());
    assertTrue(r.out().contains("only in B"), r.out());
    assertFalse(r.out().contains("\u001B["), "no ANSI codes off a terminal");
    CliRun colour = CliRun.run("explain", "--color", "always", A.toString(), B.toString());
    assertTrue(colour.out().contains("\u001B[1;32m" + SHARED + "\u001B[0m"), colour.out());
  }

  @Test
  void explainPicksTwoArticlesOfABatchById() throws IOException {
    Path batch = dir.resolve("batch.jsonl");
    List<String> lines = new ArrayList<>();
    for (Path p : List.of(A, B, Path.of("samples", "003_232a1edf9d6c9641.txt"))) {
      lines.add(
          JSON.writeValueAsString(
              java.util.Map.of("id", p.getFileName().toString(), "text", Files.readString(p))));
    }
    Files.write(batch, lines);
    CliRun r =
        CliRun.run("explain", "--ids", B.getFileName() + "," + A.getFileName(), batch.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("A  " + B.getFileName()), r.out());
    CliRun three = CliRun.run("explain", batch.toString());
    assertEquals(ExitCodes.USAGE, three.code());
    assertTrue(three.err().contains("exactly two"), three.err());
    CliRun missing = CliRun.run("explain", "--ids", "x,y", batch.toString());
    assertEquals(ExitCodes.USAGE, missing.code());
    assertTrue(missing.errHasNoStackTrace(), missing.err());
  }

  @Test
  void sketchesClusterLikeTheTextsOnTheSamples() throws IOException {
    // Explicit settings under which every sample pair's estimated and exact scores fall on the same
    // side of the
    // threshold (the equality the README promises holds only then).
    String[] settings = {
      "--shingle", "word", "-k", "5", "--measure", "containment", "--threshold", "0.2"
    };
    for (String format : List.of("base64", "ints")) {
      Path sketches = dir.resolve("sketches-" + format + ".jsonl");
      CliRun sketch =
          CliRun.run(concat(settings, "sketch", "--signature-format", format, "samples"));
      assertEquals(0, sketch.code(), sketch.err());
      assertEquals(5, sketch.out().lines().count());
      JsonNode first = JSON.readTree(sketch.out().lines().findFirst().orElseThrow());
      assertEquals("word:5", first.get("shingle").asText());
      assertEquals(128, first.get("permutations").asInt());
      assertEquals(format.equals("ints"), first.get("signature").isArray());
      Files.writeString(sketches, sketch.out());

      CliRun fromText =
          CliRun.run(concat(settings, "cluster", "--output", "jsonl", "--singletons", "samples"));
      CliRun fromSketches =
          CliRun.run(
              "cluster",
              "--output",
              "jsonl",
              "--singletons",
              "--measure",
              "containment",
              "--threshold",
              "0.2",
              "--signatures",
              sketches.toString());
      assertEquals(0, fromSketches.code(), fromSketches.err());
      assertEquals(memberships(fromText.out()), memberships(fromSketches.out()));
      assertTrue(
          memberships(fromText.out())
              .contains(
                  "001_d3e627cf6393b863.txt:001_d3e627cf6393b863.txt,"
                      + "002_bf0147ec658fde9e.txt,000_c39e206ea61dc4e4.txt"),
          fromText.out());
    }
  }

  @Test
  void sketchesComeOutInInputOrderWhateverTheThreadCount(@TempDir Path dir) throws IOException {
    StringBuilder batch = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      batch.append(
          JSON.writeValueAsString(
              java.util.Map.of(
                  "id",
                  "a" + i,
                  "text",
                  i % 50 == 7
                      ? ""
                      : "Report number "
                          + i
                          + " of the day: ships "
                          + (i * 7919 % 1000)
                          + " were loading at the port, the exchange said on Tuesday.")));
      batch.append('\n');
    }
    Path file = dir.resolve("batch.jsonl");
    Files.writeString(file, batch);
    CliRun one = CliRun.run("sketch", "--threads", "1", file.toString());
    CliRun four = CliRun.run("sketch", "--threads", "4", file.toString());
    assertEquals(0, one.code());
    assertEquals(one.out(), four.out());
    assertEquals(one.err(), four.err());
    assertEquals(294, one.out().lines().count());
    assertTrue(one.out().lines().findFirst().orElseThrow().contains("\"id\":\"a0\""));
  }

  @Test
  void signaturesContradictedByExplicitOptionsAreRefused() throws IOException {
    Path sketches = dir.resolve("s.jsonl");
    Files.writeString(sketches, CliRun.run("sketch", "--seed", "7", "samples").out());
    CliRun r = CliRun.run("cluster", "--seed", "8", "--signatures", sketches.toString());
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains("seed 7"), r.err());
    assertEquals(0, CliRun.run("cluster", "--signatures", sketches.toString()).code());
    assertEquals(
        ExitCodes.USAGE,
        CliRun.run("cluster", "--signatures", sketches.toString(), "samples").code());
    Files.writeString(sketches, "{\"id\":\"x\"}\n");
    CliRun bad = CliRun.run("cluster", "--signatures", sketches.toString());
    assertEquals(ExitCodes.INPUT_ERRORS, bad.code());
    assertTrue(bad.err().contains("s.jsonl:1"), bad.err());
  }

  @Test
  void sketchesOfTheFirstSignatureAlgorithmAreRefused() throws IOException {
    Path sketches = dir.resolve("v1.jsonl");
    String current = CliRun.run("sketch", "samples").out();
    String version = "\"minhash\":" + dev.neardup.core.minhash.MinHasher.ALGORITHM_VERSION + ",";
    assertTrue(current.contains(version), current);
    Files.writeString(
        sketches, current.replace(version, "")); // as written before the field existed
    CliRun r = CliRun.run("cluster", "--signatures", sketches.toString());
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(
        r.err().contains("MinHash algorithm version 1")
            && r.err().contains("sketch the articles again"),
        r.err());
  }

  @Test
  void completionPrintsABashScriptForEveryCommand() {
    CliRun r = CliRun.run("completion");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("complete -F"), r.out().substring(0, 200));
    for (String command :
        List.of("cluster", "dedup", "pairs", "check", "explain", "sketch", "--keep", "--report")) {
      assertTrue(r.out().contains(command), command);
    }
  }

  @Test
  void everyCommandHasHelpWithExamplesAndAVersion() {
    for (String command :
        List.of("cluster", "dedup", "pairs", "check", "explain", "sketch", "completion")) {
      CliRun help = CliRun.run(command, "--help");
      assertEquals(0, help.code(), command);
      assertTrue(help.out().contains("Examples:"), command + ": " + help.out());
      CliRun version = CliRun.run(command, "--version");
      assertEquals(0, version.code(), command);
      assertTrue(version.out().startsWith("neardup "), command + ": " + version.out());
    }
  }

  private static String[] concat(String[] settings, String command, String... rest) {
    List<String> all = new ArrayList<>();
    all.add(command);
    all.addAll(List.of(settings));
    all.addAll(List.of(rest));
    return all.toArray(String[]::new);
  }

  /** "representative:member,member" per cluster line of JSON Lines output. */
  private static List<String> memberships(String jsonl) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : jsonl.lines().toList()) {
      JsonNode c = JSON.readTree(line);
      List<String> members = new ArrayList<>();
      c.get("members").forEach(m -> members.add(m.get("id").asText()));
      out.add(c.get("representative").asText() + ":" + String.join(",", members));
    }
    return out;
  }
}
