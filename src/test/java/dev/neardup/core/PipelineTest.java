package dev.neardup.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neardup.core.cluster.Cluster;
import dev.neardup.core.cluster.Linkage;
import dev.neardup.core.lsh.LshParams;
import dev.neardup.core.lsh.PartnerCap;
import dev.neardup.core.text.Article;
import dev.neardup.core.verify.Fingerprint;
import dev.neardup.core.verify.Measure;
import dev.neardup.core.verify.ScoredPair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PipelineTest {
  static List<Article> samples() throws IOException {
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      for (Path p : files.sorted().toList()) {
        articles.add(new Article(p.getFileName().toString().substring(0, 3), Files.readString(p)));
      }
    }
    return articles;
  }

  private static List<List<String>> multiMemberClusters(Pipeline.Clustering result) {
    return result.clusters().stream()
        .filter(c -> c.size() > 1)
        .map(c -> c.members().stream().map(Cluster.Member::id).sorted().toList())
        .toList();
  }

  private static String clusterOf(Pipeline.Clustering result, String id) {
    return result.clusters().stream()
        .filter(c -> c.members().stream().anyMatch(m -> m.id().equals(id)))
        .findFirst()
        .orElseThrow()
        .representative();
  }

  @Test
  void samplesFormExactlyTheOneAfpStory() throws IOException {
    Pipeline.Clustering result = new Pipeline(2).run(samples(), Settings.DEFAULTS);
    assertEquals(List.of(List.of("000", "001", "002")), multiMemberClusters(result));
    assertEquals("001", result.clusters().get(0).representative());
  }

  @Test
  void truncatedCopyJoinsItsSource() throws IOException {
    Article full = samples().get(1);
    String[] paragraphs = full.text().split("\n\n");
    String cut = String.join("\n\n", java.util.Arrays.copyOf(paragraphs, paragraphs.length / 3));
    Pipeline.Clustering result =
        new Pipeline(1).run(List.of(full, new Article("cut", cut)), Settings.DEFAULTS);
    assertEquals(List.of(List.of("001", "cut")), multiMemberClusters(result));
  }

  @Test
  void digestQuotingTwoStoriesKeepsThemApartButSamplesStillCluster() throws IOException {
    List<Article> articles = new ArrayList<>(samples());
    String story001 = articles.get(1).text();
    String story003 = articles.get(3).text();
    // A terse digest: one paragraph of each story, so it scores above the threshold with both.
    String digest =
        String.join(
            "\n\n", "Syria: " + story001.split("\n\n")[3], "Astana: " + story003.split("\n\n")[5]);
    articles.add(new Article("digest", digest));
    // One-row bands verify every pair sharing any MinHash value, so candidate search cannot be
    // what keeps the stories apart: only the clustering decides.
    Settings exhaustive =
        Settings.DEFAULTS.withLsh(Settings.DEFAULTS.lshThreshold(), new LshParams(128, 1));
    Pipeline.Clustering result = new Pipeline(2).run(articles, exhaustive);
    assertNotEquals(clusterOf(result, "001"), clusterOf(result, "003"));
    assertEquals(clusterOf(result, "000"), clusterOf(result, "002"));
    assertEquals(clusterOf(result, "001"), clusterOf(result, "002"));

    // Plain containment under connected components glues the two stories through the digest;
    // passages do not, even so: the digest's paragraphs sit inside each story past its lead.
    Pipeline.Clustering chained =
        new Pipeline(2)
            .run(
                articles,
                exhaustive.withMatching(
                    Measure.CONTAINMENT, exhaustive.threshold(), Linkage.SINGLE));
    assertEquals(clusterOf(chained, "001"), clusterOf(chained, "003"));
    Pipeline.Clustering passages =
        new Pipeline(2)
            .run(
                articles,
                exhaustive.withMatching(Measure.PASSAGE, exhaustive.threshold(), Linkage.SINGLE));
    assertNotEquals(clusterOf(passages, "001"), clusterOf(passages, "003"));
  }

  @Test
  void resultDoesNotDependOnInputOrderOrThreadCount() throws IOException {
    List<Article> articles = new ArrayList<>(samples());
    Random random = new Random(3);
    for (int i = 0; i < 40; i++) {
      Article base = articles.get(random.nextInt(5));
      // Some ids twice, with different texts: their order must not depend on the input's either.
      articles.add(
          new Article(
              "copy" + i % 30,
              base.text().substring(0, base.text().length() / 2 + random.nextInt(200))));
    }
    Pipeline.Clustering reference = new Pipeline(1).run(articles, Settings.DEFAULTS);
    Collections.shuffle(articles, random);
    assertEquals(reference, new Pipeline(2).run(articles, Settings.DEFAULTS));
    Collections.reverse(articles);
    assertEquals(reference, new Pipeline(4).run(articles, Settings.DEFAULTS));
  }

  /**
   * Each cluster as its output shows it: members with tokens, score by the measure, Jaccard and
   * containment.
   */
  private static List<List<String>> asScored(Pipeline.Clustering result, Measure measure) {
    return result.clusters().stream()
        .map(
            c ->
                c.members().stream()
                    .map(
                        m ->
                            m.id()
                                + " "
                                + m.tokens()
                                + " "
                                + measure.score(m.scores())
                                + " "
                                + m.scores().jaccard()
                                + " "
                                + m.scores().containment())
                    .toList())
        .toList();
  }

  @Test
  void verifyingForOneMeasureClustersAsVerifyingForAll() throws IOException {
    List<Article> articles = new ArrayList<>(samples());
    Random random = new Random(5);
    for (int i = 0; i < 60; i++) {
      Article base = articles.get(random.nextInt(5));
      int from = random.nextInt(base.text().length() / 2);
      articles.add(
          new Article("part" + i, base.text().substring(from, from + base.text().length() / 3)));
    }
    Pipeline pipeline = new Pipeline(2);
    Pipeline.Corpus corpus = pipeline.fingerprint(articles, Settings.DEFAULTS);
    for (Measure measure : Measure.values()) {
      for (double threshold : new double[] {0.2, 0.4, 0.7}) {
        Settings settings =
            Settings.DEFAULTS.withMatching(measure, threshold, Settings.DEFAULTS.linkage());
        List<ScoredPair> all = pipeline.verify(corpus, settings.lshParams(), threshold);
        List<ScoredPair> forMeasure =
            pipeline.verify(corpus, settings.lshParams(), threshold, measure);
        assertEquals(
            all.size(),
            forMeasure.size()
                + (measure == Measure.PASSAGE
                    ? 0
                    : (int)
                        all.stream().filter(p -> p.scores().containment() < threshold).count()));
        assertEquals(
            asScored(pipeline.cluster(corpus, all, settings), measure),
            asScored(pipeline.cluster(corpus, forMeasure, settings), measure),
            measure + " at " + threshold);
      }
    }
  }

  @Test
  void articlesShingledAsTheyArriveGiveTheBatchsFingerprints() throws IOException {
    List<Article> articles = new ArrayList<>(samples());
    Random random = new Random(8);
    for (int i = 0; i < 700; i++) { // several chunks of the intake
      Article base = articles.get(random.nextInt(5));
      articles.add(new Article("v" + i, base.text().substring(random.nextInt(300))));
    }
    Pipeline.Corpus reference = new Pipeline(1).fingerprint(articles, Settings.DEFAULTS);
    for (int threads : new int[] {1, 3}) {
      Collections.shuffle(articles, random);
      Pipeline.Corpus arrived;
      try (BatchIntake intake = new Pipeline(threads).intake(Settings.DEFAULTS)) {
        articles.forEach(intake::add);
        arrived = intake.finish();
      }
      assertEquals(reference.ids(), arrived.ids());
      assertEquals(reference.emptyIds(), arrived.emptyIds());
      assertEquals(reference.commonShingles(), arrived.commonShingles());
      for (int i = 0; i < reference.size(); i++) {
        Fingerprint a = reference.fingerprints().get(i);
        Fingerprint b = arrived.fingerprints().get(i);
        assertEquals(a.signature(), b.signature());
        assertEquals(a.tokenCount(), b.tokenCount());
        assertEquals(a.signedCount(), b.signedCount());
        assertEquals(a.shingles().size(), b.shingles().size());
        assertEquals(a.shingles().size(), a.shingles().intersectionSize(b.shingles()));
      }
    }
  }

  @Test
  void articlesWithoutWordsAreSetAside() {
    Pipeline.Clustering result =
        new Pipeline(1)
            .run(
                List.of(
                    new Article("a", "ADVERTISEMENT\n...\n"),
                    new Article("b", "Real news text about the talks today.")),
                Settings.DEFAULTS);
    assertEquals(List.of("a"), result.emptyIds());
    assertEquals(1, result.clusters().size());
    assertTrue(result.matches().isEmpty());
  }

  /** {@code words} random lower-case words of 3 to 9 letters. */
  private static String randomWords(Random random, int words) {
    StringBuilder out = new StringBuilder();
    for (int w = 0; w < words; w++) {
      out.append(w == 0 ? "" : " ");
      for (int c = 3 + random.nextInt(7); c > 0; c--) {
        out.append((char) ('a' + random.nextInt(26)));
      }
    }
    return out.append('.').toString();
  }

  @Test
  void articlesSharingOnePassageVerifyAtMostTheCapOfPartnersEachWhileACopyStillMatches() {
    Random random = new Random(11);
    String shared = randomWords(random, 60);
    List<Article> articles = new ArrayList<>();
    int n = 200;
    for (int i = 0; i < n; i++) {
      articles.add(
          new Article(String.format("a%03d", i), randomWords(random, 60) + "\n\n" + shared));
    }
    articles.add(new Article("copy", articles.get(7).text()));
    Pipeline.Clustering result = new Pipeline(2).run(articles, Settings.DEFAULTS);
    // Every pair shares half its text: all n(n + 1)/2 would verify without the cap.
    assertTrue(
        result.candidates() <= PartnerCap.DEFAULT_LIMIT * articles.size(),
        result.candidates() + " pairs verified");
    int source = result.ids().indexOf("a007");
    int copy = result.ids().indexOf("copy");
    assertTrue(
        result.matches().stream()
            .anyMatch(
                p ->
                    Math.min(p.a(), p.b()) == Math.min(source, copy)
                        && Math.max(p.a(), p.b()) == Math.max(source, copy)),
        "the copy lost its match");
  }
}
