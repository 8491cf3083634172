package dev.neardup.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neardup.core.cluster.Cluster;
import dev.neardup.core.text.Article;
import dev.neardup.core.verify.PairScores;
import dev.neardup.core.verify.PassageOverlap;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The kinds of real web pages that made plain containment over-merge or miss (issue 11), each on
 * text made for the test: distinct stories are drawn from a random vocabulary, so they share only
 * what a test copies into them.
 */
class StoryKindsTest {
  private static final Settings SETTINGS = Settings.DEFAULTS;

  private final SplittableRandom random = new SplittableRandom(11);
  private final String[] vocabulary = vocabulary(new SplittableRandom(3), 3000);

  private static String[] vocabulary(SplittableRandom random, int size) {
    String[] syllables = {
      "ka", "lo", "mer", "tis", "an", "dro", "vel", "sun", "pa", "ri", "gon", "te", "bal", "is",
      "or"
    };
    String[] words = new String[size];
    for (int i = 0; i < size; i++) {
      StringBuilder w = new StringBuilder();
      for (int s = 1 + random.nextInt(3); s >= 0; s--) {
        w.append(syllables[random.nextInt(syllables.length)]);
      }
      words[i] = w.toString();
    }
    return words;
  }

  private String sentence() {
    StringBuilder s = new StringBuilder();
    int n = 12 + random.nextInt(14);
    for (int i = 0; i < n; i++) {
      String w = vocabulary[random.nextInt(vocabulary.length)];
      s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w)
          .append(i + 1 < n ? " " : ".");
    }
    return s.toString();
  }

  /** A story of about {@code words} words in paragraphs of two or three sentences. */
  private List<String> story(int words) {
    List<String> paragraphs = new ArrayList<>();
    int count = 0;
    while (count < words) {
      String p = sentence() + " " + sentence() + (random.nextBoolean() ? " " + sentence() : "");
      paragraphs.add(p);
      count += p.split(" ").length;
    }
    return paragraphs;
  }

  private static String text(List<String> paragraphs) {
    return String.join("\n\n", paragraphs);
  }

  private static List<List<String>> clusters(List<Article> articles) {
    Pipeline.Clustering result = new Pipeline(1).run(articles, SETTINGS);
    return result.clusters().stream()
        .filter(c -> c.size() > 1)
        .map(c -> c.members().stream().map(Cluster.Member::id).sorted().toList())
        .sorted((a, b) -> a.get(0).compareTo(b.get(0)))
        .toList();
  }

  @Test
  void longPageDoesNotAbsorbShortItemsSharingOnlyNamesAndOneSentence() {
    String names = "Russian President Vladimir Putin";
    List<String> longPage = new ArrayList<>();
    for (String p : story(1800)) {
      longPage.add(p + " " + names + " was not available.");
    }
    List<Article> articles = new ArrayList<>(List.of(new Article("long", text(longPage))));
    for (int i = 0; i < 6; i++) {
      List<String> item = story(150);
      item.set(0, item.get(0) + " " + names + " said so on Monday.");
      item.add(
          names
              + " and special counsel Robert Mueller were named. "
              + longPage.get(3 + i).split("\\. ")[0]
              + ".");
      articles.add(new Article("item" + i, text(item)));
    }
    assertEquals(List.of(), clusters(articles));
  }

  @Test
  void briefInsideLivePageStaysApartWhileItsOwnCopiesCluster() {
    List<String> entries = new ArrayList<>();
    List<String> brief = null;
    for (int i = 0; i < 12; i++) {
      List<String> b = story(150);
      if (i == 6) {
        brief = b;
      }
      entries.add((10 + i) + ":05 GMT\n\n" + text(b));
    }
    List<Article> articles =
        List.of(
            new Article(
                "live", "Live: the day's news as it happens\n\n" + String.join("\n\n", entries)),
            new Article("brief-a", text(brief)),
            new Article(
                "brief-b",
                "Updated at 15:20\n\n"
                    + text(brief)
                    + "\n\nShare this story on social media now."));
    assertEquals(List.of(List.of("brief-a", "brief-b")), clusters(articles));
  }

  @Test
  void teaserJoinsItsLongStory() {
    List<String> full = story(1500);
    List<String> lead = new ArrayList<>();
    int words = 0;
    for (String p : full) {
      if (words > 90) {
        break;
      }
      lead.add(p);
      words += p.split(" ").length;
    }
    List<Article> articles = new ArrayList<>();
    articles.add(new Article("story", text(full)));
    articles.add(new Article("teaser", text(lead) + "\n\nContinue reading"));
    for (int i = 0; i < 40; i++) {
      articles.add(new Article("other" + i, text(story(300))));
    }
    assertEquals(List.of(List.of("story", "teaser")), clusters(articles));
  }

  @Test
  void storiesSharingOnlyAQuotedStatementStayApart() {
    String quote = "\"" + sentence() + " " + sentence() + "\" the ministry said in a statement.";
    List<String> a = story(250);
    List<String> b = story(250);
    a.add(2, quote);
    b.add(1, quote);
    assertEquals(
        List.of(), clusters(List.of(new Article("a", text(a)), new Article("b", text(b)))));
  }

  @Test
  void shortItemMostlyQuotingAStatementStaysApartFromAnotherStoryQuotingIt() {
    String quote =
        "\""
            + sentence()
            + " "
            + sentence()
            + " "
            + sentence()
            + " "
            + sentence()
            + "\" the ministry said.";
    List<String> item = story(30);
    item.add(1, quote);
    List<String> other = story(300);
    other.add(2, quote);
    Fingerprinter prints = Fingerprinter.of(SETTINGS);
    PairScores scores =
        PairScores.of(prints.fingerprint(text(item)), prints.fingerprint(text(other)));
    PassageOverlap p =
        scores.sizeA() < scores.sizeB() ? scores.passages() : scores.passages().swapped();
    assertTrue(
        p.ofA() >= SETTINGS.threshold(),
        "counted whole, the quote alone would make them duplicates: " + p.ofA());
    assertTrue(scores.passage() < SETTINGS.threshold(), scores.verdict());
    assertEquals(
        List.of(),
        clusters(List.of(new Article("item", text(item)), new Article("other", text(other)))));
  }

  @Test
  void quotedSentencesSharedAlongWithTheNarrativeStillCount() {
    List<String> story = story(200);
    story.add(1, "\"" + sentence() + "\" the minister said.");
    List<String> copy = new ArrayList<>(story.subList(0, 4));
    assertEquals(
        List.of(List.of("copy", "story")),
        clusters(List.of(new Article("story", text(story)), new Article("copy", text(copy)))));
  }

  @Test
  void followUpReusingBackgroundParagraphsStaysApart() {
    List<String> original = story(450);
    List<String> followUp = story(300);
    followUp.addAll(original.subList(1, 3));
    assertEquals(
        List.of(),
        clusters(
            List.of(
                new Article("original", text(original)),
                new Article("follow-up", text(followUp)))));
  }

  private static String offering(
      String company, int millions, int year, String coupon, String manager) {
    return company.toUpperCase()
        + " SELLS CONVERTIBLE DEBT\n\nNEW YORK, March 11 - "
        + company
        + " is raising "
        + millions
        + " mln dlrs via an offering of convertible subordinated debentures due "
        + year
        + " with a "
        + coupon
        + " pct coupon and par pricing, said lead manager "
        + manager
        + ".\n\nThe debentures are convertible "
        + "into the company's common stock at a premium over the stock price when terms on the debt were set. "
        + "Non-callable for two years, the issue is rated by Moody's and Standard and Poor's.";
  }

  @Test
  void templatedReportsAboutDifferentCompaniesStayApartButAResendJoins() {
    List<Article> articles =
        List.of(
            new Article("witco", offering("Witco Corp", 150, 2012, "5-1/2", "Goldman Sachs")),
            new Article("noble", offering("Noble Affiliates Inc", 75, 2011, "6", "Kidder Peabody")),
            new Article(
                "micropolis", offering("Micropolis Corp", 90, 2010, "6-3/4", "Shearson Lehman")),
            new Article(
                "micropolis-resend",
                offering("Micropolis Corp", 90, 2010, "6-3/4", "Shearson Lehman")));
    assertEquals(List.of(List.of("micropolis", "micropolis-resend")), clusters(articles));
  }

  private static String dailyReport(String day) {
    return "GRAIN SHIPS WAITING AT HARBOURTON\n\nHARBOURTON, April "
        + day
        + " - There were four grain ships loading and two ships were waiting to load at"
        + " Harbourton, according to the Harbourton merchants exchange, which counts the ships"
        + " in port every morning and reports the figures to the trade before the market opens.";
  }

  @Test
  void aDailyReportOfAnotherDayStaysApartThoughItsWordsAreTheSame() {
    List<Article> articles =
        List.of(
            new Article("april-1", dailyReport("1")),
            new Article("april-3", dailyReport("3")),
            new Article("april-3-resend", dailyReport("3")),
            new Article("april-4-overnight-resend", dailyReport("4")));
    assertEquals(
        List.of(List.of("april-3", "april-3-resend", "april-4-overnight-resend")),
        clusters(articles));
  }

  @Test
  void versionsPublishedDaysApartNeverMatch() {
    String text = text(story(300));
    long t = 1_559_300_000L;
    List<Article> articles =
        List.of(
            new Article("monday", text, t),
            new Article("monday-later", text, t + 5 * 3600),
            new Article("next-week", text, t + 8 * 86_400));
    assertEquals(List.of(List.of("monday", "monday-later")), clusters(articles));
    assertTrue(
        new Pipeline(1)
                .run(List.of(new Article("x", text, t), new Article("y", text)), SETTINGS)
                .clusters()
                .get(0)
                .size()
            == 2,
        "a record without a time matches on text alone");
  }

  @Test
  void storySyndicatedOnManySitesStaysOneClusterThoughItsTextRecursEverywhere() {
    // Its shingles are in more articles than the boilerplate cut, like a menu; each copy still
    // has mostly the story and a little chrome of its site.
    String wire = text(story(400));
    List<Article> articles = new ArrayList<>();
    for (int site = 0; site < 30; site++) {
      String chrome = text(story(60));
      articles.add(
          new Article("copy" + (100 + site), chrome + "\n\n" + wire + "\n\n" + text(story(40))));
      for (int page = 0; page < 3; page++) {
        articles.add(
            new Article("page" + (100 + site) + "-" + page, chrome + "\n\n" + text(story(300))));
      }
    }
    List<List<String>> found = clusters(articles);
    assertEquals(1, found.size(), "one cluster: " + found);
    assertEquals(30, found.get(0).size());
    assertTrue(found.get(0).stream().allMatch(id -> id.startsWith("copy")));
  }
}
