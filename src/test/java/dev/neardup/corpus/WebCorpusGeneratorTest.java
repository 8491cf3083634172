package dev.neardup.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neardup.corpus.ReutersStories.Story;
import dev.neardup.corpus.SiteChrome.Site;
import dev.neardup.corpus.WebCorpusGenerator.Config;
import dev.neardup.corpus.WebCorpusGenerator.GeneratedWebCorpus;
import dev.neardup.corpus.WebCorpusGenerator.KindPair;
import dev.neardup.corpus.WebCorpusGenerator.WebDoc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebCorpusGeneratorTest {
  private static final int STORIES = 300;
  private List<Story> reuters;
  private List<Site> sites;
  private GeneratedWebCorpus corpus;
  private Map<String, String> text;

  @BeforeAll
  void generateIfSharedDataPresent() {
    Path source = CorpusGenerator.defaultSource();
    Path pages = SiteChrome.defaultSource();
    if (Files.isRegularFile(source) && Files.isDirectory(pages)) {
      reuters = ReutersStories.read(source);
      sites = SiteChrome.read(pages);
      corpus = WebCorpusGenerator.generate(reuters, sites, new Config(STORIES, 7));
      text = new HashMap<>();
      corpus.articles().forEach(d -> text.put(d.id(), d.text()));
    }
  }

  private GeneratedWebCorpus corpus() {
    Assumptions.assumeTrue(
        corpus != null,
        "Reuters corpus or article-extraction pages not found under "
            + CorpusGenerator.defaultSource().getParent()
            + " (set NEARDUP_SHARED); skipping");
    return corpus;
  }

  @Test
  void sameSeedWritesByteIdenticalFiles(@TempDir Path tmp) throws IOException {
    GeneratedWebCorpus first = corpus();
    GenerateWebCorpus.write(first, tmp.resolve("a"));
    GenerateWebCorpus.write(
        WebCorpusGenerator.generate(reuters, sites, new Config(STORIES, 7)), tmp.resolve("b"));
    GenerateWebCorpus.write(
        WebCorpusGenerator.generate(reuters, sites, new Config(STORIES, 8)), tmp.resolve("c"));
    for (String file : List.of("articles.jsonl", "gold.jsonl", "hard-pairs.jsonl")) {
      assertArrayEquals(
          Files.readAllBytes(tmp.resolve("a").resolve(file)),
          Files.readAllBytes(tmp.resolve("b").resolve(file)),
          file);
    }
    assertFalse(
        Files.readString(tmp.resolve("a").resolve("articles.jsonl"))
            .equals(Files.readString(tmp.resolve("c").resolve("articles.jsonl"))),
        "another seed gives another corpus");
  }

  @Test
  void everyKindIsPresent() {
    Set<String> kinds =
        corpus().hardPairs().stream()
            .map(KindPair::kind)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> expected = new TreeSet<>(WebCorpusGenerator.POSITIVE_KINDS);
    expected.addAll(WebCorpusGenerator.NEGATIVE_KINDS);
    assertEquals(expected, kinds);
  }

  @Test
  void hardPairsFollowTheLabellingRule() {
    for (KindPair p : corpus().hardPairs()) {
      boolean same = corpus.gold().get(p.a()).equals(corpus.gold().get(p.b()));
      assertEquals(WebCorpusGenerator.POSITIVE_KINDS.contains(p.kind()), same, p.toString());
    }
  }

  @Test
  void aBriefIsInsideItsLivePageButAnotherStoryWhileItsCopiesAreOne() {
    List<KindPair> embedded = pairs("brief-in-live");
    assertFalse(embedded.isEmpty());
    for (KindPair p : embedded) {
      assertNotEquals(corpus.gold().get(p.a()), corpus.gold().get(p.b()), p.toString());
      String brief =
          text.get(p.a()).length() < text.get(p.b()).length() ? text.get(p.a()) : text.get(p.b());
      String live = brief == text.get(p.a()) ? text.get(p.b()) : text.get(p.a());
      assertTrue(live.length() > 3 * brief.length(), "a live page holds many entries: " + p);
      assertTrue(
          PairHistogram.containment(PairHistogram.shingles(brief), PairHistogram.shingles(live))
              > 0.2,
          "the brief is one entry of the live page: " + p);
    }
    for (KindPair p : pairs("brief-copy")) {
      assertEquals(corpus.gold().get(p.a()), corpus.gold().get(p.b()), p.toString());
    }
  }

  @Test
  void teaserJoinsItsStory() {
    List<KindPair> teasers = pairs("teaser");
    assertFalse(teasers.isEmpty());
    for (KindPair p : teasers) {
      assertEquals(corpus.gold().get(p.a()), corpus.gold().get(p.b()), p.toString());
      int shorter = Math.min(words(text.get(p.a())), words(text.get(p.b())));
      int longer = Math.max(words(text.get(p.a())), words(text.get(p.b())));
      assertTrue(longer > 2 * shorter, "a teaser is a small part of its story: " + p);
    }
  }

  @Test
  void shortSameTopicItemsShareAtMostOneSentenceWithTheLongStory() {
    for (KindPair p : pairs("hub-bait")) {
      double c =
          PairHistogram.containment(
              PairHistogram.shingles(text.get(p.a())), PairHistogram.shingles(text.get(p.b())));
      assertTrue(c < 0.3, "hub bait " + p + " shares too much: " + c);
    }
  }

  @Test
  void versionsOfOneStoryAreWithinTwoDaysAndEverythingWithinAWeek() {
    Map<String, List<Instant>> byCluster = new TreeMap<>();
    List<Instant> all = new ArrayList<>();
    for (WebDoc d : corpus().articles()) {
      Instant t = Instant.parse(d.date());
      all.add(t);
      byCluster.computeIfAbsent(corpus.gold().get(d.id()), k -> new ArrayList<>()).add(t);
    }
    assertTrue(span(all).compareTo(Duration.ofDays(7)) <= 0, "span " + span(all));
    byCluster.forEach(
        (c, times) ->
            assertTrue(
                span(times).compareTo(Duration.ofHours(48)) <= 0, c + " spans " + span(times)));
  }

  @Test
  void idsAreShuffledAndGoldCoversEveryArticle() {
    Set<String> ids = corpus().articles().stream().map(WebDoc::id).collect(Collectors.toSet());
    assertEquals(corpus.articles().size(), ids.size());
    assertEquals(ids, corpus.gold().keySet());
    assertTrue(ids.stream().allMatch(id -> id.matches("a\\d{6}")));
    // Members of one cluster are not consecutive ids (first two articles of the biggest cluster).
    Map<String, List<String>> members = new TreeMap<>();
    corpus.gold().forEach((id, c) -> members.computeIfAbsent(c, k -> new ArrayList<>()).add(id));
    long adjacent =
        members.values().stream()
            .filter(m -> m.size() > 1)
            .filter(
                m ->
                    Math.abs(
                            Integer.parseInt(m.get(0).substring(1))
                                - Integer.parseInt(m.get(1).substring(1)))
                        == 1)
            .count();
    long multi = members.values().stream().filter(m -> m.size() > 1).count();
    assertTrue(
        adjacent < multi / 4, adjacent + " of " + multi + " clusters start with adjacent ids");
  }

  @Test
  void noSharedTextIsInTheRepository() throws IOException {
    corpus();
    Set<String> needles = new HashSet<>();
    for (Site s : sites) {
      Stream.of(s.top(), s.mid(), s.bottom())
          .flatMap(List::stream)
          .filter(b -> words(b) >= 8)
          .limit(5)
          .forEach(needles::add);
    }
    reuters.stream()
        .filter(ReutersStories::isUsableBase)
        .limit(300)
        .forEach(s -> needles.add(s.paragraphs().get(0)));
    corpus.articles().stream()
        .limit(200)
        .forEach(d -> d.text().lines().filter(l -> words(l) >= 12).limit(1).forEach(needles::add));
    Path root = Path.of("").toAbsolutePath();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(
                  f ->
                      !root.relativize(f).startsWith("target")
                          && !root.relativize(f).startsWith(".git"))
              .filter(f -> f.toFile().length() < 4_000_000)
              .toList();
    }
    for (Path f : files) {
      String content = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
      for (String needle : needles) {
        assertFalse(content.contains(needle), f + " contains shared text: " + needle);
      }
    }
  }

  private List<KindPair> pairs(String kind) {
    return corpus().hardPairs().stream().filter(p -> p.kind().equals(kind)).toList();
  }

  private static Duration span(List<Instant> times) {
    return Duration.between(
        times.stream().min(Instant::compareTo).orElseThrow(),
        times.stream().max(Instant::compareTo).orElseThrow());
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }
}
