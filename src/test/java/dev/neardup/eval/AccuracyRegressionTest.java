package dev.neardup.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neardup.core.Pipeline;
import dev.neardup.core.Settings;
import dev.neardup.core.cluster.Cluster;
import dev.neardup.core.text.Article;
import dev.neardup.corpus.CorpusGenerator;
import dev.neardup.corpus.LookalikeLabels;
import dev.neardup.corpus.LookalikeSet;
import dev.neardup.corpus.SiteChrome;
import dev.neardup.corpus.WebCorpusGenerator;
import dev.neardup.corpus.WireFeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Guards the defaults' accuracy on small labelled corpora built from real wire copy: generated
 * syndicated rewrites, generated web pages around real site chrome, and the collection's own
 * templated look-alikes labelled by reading. The floors sit a little below the figures measured
 * when the defaults were chosen (README, "How the defaults were chosen"), so a change that costs
 * accuracy fails here.
 */
class AccuracyRegressionTest {
  /** Stories in the small corpus: about 550 articles, a few seconds to build. */
  private static final int STORIES = 200;

  private static final long SEED = 11;

  /** The batch's clusters under the defaults, as `neardup cluster` finds them (two threads). */
  private static Pipeline.Clustering clusteredWithDefaults(Pipeline.Corpus prints) {
    Pipeline pipeline = new Pipeline(2);
    return pipeline.cluster(
        prints,
        pipeline.verify(prints, Settings.DEFAULTS.lshParams(), Settings.DEFAULTS.threshold()),
        Settings.DEFAULTS);
  }

  private static MetricScores score(
      List<Article> articles, Map<String, String> gold, String label) {
    Pipeline.Corpus prints = new Pipeline(2).fingerprint(articles, Settings.DEFAULTS);
    Pipeline.Clustering clustering = clusteredWithDefaults(prints);
    MetricScores s =
        Evaluation.of(prints, clustering, gold, Settings.DEFAULTS.measure(), 5).scores();
    System.out.printf(
        "accuracy on %d %s: pair P %.4f R %.4f F1 %.4f, ARI %.4f%n",
        articles.size(), label, s.pairPrecision(), s.pairRecall(), s.pairF1(), s.adjustedRand());
    return s;
  }

  private static long epochSeconds(String isoTime) {
    return isoTime == null
        ? Article.NO_TIME
        : OffsetDateTime.parse(isoTime.replace("Z", "+00:00")).toEpochSecond();
  }

  @Test
  void defaultsKeepApartWhatRealPagesShareAndFindTeasersOnWebShapedPages() {
    Path source = CorpusGenerator.defaultSource();
    Path pages = SiteChrome.defaultSource();
    assumeTrue(
        Files.exists(source) && Files.exists(pages),
        "skipped: "
            + source
            + " or "
            + pages
            + " is absent (the corpora live outside the repository)");
    WebCorpusGenerator.GeneratedWebCorpus corpus =
        WebCorpusGenerator.generate(
            source, pages, new WebCorpusGenerator.Config(WEB_STORIES, SEED));
    List<Article> articles =
        corpus.articles().stream()
            .map(d -> new Article(d.id(), d.text(), epochSeconds(d.date())))
            .toList();
    MetricScores s = score(articles, corpus.gold(), "web-shaped articles");
    assertTrue(
        s.pairPrecision() >= WEB_PRECISION_FLOOR, "pair precision fell to " + s.pairPrecision());
    assertTrue(s.pairRecall() >= WEB_RECALL_FLOOR, "pair recall fell to " + s.pairRecall());
  }

  /**
   * The real web sample's clusters hold inside a batch of generated wire rewrites eighty times its
   * size. The batch decides which shingles are boilerplate, so a page's scores move by hundredths,
   * and a near tie between two centres once turned 43 true pairs and 1 false into 35 and 11.
   */
  @Test
  void theRealWebSampleKeepsItsClustersInsideALargeBatch() throws java.io.IOException {
    Path source = CorpusGenerator.defaultSource();
    Path sample = source.getParent().resolve("web-sample");
    assumeTrue(
        Files.exists(source) && Files.exists(sample.resolve("articles.jsonl")),
        "skipped: " + source + " or " + sample + " is absent (they live outside the repository)");
    ObjectMapper json = new ObjectMapper();
    Map<String, String> gold = new HashMap<>();
    for (String line : Files.readAllLines(sample.resolve("gold.jsonl"))) {
      JsonNode record = json.readTree(line);
      gold.put(record.get("id").asText(), record.get("cluster").asText());
    }
    List<Article> articles = new ArrayList<>();
    for (String line : Files.readAllLines(sample.resolve("articles.jsonl"))) {
      JsonNode record = json.readTree(line);
      articles.add(new Article(record.get("id").asText(), record.get("text").asText()));
    }
    CorpusGenerator.generate(source, new CorpusGenerator.Config(LARGE_BATCH_STORIES, SEED))
        .articles()
        .forEach(d -> articles.add(new Article("generated-" + d.id(), d.text())));

    Pipeline.Corpus prints = new Pipeline(2).fingerprint(articles, Settings.DEFAULTS);
    Pipeline.Clustering clustering = clusteredWithDefaults(prints);
    int truePairs = 0;
    int falsePairs = 0;
    for (Cluster c : clustering.clusters()) {
      List<String> pages =
          c.members().stream().map(Cluster.Member::id).filter(gold::containsKey).toList();
      for (int i = 0; i < pages.size(); i++) {
        for (int j = i + 1; j < pages.size(); j++) {
          if (gold.get(pages.get(i)).equals(gold.get(pages.get(j)))) {
            truePairs++;
          } else {
            falsePairs++;
          }
        }
      }
    }
    System.out.printf(
        "web sample inside %d articles: %d true pairs, %d false%n",
        articles.size(), truePairs, falsePairs);
    assertTrue(truePairs >= SAMPLE_TRUE_PAIRS_FLOOR, "true pairs fell to " + truePairs);
    assertTrue(falsePairs <= SAMPLE_FALSE_PAIRS_CEILING, "false pairs rose to " + falsePairs);
  }

  @Test
  void defaultsTellTemplatedWireReportsFromTheirResends() throws java.io.IOException {
    Path source = CorpusGenerator.defaultSource();
    assumeTrue(
        Files.exists(source),
        "skipped: " + source + " is absent (the Reuters corpus lives outside the repository)");
    LookalikeSet.EvalSet set =
        LookalikeSet.build(
            LookalikeLabels.read(LookalikeLabels.defaultFile()), WireFeed.read(source));
    List<Article> articles =
        set.articles().stream()
            .map(d -> new Article(d.id(), d.text(), epochSeconds(d.date())))
            .toList();
    MetricScores s = score(articles, set.gold(), "labelled Reuters look-alikes");
    assertTrue(
        s.pairPrecision() >= LOOKALIKE_PRECISION_FLOOR,
        "pair precision fell to " + s.pairPrecision());
    assertTrue(s.pairRecall() >= LOOKALIKE_RECALL_FLOOR, "pair recall fell to " + s.pairRecall());
  }

  @Test
  void defaultsKeepTheirPrecisionAndRecallOnGeneratedWireRewrites() {
    Path source = CorpusGenerator.defaultSource();
    assumeTrue(
        Files.exists(source),
        "skipped: " + source + " is absent (the Reuters corpus lives outside the repository)");
    CorpusGenerator.GeneratedCorpus corpus =
        CorpusGenerator.generate(source, new CorpusGenerator.Config(STORIES, SEED));
    List<Article> articles =
        corpus.articles().stream().map(d -> new Article(d.id(), d.text())).toList();

    Pipeline.Corpus prints = new Pipeline(2).fingerprint(articles, Settings.DEFAULTS);
    Pipeline.Clustering clustering = clusteredWithDefaults(prints);
    MetricScores s =
        Evaluation.of(prints, clustering, corpus.gold(), Settings.DEFAULTS.measure(), 5).scores();

    System.out.printf(
        "accuracy on %d generated articles: pair P %.4f R %.4f F1 %.4f, ARI %.4f%n",
        articles.size(), s.pairPrecision(), s.pairRecall(), s.pairF1(), s.adjustedRand());
    assertTrue(s.pairPrecision() >= PRECISION_FLOOR, "pair precision fell to " + s.pairPrecision());
    assertTrue(s.pairRecall() >= RECALL_FLOOR, "pair recall fell to " + s.pairRecall());
    assertTrue(s.adjustedRand() >= ARI_FLOOR, "adjusted Rand index fell to " + s.adjustedRand());
  }

  // Measured with the passage defaults: P 0.9885, R 0.9942, ARI 0.9913 (P 0.9883, R 0.9783, ARI
  // 0.9832 before well-linked clusters joined and members followed closer partners). With plain
  // containment
  // (char 9-shingles sampled 1 in 4, one-permutation MinHash
  // over 32-bit shingle values, common shingles out of signatures): P 0.9868, R 0.9754, ARI 0.9810;
  // over 64-bit values P 0.9870, R 0.9855, ARI 0.9862 (on the 5,400-article dev corpora the two
  // differ by less than seed-to-seed noise); with the first defaults (every shingle, k-permutation
  // MinHash): P 0.9868, R 0.9711, ARI 0.9788.
  private static final double PRECISION_FLOOR = 0.975;
  private static final double RECALL_FLOOR = 0.98;
  private static final double ARI_FLOOR = 0.98;

  /** Stories of the small web-shaped corpus: about 1,000 pages. */
  private static final int WEB_STORIES = 300;

  // Measured with the passage defaults (seed 11, 300 stories, 1,058 pages, some ten per outlet):
  // P 0.9816, R 0.9353 with lists of links dropped by the normaliser and a topic's scattered words
  // no longer boilerplate (P 0.9690, R 0.9249 before both; P
  // 0.9655, R 0.8930 before the clustering steps of 1 Dec: well-linked clusters, closer
  // partners, the mutual share in the centre choice).
  private static final double WEB_PRECISION_FLOOR = 0.965;
  private static final double WEB_RECALL_FLOOR = 0.92;
  // Labelled look-alikes (648 records): P 0.7143 R 0.9677 with the passage defaults (figures
  // compared whole, datelines in six languages), against P 0.0495 R 1.0 with plain containment.
  private static final double LOOKALIKE_PRECISION_FLOOR = 0.70;
  private static final double LOOKALIKE_RECALL_FLOOR = 0.95;

  /** Stories of the wire batch the web sample is clustered inside: about 5,400 articles. */
  private static final int LARGE_BATCH_STORIES = 2000;

  // The web sample's 43 positive pairs: 43 found and 1 false pair alone and inside the batch
  // (35 and 11 inside it before members chose centres with the mutual share).
  private static final int SAMPLE_TRUE_PAIRS_FLOOR = 41;
  private static final int SAMPLE_FALSE_PAIRS_CEILING = 3;
}
