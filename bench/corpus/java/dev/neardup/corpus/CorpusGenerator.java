package dev.neardup.corpus;

import dev.neardup.corpus.Outlets.Outlet;
import dev.neardup.corpus.ReutersStories.Story;
import dev.neardup.corpus.RewriteOperations.Draft;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Builds a labelled syndication corpus from Reuters-21578: each chosen base story becomes one gold
 * cluster of 1..6 outlet versions, and hard negatives (same-topic stories, follow-ups, digests,
 * shared site chrome) become clusters of their own. Independent of the detector by design: only the
 * JDK and Jackson are used. Deterministic for a given source and seed.
 */
public final class CorpusGenerator {
  private static final String SOURCE_FILE = "reuters21578.jsonl.gz";
  private static final String[] NAME_SENTENCES = {
    "%s and %s have also figured in related reports this week.",
    "The move comes as attention remains on %s and %s.",
    "Analysts also pointed to recent developments at %s and %s.",
    "Officials at %s and %s could not be reached for comment.",
  };
  private static final String[] DIGEST_INTROS = {
    "Here are the main business stories of the day.",
    "The following are the top stories on the business desk at %d00 GMT.",
    "Morning briefing for %s: what you need to know.",
    "Catch up on today's top stories from around the world.",
  };
  private static final String[] DIGEST_HEADLINES = {
    "Top stories", "Business briefing", "Morning briefing", "News digest"
  };
  private static final String[] GENERIC_BACKGROUND = {
    "The announcement comes at a time of heightened uncertainty for investors, who have been watching interest rates and currency markets closely.",
    "Industry analysts have long said that the sector faces pressure from weak demand abroad and rising costs at home.",
    "Trade tensions between the major industrial nations have weighed on sentiment in recent months, according to market participants.",
  };

  private CorpusGenerator() {}

  /** How many regular stories (gold clusters before hard negatives) and the seed. */
  public record Config(int stories, long seed) {
    public Config {
      if (stories < 1) {
        throw new IllegalArgumentException("stories must be at least 1");
      }
    }
  }

  /** One generated article. */
  public record Doc(String id, String text) {}

  /** Two article ids. */
  public record IdPair(String a, String b) {}

  /** Counts reported by the generator (base selection, repeats, output). */
  public record Stats(
      int storiesRead,
      int usableBases,
      int repeatGroups,
      int storiesInRepeatGroups,
      int usableInRepeatGroups,
      int repeatsLeftOut,
      int basesAvailable,
      int regularStories,
      int singletonClusters,
      int easyClusters,
      int articles,
      int clusters,
      int topicSiblings,
      int followUps,
      int digests,
      int sharedChromeGroups,
      int sharedChromeArticles,
      int backgroundPoolBases,
      int backgroundParagraphs,
      int genericBackgrounds) {
    @Override
    public String toString() {
      return String.format(
          "stories read %d, usable bases %d (>= %d words, >= %d paragraphs, no tables)%n"
              + "repeat groups %d with %d stories (%d usable); usable repeats left out %d; bases available %d%n"
              + "regular stories %d (singletons %d, easy %d); articles %d; clusters %d%n"
              + "hard negatives: topic siblings %d, follow-ups %d, digests %d, shared-chrome groups %d (%d articles)%n"
              + "background pool bases %d, background paragraphs inserted %d (generic %d)",
          storiesRead,
          usableBases,
          Rates.MIN_WORDS,
          Rates.MIN_PARAGRAPHS,
          repeatGroups,
          storiesInRepeatGroups,
          usableInRepeatGroups,
          repeatsLeftOut,
          basesAvailable,
          regularStories,
          singletonClusters,
          easyClusters,
          articles,
          clusters,
          topicSiblings,
          followUps,
          digests,
          sharedChromeGroups,
          sharedChromeArticles,
          backgroundPoolBases,
          backgroundParagraphs,
          genericBackgrounds);
    }
  }

  /**
   * The corpus: articles in shuffled id order, gold cluster per article id (sorted by id), the kind
   * of every hard-negative article, and the pairs that are hard negatives by construction.
   */
  public record GeneratedCorpus(
      List<Doc> articles,
      Map<String, String> gold,
      Map<String, String> hardNegativeKinds,
      List<IdPair> hardNegativePairs,
      Stats stats) {}

  /**
   * The Reuters file: {@code $NEARDUP_SHARED/corpora/...} when the variable is set (the build sets
   * it), else {@code ../shared/corpora/...} relative to the working directory.
   */
  public static Path defaultSource() {
    String shared = System.getenv("NEARDUP_SHARED");
    Path root = shared != null && !shared.isBlank() ? Path.of(shared) : Path.of("..", "shared");
    return root.resolve("corpora").resolve(SOURCE_FILE);
  }

  public static GeneratedCorpus generate(Path source, Config config) {
    return generate(ReutersStories.read(source), config);
  }

  public static GeneratedCorpus generate(List<Story> stories, Config config) {
    return new Build(stories, config).run();
  }

  /** Per-call working state; nothing here outlives one {@link #generate} call. */
  private static final class Build {
    private final Config config;
    private final SplittableRandom rng;
    private final BaseDeck deck;
    private final List<Outlet> outlets;
    private final List<String> texts = new ArrayList<>();
    private final List<Integer> clusterOf = new ArrayList<>();
    private final Map<Integer, String> kindOf = new TreeMap<>();
    private final List<List<Integer>> clusterDocs = new ArrayList<>();
    private final List<int[]> hardPairs = new ArrayList<>();
    private final Deque<String> background = new ArrayDeque<>();
    private final Map<Integer, List<String>> chromeBlocks = new TreeMap<>();
    private final int storiesRead;
    private final int usableBases;
    private final List<List<Story>> repeatGroups;
    private final int repeatsLeftOut;
    private int poolBases;
    private int backgroundUsed;
    private int genericUsed;

    Build(List<Story> stories, Config config) {
      this.config = config;
      this.rng = new SplittableRandom(config.seed());
      this.storiesRead = stories.size();
      deck =
          new BaseDeck(
              stories,
              rng,
              config.stories() + " stories plus hard negatives and background paragraphs");
      repeatGroups = deck.repeatGroups();
      repeatsLeftOut = deck.repeatsLeftOut();
      usableBases = (int) stories.stream().filter(ReutersStories::isUsableBase).count();
      outlets = Outlets.create(rng.split());
    }

    GeneratedCorpus run() {
      int n = config.stories();
      List<Story> bases = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        bases.add(deck.draw());
      }
      int singletons = 0;
      int easyClusters = 0;
      for (Story base : bases) {
        SplittableRandom r = rng.split();
        int size = Rates.clusterSize(r);
        boolean easy = size > 1 && r.nextDouble() < Rates.EASY_CLUSTER_SHARE;
        singletons += size == 1 ? 1 : 0;
        easyClusters += easy ? 1 : 0;
        int cluster = newCluster();
        for (Outlet o : distinctOutlets(size, r)) {
          Draft d = RewriteOperations.content(base, o, easy, r, this::backgroundParagraph);
          add(RewriteOperations.render(d, base, o, easy, r), cluster, null);
        }
      }
      List<Integer> borrowOrder = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        borrowOrder.add(i);
      }
      BaseDeck.shuffle(borrowOrder, rng);
      int[] borrowNext = {0};
      Supplier<Integer> nextBorrowed = () -> borrowOrder.get(borrowNext[0]++ % n);

      int siblings = share(n, Rates.TOPIC_SIBLING_SHARE);
      for (int i = 0; i < siblings; i++) {
        int sc = nextBorrowed.get();
        topicSibling(bases.get(sc), sc, rng.split());
      }
      int followUps = share(n, Rates.FOLLOW_UP_SHARE);
      for (int i = 0; i < followUps; i++) {
        int sc = nextBorrowed.get();
        followUp(bases.get(sc), sc, rng.split());
      }
      int digests = n >= Rates.DIGEST_MIN_ITEMS ? share(n, Rates.DIGEST_SHARE) : 0;
      for (int i = 0; i < digests; i++) {
        SplittableRandom r = rng.split();
        int items =
            Math.min(
                n,
                Rates.DIGEST_MIN_ITEMS
                    + r.nextInt(Rates.DIGEST_MAX_ITEMS - Rates.DIGEST_MIN_ITEMS + 1));
        Set<Integer> chosen = new java.util.LinkedHashSet<>();
        while (chosen.size() < items) {
          chosen.add(nextBorrowed.get());
        }
        digest(bases, List.copyOf(chosen), r);
      }
      int chromeGroups = share(n, Rates.SHARED_BOILERPLATE_GROUP_SHARE);
      int chromeArticles = 0;
      for (int i = 0; i < chromeGroups; i++) {
        chromeArticles += sharedChrome(rng.split());
      }
      return finish(
          new int[] {
            n, singletons, easyClusters, siblings, followUps, digests, chromeGroups, chromeArticles
          });
    }

    /**
     * (a) A different story on the same topic with the other story's names and one of its
     * paragraphs.
     */
    private void topicSibling(Story s, int sCluster, SplittableRandom r) {
      Story t = deck.drawRelated(s);
      Outlet o = outlets.get(r.nextInt(outlets.size()));
      List<String> p =
          new ArrayList<>(
              RewriteOperations.content(t, o, false, r, this::backgroundParagraph).paragraphs());
      List<String> names = ReutersStories.names(s);
      if (names.size() >= 2) {
        String sentence =
            String.format(
                NAME_SENTENCES[r.nextInt(NAME_SENTENCES.length)], names.get(0), names.get(1));
        p.set(0, p.get(0) + " " + sentence);
      }
      // The second paragraph survives truncation in every version, so the shared text is really
      // shared.
      String borrowed = s.paragraphs().get(1);
      p.add(1 + r.nextInt(p.size()), borrowed);
      int doc =
          add(
              RewriteOperations.render(
                  new Draft(RewriteOperations.headline(t, o.headlineCase()), p), t, o, false, r),
              newCluster(),
              "topic-sibling");
      pairWithCluster(doc, sCluster);
    }

    /** (b) A later story (base used only here) that repeats one or two background paragraphs. */
    private void followUp(Story s, int sCluster, SplittableRandom r) {
      Story f = deck.drawRelated(s);
      Outlet o = outlets.get(r.nextInt(outlets.size()));
      List<String> p =
          new ArrayList<>(
              RewriteOperations.content(f, o, false, r, this::backgroundParagraph).paragraphs());
      int k = Math.min(s.paragraphs().size() - 1, 1 + r.nextInt(2));
      List<String> borrowed = s.paragraphs().subList(1, 1 + k);
      p.addAll(r.nextBoolean() ? p.size() : 1, borrowed);
      int doc =
          add(
              RewriteOperations.render(
                  new Draft(RewriteOperations.headline(f, o.headlineCase()), p), f, o, false, r),
              newCluster(),
              "follow-up");
      pairWithCluster(doc, sCluster);
    }

    /** (c) A short intro and the lead of each of 3-5 stories, each with a little framing. */
    private void digest(List<Story> bases, List<Integer> items, SplittableRandom r) {
      Outlet o = outlets.get(r.nextInt(outlets.size()));
      Story first = bases.get(items.get(0));
      String date = RewriteOperations.longDate(first);
      String intro =
          String.format(
              DIGEST_INTROS[r.nextInt(DIGEST_INTROS.length)].replace(
                  "%d", String.valueOf(6 + r.nextInt(12))),
              date);
      int framing = r.nextInt(3);
      List<String> p = new ArrayList<>();
      p.add(intro);
      for (int item : items) {
        Story s = bases.get(item);
        String headline = RewriteOperations.headline(s, 0);
        String lead = s.paragraphs().get(0);
        p.add(
            switch (framing) {
              case 0 -> headline + ": " + lead;
              case 1 -> "* " + headline + " -- " + lead + " (Full story)";
              default -> lead + " [" + RewriteOperations.section(s) + "]";
            });
      }
      Story meta = new Story("digest", 0, first.date(), "", "", p, List.of(), List.of(), false);
      String headline = DIGEST_HEADLINES[r.nextInt(DIGEST_HEADLINES.length)] + ", " + date;
      int doc =
          add(
              RewriteOperations.render(new Draft(headline, p), meta, o, true, r),
              newCluster(),
              "digest");
      for (int item : items) {
        pairWithCluster(doc, item);
      }
    }

    /** (d) Two to four short articles of different stories that share one long chrome block. */
    private int sharedChrome(SplittableRandom r) {
      Outlet o = outlets.get(r.nextInt(outlets.size()));
      int lines =
          Rates.SHARED_BOILERPLATE_MIN_LINES
              + r.nextInt(
                  Rates.SHARED_BOILERPLATE_MAX_LINES - Rates.SHARED_BOILERPLATE_MIN_LINES + 1);
      List<String> block = new ArrayList<>();
      for (String line :
          RewriteOperations.fill(Outlets.pick(Outlets.LONG_CHROME, lines, r), "World", "", o)) {
        block.add(Outlets.fillSlots(line, r));
      }
      int members =
          Rates.SHARED_BOILERPLATE_MIN_ARTICLES
              + r.nextInt(
                  Rates.SHARED_BOILERPLATE_MAX_ARTICLES
                      - Rates.SHARED_BOILERPLATE_MIN_ARTICLES
                      + 1);
      List<Integer> docs = new ArrayList<>();
      for (int i = 0; i < members; i++) {
        Story s = deck.draw();
        Draft d = RewriteOperations.content(s, o, false, r, this::backgroundParagraph);
        List<String> p =
            d.paragraphs()
                .subList(
                    0, Math.min(d.paragraphs().size(), Rates.SHARED_BOILERPLATE_MAX_PARAGRAPHS));
        String text =
            RewriteOperations.render(new Draft(d.headline(), p), s, o, false, r)
                + String.join("\n", block)
                + "\n";
        docs.add(add(text, newCluster(), "shared-chrome"));
      }
      // Blocks of different groups draw on the same line pool, so any two articles whose blocks
      // share a line are hard negatives too, not only the members of one group.
      for (int doc : docs) {
        for (Map.Entry<Integer, List<String>> earlier : chromeBlocks.entrySet()) {
          if (!Collections.disjoint(earlier.getValue(), block)) {
            hardPairs.add(new int[] {earlier.getKey(), doc});
          }
        }
      }
      for (int a = 0; a < docs.size(); a++) {
        for (int b = a + 1; b < docs.size(); b++) {
          hardPairs.add(new int[] {docs.get(a), docs.get(b)});
        }
      }
      docs.forEach(doc -> chromeBlocks.put(doc, block));
      return members;
    }

    /** Paragraphs of bases used for nothing else, one paragraph per request, never reused. */
    private String backgroundParagraph() {
      while (background.isEmpty() && !deck.exhausted()) {
        Story s = deck.draw();
        poolBases++;
        background.addAll(s.paragraphs().subList(1, s.paragraphs().size()));
      }
      backgroundUsed++;
      if (background.isEmpty()) {
        genericUsed++;
        return GENERIC_BACKGROUND[genericUsed % GENERIC_BACKGROUND.length];
      }
      return background.poll();
    }

    private List<Outlet> distinctOutlets(int k, SplittableRandom r) {
      List<Outlet> pool = new ArrayList<>(outlets);
      List<Outlet> out = new ArrayList<>();
      while (out.size() < k) {
        out.add(pool.remove(r.nextInt(pool.size())));
      }
      return out;
    }

    private static int share(int n, double share) {
      return Math.max(1, (int) Math.round(n * share));
    }

    private int newCluster() {
      clusterDocs.add(new ArrayList<>());
      return clusterDocs.size() - 1;
    }

    private int add(String text, int cluster, String kind) {
      texts.add(text);
      clusterOf.add(cluster);
      clusterDocs.get(cluster).add(texts.size() - 1);
      if (kind != null) {
        kindOf.put(texts.size() - 1, kind);
      }
      return texts.size() - 1;
    }

    private void pairWithCluster(int doc, int cluster) {
      for (int other : clusterDocs.get(cluster)) {
        hardPairs.add(new int[] {doc, other});
      }
    }

    private GeneratedCorpus finish(int[] c) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        order.add(i);
      }
      BaseDeck.shuffle(order, rng);
      String[] idOf = new String[texts.size()];
      List<Doc> articles = new ArrayList<>();
      Map<String, String> gold = new LinkedHashMap<>();
      Map<Integer, String> clusterIds = new TreeMap<>();
      for (int position = 0; position < order.size(); position++) {
        int doc = order.get(position);
        idOf[doc] = String.format("a%06d", position);
        articles.add(new Doc(idOf[doc], texts.get(doc)));
        // Cluster ids in order of first appearance, so they reveal nothing about how a cluster was
        // made.
        String cluster =
            clusterIds.computeIfAbsent(
                clusterOf.get(doc), k -> String.format("c%05d", clusterIds.size()));
        gold.put(idOf[doc], cluster);
      }
      Map<String, String> kinds = new TreeMap<>();
      kindOf.forEach((doc, kind) -> kinds.put(idOf[doc], kind));
      List<IdPair> pairs = new ArrayList<>();
      for (int[] p : hardPairs) {
        pairs.add(new IdPair(idOf[p[0]], idOf[p[1]]));
      }
      int storiesInGroups = repeatGroups.stream().mapToInt(List::size).sum();
      int usableInGroups =
          (int)
              repeatGroups.stream()
                  .flatMap(List::stream)
                  .filter(ReutersStories::isUsableBase)
                  .count();
      Stats stats =
          new Stats(
              storiesRead,
              usableBases,
              repeatGroups.size(),
              storiesInGroups,
              usableInGroups,
              repeatsLeftOut,
              deck.size(),
              c[0],
              c[1],
              c[2],
              articles.size(),
              clusterDocs.size(),
              c[3],
              c[4],
              c[5],
              c[6],
              c[7],
              poolBases,
              backgroundUsed,
              genericUsed);
      return new GeneratedCorpus(
          List.copyOf(articles),
          Collections.unmodifiableMap(gold),
          Collections.unmodifiableMap(kinds),
          List.copyOf(pairs),
          stats);
    }
  }
}
