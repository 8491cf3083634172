package dev.neardup.corpus;

import dev.neardup.corpus.Outlets.Outlet;
import dev.neardup.corpus.ReutersStories.Story;
import dev.neardup.corpus.RewriteOperations.Draft;
import dev.neardup.corpus.SiteChrome.Site;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Builds a web-shaped labelled corpus from Reuters-21578 and the chrome of real article pages: the
 * ordinary syndicated versions of {@link CorpusGenerator}, wrapped as pages of outlets that each
 * carry one real site's chrome, plus the kinds that make real pages hard (long wire stories with
 * short same-topic items, briefs inside live pages and digests beside the briefs' own copies,
 * quote-only overlaps, teasers, write-throughs, local intros, follow-ups, commentary). Labels
 * follow the rule of the real sets: every version of one wire story file is one cluster, nothing
 * else is. Independent of the detector; deterministic for a given source, pages and seed.
 */
public final class WebCorpusGenerator {
  /** Pair kinds whose two articles are one story (recorded as hard positives). */
  public static final Set<String> POSITIVE_KINDS =
      Set.of(
          "long-version", "live-snapshot", "brief-copy", "teaser", "write-through", "local-intro");

  /** Pair kinds whose two articles are different stories (hard negatives). */
  public static final Set<String> NEGATIVE_KINDS =
      Set.of(
          "hub-bait",
          "brief-in-live",
          "brief-in-digest",
          "quote-only",
          "follow-up",
          "commentary",
          "shared-chrome");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final String[] NAME_SENTENCES = {
    "%s, %s and %s have all been drawn into the matter.",
    "The developments are being watched by %s, %s and %s.",
    "Earlier statements by %s and %s were cited by %s.",
    "Reactions from %s, %s and %s are expected later.",
  };
  private static final String[] STOCK_SENTENCES = {
    "Much of the attention has been on %s.",
    "Reports have focused on %s.",
    "Officials have spoken repeatedly of %s.",
    "Critics point to %s."
  };
  private static final String[] ADVERTISEMENTS = {
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "Advertisement - scroll to continue"
  };
  private static final String[] CONTINUE = {
    "Continue reading",
    "Read more",
    "Read the full story",
    "Continue reading the main story",
    "Click here to read more"
  };
  private static final String[] CAPTIONS = {
    "FILE PHOTO: %s attends a news conference in %s. REUTERS/%s",
    "%s speaks to reporters in %s. (Photo: %s)",
    "%s is seen in %s on Monday. Photograph: %s",
    "A view of %s in %s. Image: %s",
  };
  private static final String[] SPEAKER_TITLES = {
    "spokesman", "spokeswoman", "chief executive", "minister", "senator", "chairman"
  };
  private static final String[] FIRST = {
    "Anna", "Mark", "Sofia", "Omar", "Claire", "Hiro", "Paul", "Nadia", "Ben", "Irene", "Victor",
    "Lena", "George", "Amira", "Felix", "Rosa"
  };
  private static final String[] LAST = {
    "Keller", "Mensah", "Larsen", "Ortega", "Sato", "Byrne", "Novak", "Tran", "Weber", "Conti",
    "Shah", "Laurent", "Hughes", "Petrova", "Quinn", "Adams"
  };
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter US =
      DateTimeFormatter.ofPattern("MMMM d, yyyy h:mm a", Locale.ENGLISH);

  private WebCorpusGenerator() {}

  /** How many ordinary stories are requested (every other kind is a share of it) and the seed. */
  public record Config(int stories, long seed) {
    public Config {
      if (stories < 50) {
        throw new IllegalArgumentException("stories must be at least 50 (every kind needs a few)");
      }
    }
  }

  /** One page: id, text, ISO-8601 publication time. */
  public record WebDoc(String id, String text, String date) {}

  /** A hard pair and its kind (one of {@link #POSITIVE_KINDS} or {@link #NEGATIVE_KINDS}). */
  public record KindPair(String a, String b, String kind) {}

  /** Pages in id order, gold cluster per id, hard pairs, and named counts for the README. */
  public record GeneratedWebCorpus(
      List<WebDoc> articles,
      Map<String, String> gold,
      List<KindPair> hardPairs,
      Map<String, Integer> counts) {
    public String describe() {
      StringBuilder out = new StringBuilder();
      counts.forEach((k, v) -> out.append(String.format(Locale.ROOT, "%-34s %6d%n", k, v)));
      return out.toString();
    }
  }

  public static GeneratedWebCorpus generate(Path reuters, Path extraction, Config config) {
    return generate(ReutersStories.read(reuters), SiteChrome.read(extraction), config);
  }

  public static GeneratedWebCorpus generate(List<Story> stories, List<Site> sites, Config config) {
    return new Build(stories, sites, config).run();
  }

  /** An outlet: a house style and the chrome of one real site, capped to what a scraper keeps. */
  private record WebOutlet(Outlet style, List<String> top, List<String> mid, List<String> bottom) {
    boolean hasChrome() {
      return !top.isEmpty() || !bottom.isEmpty();
    }
  }

  /** One entry of a live page or digest: its base, the brief's paragraphs, and its minute. */
  private record Entry(Story base, String headline, List<String> brief, int minute) {}

  /** Per-call working state; nothing here outlives one {@link #generate} call. */
  private static final class Build {
    private final Config config;
    private final SplittableRandom rng;
    private final BaseDeck deck;
    private final List<WebOutlet> outlets = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final List<Integer> minutes = new ArrayList<>();
    private final List<Integer> clusterOf = new ArrayList<>();
    private final List<Integer> outletOf = new ArrayList<>();
    private final List<List<Integer>> clusterDocs = new ArrayList<>();
    private final List<int[]> pairs = new ArrayList<>();
    private final List<String> pairKinds = new ArrayList<>();
    private final Set<Long> pairKeys = new HashSet<>();
    private final Deque<String> background = new ArrayDeque<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    Build(List<Story> stories, List<Site> sites, Config config) {
      this.config = config;
      this.rng = new SplittableRandom(config.seed());
      deck = new BaseDeck(stories, rng, config.stories() + " stories plus every kind");
      List<Outlet> styles = Outlets.create(rng.split());
      List<Site> siteOrder = new ArrayList<>(sites);
      BaseDeck.shuffle(siteOrder, rng);
      for (int i = 0; i < siteOrder.size(); i++) {
        Outlet s = styles.get(i % styles.size());
        Outlet style =
            new Outlet(
                siteOrder.get(i).host(),
                s.curlyQuotes(),
                s.dash(),
                s.blankLines(),
                s.datelineStyle(),
                s.headlineCase(),
                s.signOff(),
                List.of(),
                List.of(),
                List.of(),
                s.styleSeed() + i);
        outlets.add(outlet(style, siteOrder.get(i), rng.split()));
      }
      if (outlets.size() < 2 * WebRates.BRIEF_COPIES_MAX + WebRates.LONG_MAX_VERSIONS) {
        throw new IllegalArgumentException(
            "need more real pages for outlets, got " + outlets.size());
      }
      count("bases available", deck.size());
      count("outlets (one real site each)", outlets.size());
      count("outlets with chrome", (int) outlets.stream().filter(WebOutlet::hasChrome).count());
    }

    /** The site's chrome nearest the article, up to a per-outlet word budget. */
    private static WebOutlet outlet(Outlet style, Site site, SplittableRandom r) {
      int c = 0;
      for (double x = r.nextDouble();
          c < WebRates.CHROME_CLASS_SHARES.length - 1 && x >= WebRates.CHROME_CLASS_SHARES[c];
          c++) {
        x -= WebRates.CHROME_CLASS_SHARES[c];
      }
      int topBudget = r.nextInt(WebRates.CHROME_TOP_MAX_WORDS[c] + 1);
      int bottomBudget = r.nextInt(WebRates.CHROME_BOTTOM_MAX_WORDS[c] + 1);
      List<String> top = new ArrayList<>();
      int words = 0;
      for (int i = site.top().size() - 1; i >= 0; i--) {
        int w = words(site.top().get(i));
        if (w > WebRates.CHROME_MAX_BLOCK_WORDS) {
          continue;
        }
        if (words + w > topBudget) {
          break;
        }
        top.add(0, site.top().get(i));
        words += w;
      }
      List<String> bottom = new ArrayList<>();
      words = 0;
      for (String b : site.bottom()) {
        int w = words(b);
        if (w > WebRates.CHROME_MAX_BLOCK_WORDS) {
          continue;
        }
        if (words + w > bottomBudget) {
          break;
        }
        bottom.add(b);
        words += w;
      }
      List<String> mid = new ArrayList<>();
      if (r.nextDouble() < WebRates.CHROME_MID_BLOCK) {
        site.mid().stream()
            .filter(b -> words(b) <= WebRates.CHROME_MAX_BLOCK_WORDS)
            .findFirst()
            .ifPresent(mid::add);
      }
      return new WebOutlet(style, top, mid, bottom);
    }

    GeneratedWebCorpus run() {
      int n = config.stories();
      List<Story> regular = new ArrayList<>();
      List<Integer> regularCluster = new ArrayList<>();
      List<Integer> regularMinute = new ArrayList<>();
      int singletons = 0;
      for (int i = 0; i < n; i++) {
        Story base = deck.draw();
        SplittableRandom r = rng.split();
        int size = Rates.clusterSize(r);
        boolean easy = size > 1 && r.nextDouble() < Rates.EASY_CLUSTER_SHARE;
        singletons += size == 1 ? 1 : 0;
        int cluster = newCluster();
        int t0 = storyStart(r);
        for (int o : distinctOutlets(size, r, -1)) {
          Draft d =
              RewriteOperations.content(
                  base, outlets.get(o).style(), easy, r, this::backgroundParagraph);
          addPage(d, base, o, minuteOf(r, t0), false, cluster, r);
        }
        regular.add(base);
        regularCluster.add(cluster);
        regularMinute.add(t0);
      }
      count("ordinary stories", n);
      count("ordinary singletons", singletons);
      count("ordinary articles", texts.size());

      repeat("long stories", WebRates.LONG_STORY_SHARE, () -> longStory(rng.split()));
      repeat("live pages", WebRates.LIVE_PAGE_SHARE, () -> briefPage(true, rng.split()));
      repeat("digests", WebRates.DIGEST_SHARE, () -> briefPage(false, rng.split()));
      repeat("quote pairs", WebRates.QUOTE_PAIR_SHARE, () -> quotePair(rng.split()));
      repeat("teaser stories", WebRates.TEASER_SHARE, () -> teaserStory(rng.split()));
      repeat(
          "write-through stories", WebRates.WRITE_THROUGH_SHARE, () -> writeThroughs(rng.split()));
      repeat("local-intro stories", WebRates.LOCAL_INTRO_SHARE, () -> localIntro(rng.split()));

      List<Integer> borrowable = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (regular.get(i).paragraphs().size() >= 4) {
          borrowable.add(i);
        }
      }
      BaseDeck.shuffle(borrowable, rng);
      int[] next = {0};
      repeat(
          "follow-ups",
          WebRates.FOLLOW_UP_SHARE,
          () -> {
            int i = borrowable.get(next[0]++ % borrowable.size());
            followUp(regular.get(i), regularCluster.get(i), regularMinute.get(i), rng.split());
          });
      repeat(
          "commentaries",
          WebRates.COMMENTARY_SHARE,
          () -> {
            int i = borrowable.get(next[0]++ % borrowable.size());
            commentary(regular.get(i), regularCluster.get(i), regularMinute.get(i), rng.split());
          });
      sharedChrome();
      count("background paragraphs used", backgroundUsedCount);
      return finish();
    }

    private void repeat(String name, double share, Runnable unit) {
      int k = Math.max(1, (int) Math.round(config.stories() * share));
      int before = texts.size();
      for (int i = 0; i < k; i++) {
        unit.run();
      }
      count(name, k);
      count(name + ": articles", texts.size() - before);
    }

    // ------------------------------------------------------------------ kinds

    /** (2) A long wire file with its versions, and short same-topic items that share names only. */
    private void longStory(SplittableRandom r) {
      Story lead = deck.draw();
      Story full = stitched(lead, WebRates.LONG_MIN_WORDS, WebRates.LONG_MAX_WORDS, r);
      int cluster = newCluster();
      int t0 = storyStart(r);
      int versions = between(r, WebRates.LONG_MIN_VERSIONS, WebRates.LONG_MAX_VERSIONS);
      List<Integer> docs = new ArrayList<>();
      List<Integer> used = distinctOutlets(versions, r, -1);
      for (int v = 0; v < versions; v++) {
        // The first version keeps every paragraph: the hub a short item gets absorbed into.
        Draft d =
            RewriteOperations.content(
                full, outlets.get(used.get(v)).style(), v == 0, r, this::backgroundParagraph);
        docs.add(addPage(d, full, used.get(v), minuteOf(r, t0), false, cluster, r));
      }
      pairAll(docs, "long-version");
      List<String> names = ReutersStories.names(full);
      List<String> sentences = new ArrayList<>();
      full.paragraphs().forEach(p -> sentences.addAll(RewriteOperations.sentences(p)));
      int baits = between(r, WebRates.BAIT_MIN, WebRates.BAIT_MAX);
      for (int b = 0; b < baits; b++) {
        Story other = deck.drawRelated(lead);
        List<String> p =
            upToWords(
                other.paragraphs(), between(r, WebRates.BAIT_MIN_WORDS, WebRates.BAIT_MAX_WORDS));
        // A short item on the same topic repeats a few of the long story's stock phrases.
        for (int k = 0; k < WebRates.BAIT_STOCK_PHRASES && !sentences.isEmpty(); k++) {
          String phrase = window(sentences.get(r.nextInt(sentences.size())), r);
          int at = r.nextInt(p.size());
          p.set(
              at,
              p.get(at)
                  + " "
                  + String.format(STOCK_SENTENCES[r.nextInt(STOCK_SENTENCES.length)], phrase));
        }
        if (names.size() >= WebRates.BAIT_NAMES) {
          List<String> picked = pickNames(names, r);
          p.set(
              p.size() - 1,
              p.get(p.size() - 1)
                  + " "
                  + String.format(
                      NAME_SENTENCES[r.nextInt(NAME_SENTENCES.length)], picked.toArray()));
        }
        if (r.nextDouble() < WebRates.BAIT_SHARED_SENTENCE && !sentences.isEmpty()) {
          p.add(1 + r.nextInt(p.size()), sentences.get(r.nextInt(sentences.size())));
        }
        // From another outlet than any version, so the item shares names, not the long story's
        // chrome.
        int o = distinctOutlets(1, r, Set.copyOf(used)).get(0);
        int doc =
            addPage(
                new Draft(
                    RewriteOperations.headline(other, outlets.get(o).style().headlineCase()), p),
                other,
                o,
                minuteOf(r, storyStart(r)),
                false,
                newCluster(),
                r);
        for (int v : docs) {
          pair(doc, v, "hub-bait");
        }
      }
    }

    /** (3) A live page (2-3 snapshots, one cluster) or a digest, and the briefs' own copies. */
    private void briefPage(boolean live, SplittableRandom r) {
      int o = r.nextInt(outlets.size());
      Story first = deck.draw();
      int t0 = storyStart(r);
      List<Entry> pool = new ArrayList<>();
      int minute = t0;
      int firstCount = between(r, WebRates.ENTRIES_MIN, WebRates.ENTRIES_MAX - 2);
      List<int[]> snapshots = new ArrayList<>();
      int lo = 0;
      int hi = firstCount;
      int shots = live ? between(r, WebRates.SNAPSHOTS_MIN, WebRates.SNAPSHOTS_MAX) : 1;
      for (int s = 0; s < shots; s++) {
        if (s > 0) {
          hi += between(r, 1, 3);
          if (r.nextDouble() < WebRates.SNAPSHOT_DROPS_OLDEST || hi - lo > WebRates.ENTRIES_MAX) {
            lo += Math.max(1, hi - lo - WebRates.ENTRIES_MAX);
          }
        }
        snapshots.add(new int[] {lo, hi});
      }
      while (pool.size() < hi) {
        Story s = pool.isEmpty() ? first : deck.drawRelated(first);
        minute += between(r, 10, 60);
        pool.add(new Entry(s, RewriteOperations.headline(s, 1), brief(s), minute));
      }
      int cluster = newCluster();
      Story meta =
          new Story(
              live ? "live" : "digest",
              0,
              first.date(),
              "",
              "",
              List.of("x"),
              first.topics(),
              first.places(),
              false);
      String headline =
          live
              ? "Live: " + RewriteOperations.headline(first, 0) + " - latest updates"
              : "News in brief: " + RewriteOperations.section(first) + " roundup";
      List<Integer> shotDocs = new ArrayList<>();
      for (int[] span : snapshots) {
        List<String> p = new ArrayList<>();
        for (int e = span[1] - 1; e >= span[0]; e--) {
          Entry entry = pool.get(e);
          if (live) {
            p.add(clock(entry.minute()));
          }
          p.add(entry.headline());
          p.addAll(entry.brief());
        }
        int at = pool.get(span[1] - 1).minute() + between(r, 5, 30);
        shotDocs.add(addPage(new Draft(headline, p), meta, o, at, false, cluster, r));
      }
      pairAll(shotDocs, "live-snapshot");
      int copied = between(r, WebRates.COPIED_BRIEFS_MIN, WebRates.COPIED_BRIEFS_MAX);
      List<Integer> entryOrder = new ArrayList<>();
      for (int e = 0; e < hi; e++) {
        entryOrder.add(e);
      }
      BaseDeck.shuffle(entryOrder, r);
      for (int c = 0; c < copied; c++) {
        int e = entryOrder.get(c);
        Entry entry = pool.get(e);
        int briefCluster = newCluster();
        List<Integer> copies = new ArrayList<>();
        for (int co :
            distinctOutlets(
                between(r, WebRates.BRIEF_COPIES_MIN, WebRates.BRIEF_COPIES_MAX), r, o)) {
          Draft d =
              new Draft(
                  RewriteOperations.headline(entry.base(), outlets.get(co).style().headlineCase()),
                  entry.brief());
          int at = entry.minute() + r.nextInt(6 * 60);
          copies.add(addPage(d, entry.base(), co, at, false, briefCluster, r));
        }
        pairAll(copies, "brief-copy");
        for (int s = 0; s < snapshots.size(); s++) {
          if (e >= snapshots.get(s)[0] && e < snapshots.get(s)[1]) {
            for (int copy : copies) {
              pair(copy, shotDocs.get(s), live ? "brief-in-live" : "brief-in-digest");
            }
          }
        }
      }
    }

    /** (4) Two different stories that quote the same statement word for word. */
    private void quotePair(SplittableRandom r) {
      Story source = deck.draw();
      List<String> all = new ArrayList<>();
      for (String p : source.paragraphs()) {
        RewriteOperations.sentences(p).stream().filter(x -> !x.contains("\"")).forEach(all::add);
      }
      if (all.isEmpty()) {
        all.add(RewriteOperations.sentences(source.paragraphs().get(0)).get(0).replace('"', '\''));
      }
      int k = Math.min(all.size(), between(r, 1, WebRates.QUOTE_MAX_SENTENCES));
      int from = r.nextInt(all.size() - k + 1);
      List<String> said = all.subList(from, from + k);
      String statement = String.join(" ", said);
      String speaker = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
      String title = SPEAKER_TITLES[r.nextInt(SPEAKER_TITLES.length)];
      List<List<Integer>> sides = new ArrayList<>();
      for (int side = 0; side < 2; side++) {
        Story base = deck.drawRelated(source);
        int keep =
            Math.min(
                base.paragraphs().size(),
                between(
                    r, WebRates.QUOTE_STORY_MIN_PARAGRAPHS, WebRates.QUOTE_STORY_MAX_PARAGRAPHS));
        Story shortBase = withParagraphs(base, base.paragraphs().subList(0, keep));
        String framed =
            switch (r.nextInt(3)) {
              case 0 ->
                  "\"" + statement + "\" " + speaker + ", " + title + ", said in a statement.";
              case 1 -> speaker + " wrote on Twitter: \"" + statement + "\"";
              default ->
                  "In a statement, the " + title + " " + speaker + " said: \"" + statement + "\"";
            };
        int cluster = newCluster();
        int t0 = storyStart(r);
        List<Integer> docs = new ArrayList<>();
        for (int o : distinctOutlets(between(r, 1, WebRates.QUOTE_STORY_MAX_VERSIONS), r, -1)) {
          Draft d =
              RewriteOperations.content(
                  shortBase, outlets.get(o).style(), false, r, this::backgroundParagraph);
          List<String> p = new ArrayList<>(d.paragraphs());
          p.add(Math.min(p.size(), 1 + r.nextInt(2)), framed);
          docs.add(
              addPage(
                  new Draft(d.headline(), p), shortBase, o, minuteOf(r, t0), false, cluster, r));
        }
        sides.add(docs);
      }
      for (int a : sides.get(0)) {
        for (int b : sides.get(1)) {
          pair(a, b, "quote-only");
        }
      }
    }

    /** (5) A 1,000-1,700-word story with 1-2 full versions and 1-2 teasers of its lead. */
    private void teaserStory(SplittableRandom r) {
      Story full =
          stitched(
              deck.draw(), WebRates.TEASER_STORY_MIN_WORDS, WebRates.TEASER_STORY_MAX_WORDS, r);
      int cluster = newCluster();
      int t0 = storyStart(r);
      int fulls = between(r, 1, WebRates.TEASER_FULL_VERSIONS_MAX);
      int teasers = between(r, 1, WebRates.TEASERS_MAX);
      List<Integer> o = distinctOutlets(fulls + teasers, r, -1);
      List<Integer> fullDocs = new ArrayList<>();
      for (int v = 0; v < fulls; v++) {
        Draft d =
            RewriteOperations.content(
                full, outlets.get(o.get(v)).style(), v == 0, r, this::backgroundParagraph);
        fullDocs.add(addPage(d, full, o.get(v), minuteOf(r, t0), false, cluster, r));
      }
      List<String> sentences = new ArrayList<>();
      full.paragraphs().forEach(p -> sentences.addAll(RewriteOperations.sentences(p)));
      for (int t = 0; t < teasers; t++) {
        int target = between(r, WebRates.TEASER_MIN_WORDS, WebRates.TEASER_MAX_WORDS);
        StringBuilder lead = new StringBuilder();
        for (String s : sentences) {
          if (lead.length() > 0 && words(lead + " " + s) > WebRates.TEASER_MAX_WORDS) {
            break;
          }
          lead.append(lead.length() > 0 ? " " : "").append(s);
          if (words(lead.toString()) >= target) {
            break;
          }
        }
        int outlet = o.get(fulls + t);
        List<String> p = List.of(lead.toString(), CONTINUE[r.nextInt(CONTINUE.length)]);
        int doc =
            addPage(
                new Draft(
                    RewriteOperations.headline(full, outlets.get(outlet).style().headlineCase()),
                    p),
                full,
                outlet,
                minuteOf(r, t0),
                true,
                cluster,
                r);
        for (int f : fullDocs) {
          pair(doc, f, "teaser");
        }
      }
    }

    /** (6) A first take and 1-2 write-throughs: new lead, 45-95 % of sentences kept, some added. */
    private void writeThroughs(SplittableRandom r) {
      Story first =
          stitched(
              deck.draw(), WebRates.WRITE_THROUGH_MIN_WORDS, WebRates.WRITE_THROUGH_MAX_WORDS, r);
      int cluster = newCluster();
      int t0 = storyStart(r);
      int stages = 1 + between(r, 1, WebRates.WRITE_THROUGHS_MAX);
      List<String> current = new ArrayList<>(first.paragraphs());
      List<List<Integer>> stageDocs = new ArrayList<>();
      int minute = t0;
      for (int stage = 0; stage < stages; stage++) {
        if (stage > 0) {
          Story news = deck.drawRelated(first);
          double keep =
              WebRates.WRITE_THROUGH_KEEP_MIN
                  + r.nextDouble()
                      * (WebRates.WRITE_THROUGH_KEEP_MAX - WebRates.WRITE_THROUGH_KEEP_MIN);
          List<String> next = new ArrayList<>();
          next.add(news.paragraphs().get(0));
          for (String p : current) {
            List<String> kept = new ArrayList<>();
            for (String s : RewriteOperations.sentences(p)) {
              if (r.nextDouble() < keep) {
                kept.add(s);
              }
            }
            if (!kept.isEmpty()) {
              next.add(String.join(" ", kept));
            }
          }
          int added =
              Math.min(
                  news.paragraphs().size() - 1,
                  between(r, 1, WebRates.WRITE_THROUGH_ADDED_MAX_PARAGRAPHS));
          for (int a = 1; a <= added; a++) {
            next.add(1 + r.nextInt(next.size()), news.paragraphs().get(a));
          }
          current = next;
          minute += between(r, 60, WebRates.VERSION_SPREAD_MINUTES / stages);
        }
        Story take = withParagraphs(first, current);
        List<Integer> docs = new ArrayList<>();
        for (int o : distinctOutlets(between(r, 1, WebRates.WRITE_THROUGH_OUTLETS_MAX), r, -1)) {
          Draft d =
              RewriteOperations.content(
                  take, outlets.get(o).style(), true, r, this::backgroundParagraph);
          docs.add(addPage(d, take, o, minute + r.nextInt(60), false, cluster, r));
        }
        for (List<Integer> earlier : stageDocs) {
          for (int a : earlier) {
            for (int b : docs) {
              pair(a, b, "write-through");
            }
          }
        }
        stageDocs.add(docs);
      }
    }

    /** (6) A local paper's 1-2 paragraphs on top of the wire text, beside plain wire versions. */
    private void localIntro(SplittableRandom r) {
      Story wire = deck.draw();
      Story local = deck.drawRelated(wire);
      int cluster = newCluster();
      int t0 = storyStart(r);
      int plain = between(r, 1, 2);
      List<Integer> o = distinctOutlets(plain + 1, r, -1);
      List<Integer> wireDocs = new ArrayList<>();
      for (int v = 0; v < plain; v++) {
        Draft d =
            RewriteOperations.content(
                wire, outlets.get(o.get(v)).style(), false, r, this::backgroundParagraph);
        wireDocs.add(addPage(d, wire, o.get(v), minuteOf(r, t0), false, cluster, r));
      }
      int outlet = o.get(plain);
      int intro = Math.min(local.paragraphs().size() - 1, between(r, 1, 2));
      List<String> p = new ArrayList<>(local.paragraphs().subList(1, 1 + intro));
      p.addAll(RewriteOperations.truncate(wire.paragraphs(), r));
      Draft d =
          new Draft(
              RewriteOperations.headline(wire, outlets.get(outlet).style().headlineCase()), p);
      int doc = addPage(d, wire, outlet, minuteOf(r, t0), false, cluster, r);
      for (int w : wireDocs) {
        pair(doc, w, "local-intro");
      }
    }

    /** (6) A later story that reuses 2-3 background paragraphs of an ordinary story. */
    private void followUp(Story s, int sCluster, int sMinute, SplittableRandom r) {
      Story f = deck.drawRelated(s);
      int o = r.nextInt(outlets.size());
      List<String> p =
          new ArrayList<>(
              RewriteOperations.content(
                      f, outlets.get(o).style(), false, r, this::backgroundParagraph)
                  .paragraphs());
      int k = Math.min(s.paragraphs().size() - 1, between(r, 2, 3));
      p.addAll(r.nextBoolean() ? p.size() : 1, s.paragraphs().subList(1, 1 + k));
      int at = later(sMinute, r);
      int doc =
          addPage(
              new Draft(RewriteOperations.headline(f, outlets.get(o).style().headlineCase()), p),
              f,
              o,
              at,
              false,
              newCluster(),
              r);
      pairWithCluster(doc, sCluster, "follow-up");
    }

    /** (6) An opinion piece that quotes 1-2 paragraphs of an ordinary story. */
    private void commentary(Story s, int sCluster, int sMinute, SplittableRandom r) {
      Story c =
          stitched(
              deck.drawRelated(s), WebRates.COMMENTARY_MIN_WORDS, WebRates.COMMENTARY_MAX_WORDS, r);
      int o = r.nextInt(outlets.size());
      List<String> p = new ArrayList<>(c.paragraphs());
      int quoted = Math.min(s.paragraphs().size(), between(r, 1, 2));
      List<String> block = new ArrayList<>();
      block.add(
          switch (r.nextInt(3)) {
            case 0 -> "As the wire reported this week:";
            case 1 -> "Consider what was reported:";
            default -> "The news, as first reported, was this:";
          });
      for (String q : s.paragraphs().subList(0, quoted)) {
        block.add("\"" + q.replace('"', '\'') + "\"");
      }
      p.addAll(1 + r.nextInt(Math.max(1, p.size() - 1)), block);
      int at = later(sMinute, r);
      String headline =
          "Opinion: " + RewriteOperations.headline(c, outlets.get(o).style().headlineCase());
      int doc = addPage(new Draft(headline, p), c, o, at, false, newCluster(), r);
      pairWithCluster(doc, sCluster, "commentary");
    }

    /** (1) Pages of one outlet about different stories share only its chrome. */
    private void sharedChrome() {
      int before = pairs.size();
      for (int o = 0; o < outlets.size(); o++) {
        if (!outlets.get(o).hasChrome()) {
          continue;
        }
        List<Integer> docs = new ArrayList<>();
        for (int d = 0; d < texts.size(); d++) {
          if (outletOf.get(d) == o) {
            docs.add(d);
          }
        }
        // The outlet's longest page is where chrome-only overlap turns into a false merge: chrome
        // is a large share of every short page, and a long page holds all of it.
        int longest =
            docs.stream()
                .max((x, y) -> Integer.compare(texts.get(x).length(), texts.get(y).length()))
                .orElseThrow();
        for (int d : docs) {
          if (!clusterOf.get(d).equals(clusterOf.get(longest))) {
            pair(d, longest, "shared-chrome");
          }
        }
        int made = 0;
        for (int i = 0;
            i + 1 < docs.size() && made < WebRates.SHARED_CHROME_PAIRS_PER_OUTLET;
            i += 2) {
          int a = docs.get(i);
          int b = docs.get(i + 1);
          if (!clusterOf.get(a).equals(clusterOf.get(b)) && pair(a, b, "shared-chrome")) {
            made++;
          }
        }
      }
      count("shared-chrome pairs", pairs.size() - before);
    }

    // ------------------------------------------------------------------ pages

    /**
     * The outlet's page: the rendered version inside real chrome, with captions, timestamps and
     * ads.
     */
    private String page(
        Draft d, Story meta, int outlet, int minute, boolean light, SplittableRandom r) {
      WebOutlet o = outlets.get(outlet);
      String core = RewriteOperations.render(d, meta, o.style(), false, r);
      List<String> lines = new ArrayList<>(List.of(core.strip().split("\n+")));
      int at = Math.min(1, lines.size());
      if (r.nextDouble() < WebRates.TIMESTAMP_LINE) {
        lines.add(at, timestamp(minute, r));
      }
      if (!light && r.nextDouble() < WebRates.PHOTO_CAPTION) {
        lines.add(Math.min(lines.size(), at + 1), caption(meta, r));
      }
      if (!light) {
        for (int i = lines.size() - 1; i > at + 1; i--) {
          if (r.nextDouble() < WebRates.ADVERTISEMENT_EACH) {
            lines.add(i, ADVERTISEMENTS[r.nextInt(ADVERTISEMENTS.length)]);
          }
        }
        if (!o.mid().isEmpty() && lines.size() > 4) {
          lines.add(3 + r.nextInt(lines.size() - 3), o.mid().get(0));
        }
      }
      List<String> out =
          new ArrayList<>(light ? lastWords(o.top(), WebRates.LIGHT_CHROME_MAX_WORDS) : o.top());
      out.addAll(lines);
      out.addAll(light ? firstWords(o.bottom(), WebRates.LIGHT_CHROME_MAX_WORDS) : o.bottom());
      return String.join(o.style().blankLines() ? "\n\n" : "\n", out) + "\n";
    }

    private static String timestamp(int minute, SplittableRandom r) {
      ZonedDateTime t = time(minute);
      return switch (r.nextInt(4)) {
        case 0 -> "Published " + t.format(CLOCK) + " GMT, " + t.format(LONG);
        case 1 -> "Updated " + t.format(US).replace("AM", "a.m.").replace("PM", "p.m.") + " GMT";
        case 2 -> t.format(LONG) + " \u2022 " + t.format(CLOCK);
        default -> "Last updated: " + t.format(LONG) + " " + t.format(CLOCK);
      };
    }

    private static String caption(Story s, SplittableRandom r) {
      List<String> names = ReutersStories.names(s);
      String who = names.isEmpty() ? "A trader" : names.get(r.nextInt(names.size()));
      String place = s.dateline().replaceAll(",.*$", "").replaceAll("\\s*-$", "").strip();
      String photographer = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
      return String.format(
          CAPTIONS[r.nextInt(CAPTIONS.length)],
          who,
          place.isEmpty() ? "the capital" : place,
          photographer);
    }

    private static String clock(int minute) {
      return time(minute).format(CLOCK) + " GMT";
    }

    private static ZonedDateTime time(int minute) {
      return Instant.parse(WebRates.WEEK_START).plusSeconds(60L * minute).atZone(ZoneOffset.UTC);
    }

    // ------------------------------------------------------------------ text helpers

    /**
     * A story of min..max words: the base followed by whole same-topic bases, trimmed at the end.
     */
    private Story stitched(Story lead, int minWords, int maxWords, SplittableRandom r) {
      int target = between(r, minWords, maxWords);
      List<String> p = new ArrayList<>(lead.paragraphs());
      while (words(p) < target) {
        p.addAll(deck.drawRelated(lead).paragraphs());
      }
      while (p.size() > 3 && words(p) > maxWords) {
        p.remove(p.size() - 1);
      }
      return withParagraphs(lead, p);
    }

    /** The lead paragraphs of a story up to 100-170 words, cut at a sentence when too long. */
    private static List<String> brief(Story s) {
      List<String> p = upToWords(s.paragraphs(), WebRates.BRIEF_MIN_WORDS);
      while (words(p) > WebRates.BRIEF_MAX_WORDS) {
        List<String> last = RewriteOperations.sentences(p.get(p.size() - 1));
        if (last.size() > 1) {
          p.set(p.size() - 1, String.join(" ", last.subList(0, last.size() - 1)));
        } else if (p.size() > 1) {
          p.remove(p.size() - 1);
        } else {
          break;
        }
      }
      return List.copyOf(p);
    }

    /** Leading paragraphs until at least {@code target} words (all of them if fewer). */
    private static List<String> upToWords(List<String> paragraphs, int target) {
      List<String> out = new ArrayList<>();
      for (String p : paragraphs) {
        out.add(p);
        if (words(out) >= target) {
          break;
        }
      }
      return out;
    }

    private static List<String> lastWords(List<String> blocks, int max) {
      List<String> out = new ArrayList<>();
      int w = 0;
      for (int i = blocks.size() - 1; i >= 0 && w + words(blocks.get(i)) <= max; i--) {
        w += words(blocks.get(i));
        out.add(0, blocks.get(i));
      }
      return out;
    }

    private static List<String> firstWords(List<String> blocks, int max) {
      List<String> out = new ArrayList<>();
      int w = 0;
      for (int i = 0; i < blocks.size() && w + words(blocks.get(i)) <= max; i++) {
        w += words(blocks.get(i));
        out.add(blocks.get(i));
      }
      return out;
    }

    /** A run of 6-8 words from inside a sentence, without its punctuation. */
    private static String window(String sentence, SplittableRandom r) {
      String[] w = WHITESPACE.split(sentence.replaceAll("[.,;:\"]+", "").strip());
      int len =
          Math.min(
              w.length,
              between(r, WebRates.STOCK_PHRASE_MIN_WORDS, WebRates.STOCK_PHRASE_MAX_WORDS));
      int from = r.nextInt(w.length - len + 1);
      return String.join(" ", java.util.Arrays.copyOfRange(w, from, from + len));
    }

    private static List<String> pickNames(List<String> names, SplittableRandom r) {
      List<String> pool = new ArrayList<>(names);
      List<String> out = new ArrayList<>();
      while (out.size() < WebRates.BAIT_NAMES) {
        out.add(pool.remove(r.nextInt(pool.size())));
      }
      return out;
    }

    private static Story withParagraphs(Story s, List<String> paragraphs) {
      return new Story(
          s.id(),
          s.newid(),
          s.date(),
          s.title(),
          s.dateline(),
          paragraphs,
          s.topics(),
          s.places(),
          false);
    }

    // ------------------------------------------------------------------ bookkeeping

    private int backgroundUsedCount;

    /** Paragraphs of bases used for nothing else, one per request, never reused. */
    private String backgroundParagraph() {
      while (background.isEmpty()) {
        Story s = deck.draw();
        background.addAll(s.paragraphs().subList(1, s.paragraphs().size()));
      }
      backgroundUsedCount++;
      return background.poll();
    }

    /** {@code k} distinct outlet indexes, never {@code except}. */
    private List<Integer> distinctOutlets(int k, SplittableRandom r, int except) {
      return distinctOutlets(k, r, Set.of(except));
    }

    private List<Integer> distinctOutlets(int k, SplittableRandom r, Set<Integer> except) {
      List<Integer> pool = new ArrayList<>();
      for (int i = 0; i < outlets.size(); i++) {
        if (!except.contains(i)) {
          pool.add(i);
        }
      }
      List<Integer> out = new ArrayList<>();
      while (out.size() < k && !pool.isEmpty()) {
        out.add(pool.remove(r.nextInt(pool.size())));
      }
      return out;
    }

    private static int storyStart(SplittableRandom r) {
      return r.nextInt(WebRates.WEEK_MINUTES - WebRates.VERSION_SPREAD_MINUTES);
    }

    private static int minuteOf(SplittableRandom r, int t0) {
      return t0 + r.nextInt(WebRates.VERSION_SPREAD_MINUTES + 1);
    }

    /** 12-60 hours after a story, but inside the week. */
    private static int later(int minute, SplittableRandom r) {
      return Math.min(WebRates.WEEK_MINUTES - 1, minute + between(r, 12 * 60, 60 * 60));
    }

    private static int between(SplittableRandom r, int min, int max) {
      return min + r.nextInt(max - min + 1);
    }

    private static int words(String s) {
      String t = s.strip();
      return t.isEmpty() ? 0 : WHITESPACE.split(t).length;
    }

    private static int words(List<String> paragraphs) {
      int n = 0;
      for (String p : paragraphs) {
        n += words(p);
      }
      return n;
    }

    private int newCluster() {
      clusterDocs.add(new ArrayList<>());
      return clusterDocs.size() - 1;
    }

    private int addPage(
        Draft d,
        Story meta,
        int outlet,
        int minute,
        boolean light,
        int cluster,
        SplittableRandom r) {
      minute = Math.max(0, Math.min(WebRates.WEEK_MINUTES - 1, minute));
      texts.add(page(d, meta, outlet, minute, light, r));
      clusterOf.add(cluster);
      outletOf.add(outlet);
      minutes.add(minute);
      clusterDocs.get(cluster).add(texts.size() - 1);
      return texts.size() - 1;
    }

    /** Records a hard pair once (the first kind given wins); false if it was already recorded. */
    private boolean pair(int a, int b, String kind) {
      long key = (long) Math.min(a, b) << 32 | Math.max(a, b);
      if (a == b || !pairKeys.add(key)) {
        return false;
      }
      pairs.add(new int[] {a, b});
      pairKinds.add(kind);
      return true;
    }

    private void pairAll(List<Integer> docs, String kind) {
      for (int i = 0; i < docs.size(); i++) {
        for (int j = i + 1; j < docs.size(); j++) {
          pair(docs.get(i), docs.get(j), kind);
        }
      }
    }

    private void pairWithCluster(int doc, int cluster, String kind) {
      for (int other : clusterDocs.get(cluster)) {
        pair(doc, other, kind);
      }
    }

    private void count(String name, int value) {
      counts.put(name, value);
    }

    private GeneratedWebCorpus finish() {
      for (int i = 0; i < pairs.size(); i++) {
        boolean same = clusterOf.get(pairs.get(i)[0]).equals(clusterOf.get(pairs.get(i)[1]));
        if (same != POSITIVE_KINDS.contains(pairKinds.get(i))) {
          throw new IllegalStateException(
              "pair kind " + pairKinds.get(i) + " breaks the labelling rule");
        }
      }
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        order.add(i);
      }
      BaseDeck.shuffle(order, rng);
      String[] idOf = new String[texts.size()];
      List<WebDoc> articles = new ArrayList<>();
      Map<String, String> gold = new LinkedHashMap<>();
      Map<Integer, String> clusterIds = new TreeMap<>();
      for (int position = 0; position < order.size(); position++) {
        int doc = order.get(position);
        idOf[doc] = String.format("a%06d", position);
        articles.add(
            new WebDoc(idOf[doc], texts.get(doc), time(minutes.get(doc)).toInstant().toString()));
        // Cluster ids in order of first appearance, so they reveal nothing about how a cluster was
        // made.
        gold.put(
            idOf[doc],
            clusterIds.computeIfAbsent(
                clusterOf.get(doc), k -> String.format("c%05d", clusterIds.size())));
      }
      List<KindPair> hard = new ArrayList<>();
      Map<String, Integer> byKind = new TreeMap<>();
      for (int i = 0; i < pairs.size(); i++) {
        hard.add(new KindPair(idOf[pairs.get(i)[0]], idOf[pairs.get(i)[1]], pairKinds.get(i)));
        byKind.merge(pairKinds.get(i), 1, Integer::sum);
      }
      count("articles", articles.size());
      count("clusters", clusterIds.size());
      byKind.forEach((k, v) -> count("pairs " + (POSITIVE_KINDS.contains(k) ? "+" : "-") + k, v));
      return new GeneratedWebCorpus(
          List.copyOf(articles),
          Collections.unmodifiableMap(gold),
          List.copyOf(hard),
          Collections.unmodifiableMap(new LinkedHashMap<>(counts)));
    }
  }
}
