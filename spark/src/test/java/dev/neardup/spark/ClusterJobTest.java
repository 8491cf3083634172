package dev.neardup.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neardup.bench.SyntheticCorpus;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The job in local mode gives {@code neardup cluster}'s clusters, byte for byte. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterJobTest {
  private static final String SAMPLES = System.getProperty("neardup.samples", "../samples");

  private LocalJob local;

  @TempDir Path dir;

  @BeforeAll
  void startSpark() {
    local = new LocalJob();
  }

  @AfterAll
  void stopSpark() {
    local.close();
  }

  @Test
  void samplesGiveTheCliJsonLinesExactlyOneClusterOfTheThreeAfpVersions() throws Exception {
    LocalJob.Run cli = LocalJob.cli("cluster", "--output", "jsonl", SAMPLES);
    LocalJob.Run job = local.job(SAMPLES);
    assertEquals(0, job.code(), job.err());
    assertEquals(cli.out(), job.out());
    List<String> lines = job.out().lines().toList();
    assertEquals(1, lines.size(), job.out());
    Set<String> members = new TreeSet<>();
    new ObjectMapper()
        .readTree(lines.get(0))
        .get("members")
        .forEach(m -> members.add(m.get("id").asText()));
    assertEquals(
        Set.of("000_c39e206ea61dc4e4.txt", "001_d3e627cf6393b863.txt", "002_bf0147ec658fde9e.txt"),
        members);
    assertEquals(summary(cli.err()), summary(job.err()));
  }

  @Test
  void twentyThousandGeneratedArticlesGiveTheCliClustersAndTheParquetTableAgrees()
      throws Exception {
    Path corpus = dir.resolve("synthetic-20k.jsonl");
    try (Writer w = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
      new SyntheticCorpus(1).write(20_000, w);
    }
    LocalJob.Run cli = LocalJob.cli("cluster", "--output", "jsonl", corpus.toString());
    Path parquet = dir.resolve("articles.parquet");
    LocalJob.Run job = local.job("--parquet", parquet.toString(), corpus.toString());
    assertEquals(0, cli.code(), cli.err());
    assertEquals(0, job.code(), job.err());
    assertTrue(
        cli.out().lines().count() > 1000, "the corpus plants thousands of clusters: " + cli.err());
    assertEquals(cli.out(), job.out());
    assertEquals(summary(cli.err()), summary(job.err()));

    Dataset<Row> table = local.spark().read().parquet(parquet.toString());
    assertEquals(20_000, table.count());
    ObjectMapper json = new ObjectMapper();
    List<String> expected = new ArrayList<>();
    for (String line : cli.out().lines().toList()) {
      JsonNode c = json.readTree(line);
      for (JsonNode m : c.get("members")) {
        expected.add(
            String.join(
                ",",
                m.get("id").asText(),
                c.get("cluster").asText(),
                c.get("representative").asText(),
                m.get("score").asText(),
                String.valueOf(m.get("id").asText().equals(c.get("representative").asText()))));
      }
    }
    List<String> rows =
        table.filter("cluster in (" + clusterIds(cli.out()) + ")").collectAsList().stream()
            .map(
                r ->
                    String.join(
                        ",",
                        r.getString(0),
                        r.getString(1),
                        r.getString(2),
                        String.valueOf(Math.round(r.getDouble(3) * 1e4) / 1e4),
                        String.valueOf(r.getBoolean(4))))
            .toList();
    assertEquals(new TreeSet<>(expected), new TreeSet<>(rows));
    long clusters = table.select("cluster").distinct().count();
    assertEquals(clusters, table.filter("kept").count());
  }

  @Test
  void readingProblemsAreTheCliLinesAndCostOnlyTheirRecords() throws Exception {
    Path batch = dir.resolve("batch.jsonl");
    List<String> sample = new ArrayList<>();
    try (var files = Files.list(Path.of(SAMPLES))) {
      for (Path p : files.sorted().toList()) {
        sample.add(json(p.getFileName().toString(), Files.readString(p)));
      }
    }
    sample.add("{\"id\": \"broken\", \"text\": ");
    sample.add(sample.get(0));
    sample.add("{\"id\": \"no-words\", \"text\": \"!!! ???\"}");
    Files.write(batch, sample);
    Path missing = dir.resolve("missing.jsonl");
    LocalJob.Run cli =
        LocalJob.cli("cluster", "--output", "jsonl", batch.toString(), missing.toString());
    LocalJob.Run job = local.job(batch.toString(), missing.toString());
    assertEquals(3, cli.code(), cli.err());
    assertEquals(3, job.code(), job.err());
    assertEquals(cli.out(), job.out());
    assertEquals(cli.err().lines().sorted().toList(), job.err().lines().sorted().toList());
  }

  @Test
  void oversizedBucketsArePairedAsTheCliPairsThem() throws Exception {
    // 300 versions of one story: their band keys make runs far over the CLI's bound of 129.
    String story = Files.readString(Path.of(SAMPLES, "001_d3e627cf6393b863.txt"));
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      lines.add(
          json(
              String.format(java.util.Locale.ROOT, "v%03d", i),
              story.substring(0, story.length() - (i * 7) % 900)
                  + "\n\nUpdate "
                  + i
                  + " from desk "
                  + (i * 31 % 17)
                  + "."));
    }
    Path batch = dir.resolve("versions.jsonl");
    Files.write(batch, lines);
    LocalJob.Run cli = LocalJob.cli("cluster", "--timings", "--output", "jsonl", batch.toString());
    LocalJob.Run job = local.job("--timings", batch.toString());
    assertEquals(0, job.code(), job.err());
    assertTrue(!cli.out().isEmpty(), cli.err());
    assertEquals(cli.out(), job.out());
    // The same candidates: all 44,850 pairs would be verified without the bound.
    assertEquals(pairsVerified(cli.err()), pairsVerified(job.err()));
    assertTrue(pairsVerified(job.err()) < 300 * 299 / 2, job.err());
  }

  private static long pairsVerified(String err) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\(([\\d,]+) pairs verified\\)").matcher(err);
    assertTrue(m.find(), err);
    return Long.parseLong(m.group(1).replace(",", ""));
  }

  @Test
  void aCommandLineTheJobCannotRunIsAUsageError() {
    for (String[] args :
        List.of(
            new String[] {"--threshold", "x", SAMPLES},
            new String[] {"--frobnicate", SAMPLES},
            new String[] {},
            new String[] {"-"},
            new String[] {"--bands", "4", SAMPLES},
            new String[] {"--threshold", "1.5", SAMPLES})) {
      org.junit.jupiter.api.Assertions.assertThrows(
          JobOptions.UsageError.class, () -> JobOptions.parse(args), String.join(" ", args));
    }
  }

  @Test
  void matchingOptionsGiveTheCliSettings() throws Exception {
    LocalJob.Run cli =
        LocalJob.cli(
            "cluster",
            "--output",
            "jsonl",
            "--measure",
            "containment",
            "-t",
            "0.3",
            "--linkage",
            "single",
            SAMPLES);
    LocalJob.Run job =
        local.job("--measure", "containment", "-t", "0.3", "--linkage", "single", SAMPLES);
    assertEquals(cli.out(), job.out());
    assertEquals(
        dev.neardup.core.Settings.DEFAULTS, JobOptions.parse(new String[] {SAMPLES}).settings());
  }

  private static String summary(String err) {
    return err.lines().filter(l -> l.contains(" articles: ")).collect(Collectors.joining("\n"));
  }

  private static String clusterIds(String jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> ids = new ArrayList<>();
    for (String line : jsonl.lines().toList()) {
      ids.add("'" + json.readTree(line).get("cluster").asText() + "'");
    }
    return String.join(",", ids);
  }

  private static String json(String id, String text) throws IOException {
    return new ObjectMapper().writeValueAsString(java.util.Map.of("id", id, "text", text));
  }
}
