package dev.neardup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterCommandTest {
  private static final String A = "000_c39e206ea61dc4e4.txt";
  private static final String B = "001_d3e627cf6393b863.txt";
  private static final String C = "002_bf0147ec658fde9e.txt";

  @TempDir Path dir;

  @Test
  void samplesPrintExactlyTheOneAfpCluster() {
    CliRun r = CliRun.run("cluster", "samples");
    assertEquals(0, r.code(), r.err());
    assertEquals(1, r.out().lines().filter(l -> l.startsWith("cluster ")).count(), r.out());
    assertTrue(r.out().startsWith("cluster c1: 3 articles, representative " + B), r.out());
    for (String member : List.of(A, B, C)) {
      assertTrue(r.out().contains(member), member);
    }
    assertFalse(r.out().contains("003_"));
    assertFalse(r.out().contains("004_"));
    assertTrue(
        r.err().contains("5 articles: 1 duplicate cluster holding 3 articles, 2 singletons"),
        r.err());
  }

  @Test
  void timingsGoToStderrAndLeaveTheOutputAlone() {
    CliRun plain = CliRun.run("cluster", "samples");
    CliRun timed = CliRun.run("cluster", "--timings", "samples");
    assertEquals(0, timed.code(), timed.err());
    assertEquals(plain.out(), timed.out());
    assertTrue(
        timed
            .err()
            .matches(
                "(?s).*timings: read \\d+\\.\\d\\d s \\(shingling alongside\\), fingerprint \\d+\\.\\d\\d s more \\(0 common shingles"
                    + ".*candidates and verification \\d+\\.\\d\\d s \\(2 pairs verified\\), clustering .*timings: output .*"),
        timed.err());
    assertFalse(plain.err().contains("timings"), plain.err());
  }

  @Test
  void singletonsAreListedOnRequest() {
    CliRun r = CliRun.run("cluster", "--singletons", "samples");
    assertEquals(3, r.out().lines().filter(l -> l.startsWith("cluster ")).count(), r.out());
  }

  @Test
  void jsonlOutputHasOneClusterPerLineWithScores() throws IOException {
    CliRun r = CliRun.run("cluster", "--output", "jsonl", "samples");
    List<String> lines = r.out().lines().toList();
    assertEquals(1, lines.size());
    JsonNode cluster = new ObjectMapper().readTree(lines.get(0));
    assertEquals("c1", cluster.get("cluster").asText());
    assertEquals(3, cluster.get("size").asInt());
    assertEquals(B, cluster.get("representative").asText());
    assertEquals(B, cluster.get("members").get(0).get("id").asText());
    assertEquals(1.0, cluster.get("members").get(0).get("score").asDouble());
    assertTrue(cluster.get("members").get(1).get("containment").asDouble() > 0.3);
  }

  @Test
  void csvOutputHasHeaderAndOneRowPerMember() {
    CliRun r = CliRun.run("cluster", "--output", "csv", "samples");
    List<String> lines = r.out().lines().toList();
    assertEquals("cluster_id,article_id,similarity,is_representative", lines.get(0));
    assertEquals("c1," + B + ",1.0000,true", lines.get(1));
    assertEquals(4, lines.size());
  }

  @Test
  void outputIsByteIdenticalWhateverTheInputOrderAndThreads() throws IOException {
    List<String> files;
    try (Stream<Path> s = Files.list(Path.of("samples"))) {
      files = s.map(Path::toString).sorted().toList();
    }
    String[] forward =
        Stream.concat(Stream.of("cluster", "--singletons", "--threads", "1"), files.stream())
            .toArray(String[]::new);
    String[] backward =
        Stream.concat(
                Stream.of("cluster", "--singletons", "--threads", "2"),
                files.stream().sorted(java.util.Comparator.reverseOrder()))
            .toArray(String[]::new);
    assertEquals(CliRun.run(forward).out(), CliRun.run(backward).out());
  }

  @Test
  void missingPathIsNamedAndTheRestStillClustered() {
    CliRun r = CliRun.run("cluster", "samples", "no/such/file.txt");
    assertEquals(ExitCodes.INPUT_ERRORS, r.code());
    assertTrue(r.err().contains("no/such/file.txt"), r.err());
    assertTrue(r.out().contains(B));
    assertTrue(r.errHasNoStackTrace(), r.err());
  }

  @Test
  void binaryFilesInADirectoryAreNamedAndSkipped() throws IOException {
    copySamples();
    Files.write(
        dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
    CliRun r = CliRun.run("cluster", dir.toString());
    assertEquals(ExitCodes.INPUT_ERRORS, r.code());
    assertTrue(r.err().contains("image.png"), r.err());
    assertEquals(1, r.out().lines().filter(l -> l.startsWith("cluster ")).count(), r.out());
    assertTrue(r.errHasNoStackTrace(), r.err());
  }

  @Test
  void invalidUtf8IsReplacedWithAWarning() throws IOException {
    copySamples();
    byte[] text = Files.readAllBytes(dir.resolve(A));
    text[100] = (byte) 0xC3;
    text[101] = (byte) 0x28;
    Files.write(dir.resolve(A), text);
    CliRun r = CliRun.run("cluster", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains(A) && r.err().toLowerCase().contains("utf-8"), r.err());
    assertTrue(r.out().contains(A), "the damaged article is still clustered");
  }

  @Test
  void emptyArticleIsSkippedWithAWarning() throws IOException {
    copySamples();
    Files.writeString(dir.resolve("empty.txt"), "   \n\n");
    CliRun r = CliRun.run("cluster", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("empty.txt"), r.err());
  }

  @Test
  void malformedJsonLineIsReportedWithItsNumberAndOtherLinesStillRead() throws IOException {
    Path batch = dir.resolve("batch.jsonl");
    ObjectMapper json = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    for (String name : List.of(A, B, C)) {
      lines
          .append(
              json.writeValueAsString(
                  java.util.Map.of("id", name, "text", Files.readString(Path.of("samples", name)))))
          .append('\n');
    }
    lines.append("{\"id\": \"broken\", \"text\": \n");
    lines.append("{\"id\": \"no-text\"}\n");
    Files.writeString(batch, lines);
    CliRun r = CliRun.run("cluster", batch.toString());
    assertEquals(ExitCodes.INPUT_ERRORS, r.code());
    assertTrue(r.err().contains("batch.jsonl:4"), r.err());
    assertTrue(r.err().contains("batch.jsonl:5"), r.err());
    assertTrue(r.out().startsWith("cluster c1: 3 articles"), r.out());
    assertTrue(r.errHasNoStackTrace(), r.err());
  }

  @Test
  void jsonlOnStdinWithCustomFields() throws IOException {
    ObjectMapper json = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    for (String name : List.of(A, B, C)) {
      lines
          .append(
              json.writeValueAsString(
                  java.util.Map.of(
                      "key", name, "body", Files.readString(Path.of("samples", name)))))
          .append('\n');
    }
    CliRun r =
        CliRun.withStdin(
            lines.toString(), "cluster", "--id-field", "key", "--text-field", "body", "-");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("cluster c1: 3 articles, representative " + B), r.out());
  }

  @Test
  void badOptionValuesAreUsageErrors() {
    CliRun r = CliRun.run("cluster", "--threshold", "2", "samples");
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains("threshold") && r.err().contains("2"), r.err());
    assertTrue(r.errHasNoStackTrace(), r.err());
    assertEquals(ExitCodes.USAGE, CliRun.run("cluster", "--measure", "cosine", "samples").code());
    assertEquals(ExitCodes.USAGE, CliRun.run("cluster", "--bands", "4", "samples").code());
  }

  private void copySamples() throws IOException {
    for (String name : List.of(A, B, C, "003_232a1edf9d6c9641.txt", "004_3ab6985a582e9a11.txt")) {
      Files.copy(Path.of("samples", name), dir.resolve(name));
    }
  }
}
