package dev.neardup.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neardup.corpus.LookalikeLabels.Label;
import dev.neardup.corpus.LookalikeLabels.PairCounts;
import dev.neardup.corpus.LookalikeSet.EvalSet;
import dev.neardup.corpus.WireFeed.Item;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class LookalikeSetTest {
  /** The counts bench/corpus/README.md documents for the label file. */
  private static final int GROUPS = 184;

  private static final int RECORDS = 648;
  private static final int STORIES = 533;
  private static final long SAME_STORY_PAIRS = 124;
  private static final long DIFFERENT_STORY_PAIRS = 2380;

  @Test
  void labelFileParsesWithTheDocumentedCounts() throws IOException {
    List<Label> labels = LookalikeLabels.read(LookalikeLabels.defaultFile());
    assertEquals(RECORDS, labels.size());
    assertEquals(GROUPS, labels.stream().map(Label::group).distinct().count());
    assertEquals(STORIES, labels.stream().map(Label::story).distinct().count());
    assertEquals(
        new PairCounts(SAME_STORY_PAIRS, DIFFERENT_STORY_PAIRS), LookalikeLabels.pairs(labels));
    assertEquals(
        RECORDS, labels.stream().map(Label::id).distinct().count(), "an id is labelled twice");
  }

  @Test
  void everyLabelledIdIsInTheCollectionAndTheSetHasOneGoldStoryPerArticle() throws IOException {
    Path source = CorpusGenerator.defaultSource();
    Assumptions.assumeTrue(
        Files.isRegularFile(source),
        "Reuters corpus not found at " + source + " (set NEARDUP_SHARED); skipping");
    List<Label> labels = LookalikeLabels.read(LookalikeLabels.defaultFile());
    EvalSet set = LookalikeSet.build(labels, WireFeed.read(source));
    assertEquals(RECORDS, set.articles().size());
    assertEquals(STORIES, new HashSet<>(set.gold().values()).size());
    for (int i = 0; i < labels.size(); i++) {
      Item item = set.articles().get(i);
      assertEquals(labels.get(i).id(), item.id(), "articles follow the label order");
      assertEquals(labels.get(i).story(), set.gold().get(item.id()));
      assertTrue(
          !item.text().isBlank() && !item.date().isEmpty(), item.id() + " has no text or date");
    }
  }

  @Test
  void ratesCountOnlyPairsInsideOneGroup() {
    List<Label> labels =
        List.of(
            new Label("a", "g1", "g1-s1", "first"),
            new Label("b", "g1", "g1-s1", "resend"),
            new Label("c", "g1", "g1-s2", "template"),
            new Label("d", "g2", "g2-s1", "template"),
            new Label("e", "g2", "g2-s2", "template"));
    // a, b, c and d in one output cluster: a-b found, a-c and b-c merged; c-d crosses groups and is
    // not counted.
    Map<String, String> clusterOf = Map.of("a", "c1", "b", "c1", "c", "c1", "d", "c1");
    LookalikeRates.Rates r = LookalikeRates.rates(labels, clusterOf);
    assertEquals(new LookalikeRates.Rates(1, 1, 3, 2), r);
  }

  @Test
  void reutersDateBecomesIsoUtc() {
    assertEquals("1987-02-26T15:01:01.790Z", WireFeed.isoDate("26-FEB-1987 15:01:01.79"));
    assertEquals("1987-03-05T09:07:00.000Z", WireFeed.isoDate(" 5-MAR-1987 09:07:00"));
    assertEquals("", WireFeed.isoDate("garbled"));
  }

  @Test
  void feedTextPutsTitleThenDatelineBeforeTheBody() {
    assertEquals(
        "TITLE\n\nLONDON, March 3 - body", WireFeed.text("TITLE", "LONDON, March 3 -", "body\n"));
    assertEquals("body", WireFeed.text("", "", "body"));
  }
}
