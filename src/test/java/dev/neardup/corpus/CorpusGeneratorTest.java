package dev.neardup.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neardup.corpus.CorpusGenerator.Config;
import dev.neardup.corpus.CorpusGenerator.Doc;
import dev.neardup.corpus.CorpusGenerator.GeneratedCorpus;
import dev.neardup.corpus.CorpusGenerator.IdPair;
import dev.neardup.corpus.ReutersStories.Story;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusGeneratorTest {
  private List<Story> reuters;

  @BeforeAll
  void loadReutersIfPresent() {
    Path source = CorpusGenerator.defaultSource();
    reuters = Files.isRegularFile(source) ? ReutersStories.read(source) : null;
  }

  private List<Story> reuters() {
    Assumptions.assumeTrue(
        reuters != null,
        "Reuters corpus not found at "
            + CorpusGenerator.defaultSource()
            + " (set NEARDUP_SHARED); skipping");
    return reuters;
  }

  @Test
  void sameSeedGivesIdenticalOutputOnSyntheticStories() {
    List<Story> stories = Synthetic.stories(400, 1);
    GeneratedCorpus a = CorpusGenerator.generate(stories, new Config(100, 42));
    GeneratedCorpus b = CorpusGenerator.generate(stories, new Config(100, 42));
    GeneratedCorpus c = CorpusGenerator.generate(stories, new Config(100, 43));
    assertEquals(a.articles(), b.articles());
    assertEquals(a.gold(), b.gold());
    assertEquals(a.hardNegativePairs(), b.hardNegativePairs());
    assertNotEquals(a.articles(), c.articles());
    assertGoldCoversEveryArticleOnce(a);
  }

  @Test
  void sameSeedGivesIdenticalOutputOnReuters() {
    List<Story> stories = reuters();
    GeneratedCorpus a = CorpusGenerator.generate(stories, new Config(300, 7));
    GeneratedCorpus b = CorpusGenerator.generate(stories, new Config(300, 7));
    assertEquals(a.articles(), b.articles());
    assertEquals(a.gold(), b.gold());
  }

  @Test
  void goldCoversEveryArticleExactlyOnce() {
    assertGoldCoversEveryArticleOnce(CorpusGenerator.generate(reuters(), new Config(300, 11)));
  }

  @Test
  void hardNegativesAreClustersOfTheirOwn() {
    GeneratedCorpus corpus = CorpusGenerator.generate(reuters(), new Config(300, 5));
    Map<String, Long> clusterSizes =
        corpus.gold().values().stream()
            .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
    assertEquals(
        Set.of("topic-sibling", "follow-up", "digest", "shared-chrome"),
        new TreeSet<>(corpus.hardNegativeKinds().values()));
    for (String id : corpus.hardNegativeKinds().keySet()) {
      assertEquals(
          1L, clusterSizes.get(corpus.gold().get(id)), "hard negative " + id + " is a singleton");
    }
    assertTrue(corpus.hardNegativePairs().size() > 0);
    for (IdPair p : corpus.hardNegativePairs()) {
      assertNotEquals(corpus.gold().get(p.a()), corpus.gold().get(p.b()), "hard pair " + p);
    }
  }

  @Test
  void histogramRendersAndHardNegativesOverlapVisibly() {
    GeneratedCorpus corpus = CorpusGenerator.generate(reuters(), new Config(300, 9));
    String histogram = PairHistogram.render(corpus, 9);
    assertTrue(histogram.contains("positive"), histogram);
    Map<String, String> text = new HashMap<>();
    corpus.articles().forEach(d -> text.put(d.id(), d.text()));
    double hardMax =
        corpus.hardNegativePairs().stream()
            .mapToDouble(p -> PairHistogram.jaccard(text.get(p.a()), text.get(p.b())))
            .max()
            .orElse(0);
    assertTrue(hardMax > 0.05, "some hard negatives overlap visibly: " + hardMax);
  }

  private static void assertGoldCoversEveryArticleOnce(GeneratedCorpus corpus) {
    Set<String> ids = corpus.articles().stream().map(Doc::id).collect(Collectors.toSet());
    assertEquals(corpus.articles().size(), ids.size(), "article ids are unique");
    assertEquals(ids, corpus.gold().keySet());
    assertEquals(corpus.articles().size(), corpus.gold().size());
    assertTrue(ids.stream().allMatch(id -> id.matches("a\\d{6}")));
  }
}
