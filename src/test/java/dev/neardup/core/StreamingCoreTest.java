package dev.neardup.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neardup.core.lsh.LshIndex;
import dev.neardup.core.lsh.LshParams;
import dev.neardup.core.minhash.LowBitsJaccard;
import dev.neardup.core.minhash.Signature;
import dev.neardup.core.shingle.ShingleKind;
import dev.neardup.core.text.Article;
import dev.neardup.core.verify.EstimatedScores;
import dev.neardup.core.verify.PairScores;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** LshIndex, EstimatedScores and StreamingDeduplicator. */
class StreamingCoreTest {
  private static final Settings WORDS = Settings.DEFAULTS.withShingles(ShingleKind.WORD, 5);

  /** Never takes a kept article back: each decision is final when made. */
  private static final int NO_HOLD = 0;

  private static String text(SplittableRandom r, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append("w").append(r.nextInt(20000)).append(i % 12 == 11 ? ". " : " ");
    }
    return b.toString();
  }

  private static Fingerprinter.Shingled shingles(Fingerprinter f, String text) {
    return f.shingle(text);
  }

  @Test
  void indexFindsEqualSignaturesAndNotUnrelatedOnes() {
    Fingerprinter f = Fingerprinter.of(WORDS);
    SplittableRandom r = new SplittableRandom(3);
    LshIndex index = new LshIndex(new LshParams(16, 8), 128);
    Signature[] sigs = new Signature[300];
    for (int i = 0; i < sigs.length; i++) {
      sigs[i] = f.fingerprint(text(r, 200)).signature();
      assertEquals(i, index.add(sigs[i]));
    }
    for (int i = 0; i < sigs.length; i += 37) {
      assertArrayEquals(new int[] {i}, index.candidates(sigs[i]));
      assertEquals(1.0, index.estimateJaccard(sigs[i], i));
    }
    assertEquals(0, index.candidates(f.fingerprint(text(r, 200)).signature()).length);
    assertThrows(IllegalArgumentException.class, () -> index.add(new Signature(new int[64])));
    assertThrows(IllegalArgumentException.class, () -> new LshIndex(new LshParams(20, 8), 128));
  }

  @Test
  void indexReturnsEveryBucketMateOnce() {
    LshIndex index = new LshIndex(new LshParams(2, 2), 4);
    index.add(new Signature(new int[] {1, 2, 3, 4}));
    index.add(new Signature(new int[] {9, 9, 3, 4}));
    index.add(new Signature(new int[] {1, 2, 9, 9}));
    index.add(new Signature(new int[] {7, 7, 7, 7}));
    int[] mates = index.candidates(new Signature(new int[] {1, 2, 3, 4}));
    java.util.Arrays.sort(mates);
    assertArrayEquals(new int[] {0, 1, 2}, mates);
    // Half the values agree: J = 1/2 less the agreements expected by accident among 16-bit values.
    assertEquals(
        LowBitsJaccard.estimate(2, 4, LshIndex.VALUE_BITS),
        index.estimateJaccard(new Signature(new int[] {1, 2, 3, 4}), 1));
  }

  @Test
  void aBandKeySharedByVeryManyArticlesYieldsOnlyTheMostRecentOnes() {
    // A key of common shingles must not make every query walk a chain as long as the stream.
    LshIndex index = new LshIndex(new LshParams(2, 2), 4);
    int many = LshIndex.MAX_MATCHES_PER_BAND * 3;
    for (int i = 0; i < many; i++) {
      index.add(new Signature(new int[] {1, 2, 100 + i, 100 + i}));
    }
    int[] found = index.candidates(new Signature(new int[] {1, 2, 100, 100}));
    java.util.Arrays.sort(found);
    // The cap applies per band: band 0 gives the most recent articles, band 1 still finds number 0.
    assertEquals(LshIndex.MAX_MATCHES_PER_BAND + 1, found.length);
    assertEquals(0, found[0]);
    assertEquals(many - LshIndex.MAX_MATCHES_PER_BAND, found[1]);
    assertEquals(many - 1, found[found.length - 1]);
  }

  @Test
  void anIndexGrownPastManyPagesOfBucketsStillFindsTheMostRecentMatchesOfEveryKey() {
    // 300,000 one-value signatures over 1,000 keys: the buckets double eight times, the last ones
    // reusing their full pages.
    LshIndex index = new LshIndex(new LshParams(1, 1), 1);
    int articles = 300_000;
    for (int i = 0; i < articles; i++) {
      index.add(new Signature(new int[] {i % 1000}));
    }
    for (int key : new int[] {0, 7, 999}) {
      int[] found = index.candidates(new Signature(new int[] {key}));
      assertEquals(LshIndex.MAX_MATCHES_PER_BAND, found.length);
      for (int m = 0; m < found.length; m++) {
        assertEquals(articles - 1000 * (m + 1) + key, found[m], "match " + m + " of key " + key);
      }
    }
  }

  @Test
  void aConfidentJaccardLiesBelowTheEstimateByItsErrorAndNeverBelowZero() {
    for (int agree = 0; agree <= 128; agree++) {
      double j = agree / 128.0;
      double low = EstimatedScores.confidentJaccard(j, 128, 1);
      double high = EstimatedScores.plausibleJaccard(j, 128);
      assertTrue(low >= 0 && low <= j && j <= high, agree + " of 128");
    }
    // 5 of 128 values equal: a brief against a page 11 times its size reads as 45 % contained
    // (exact: 13 %); one error below, it is not a match at 0.4.
    double estimate = 5 / 128.0;
    assertTrue(EstimatedScores.of(estimate, 246, 2742).containment() >= 0.4);
    assertTrue(
        EstimatedScores.of(EstimatedScores.confidentJaccard(estimate, 128, 1), 246, 2742)
                .containment()
            < 0.4);
  }

  @Test
  void estimatedIntersectionFollowsFromJaccardAndSizes() {
    // J = 1/3 with |A| = |B| = 100 means |A ∩ B| = 50.
    PairScores s = EstimatedScores.of(1.0 / 3, 100, 100);
    assertEquals(50, s.intersection());
    assertEquals(0.5, s.containment());
    // A small set inside a large one: J = 10/100 gives |A ∩ B| = 0.1 * 110 / 1.1 = 10, containment
    // 1.
    assertEquals(1.0, EstimatedScores.of(0.1, 10, 100).containment(), 1e-9);
    assertEquals(0, EstimatedScores.of(0, 10, 100).intersection());
    assertThrows(IllegalArgumentException.class, () -> EstimatedScores.of(1.5, 1, 1));
  }

  private static String dailyReport(String day, int ships) {
    return "GRAIN SHIPS WAITING AT HARBOURTON\n\nHARBOURTON, April "
        + day
        + " - There were "
        + ships
        + " grain ships loading and two ships were waiting to load at Harbourton, according to the"
        + " Harbourton merchants exchange, which counts the ships in port every morning and reports"
        + " the figures to the trade before the market opens on each working day of the week.";
  }

  @Test
  void streamingKeepsAnotherDaysReportButDropsAResendAsTheBatchDoes() {
    Fingerprinter f = Fingerprinter.of(WORDS);
    StreamingDeduplicator d = new StreamingDeduplicator(WORDS, NO_HOLD);
    long t = 1_559_300_000L;
    assertNull(d.offer(f.shingle(new Article("april-1", dailyReport("1", 4), t))));
    assertNull(
        d.offer(f.shingle(new Article("april-3", dailyReport("3", 4), t + 2 * 86_400))),
        "datelines two days apart: another report, though every other word is the same");
    StreamingDeduplicator.Match resend =
        d.offer(
            f.shingle(new Article("april-3-resend", dailyReport("3", 4), t + 2 * 86_400 + 600)));
    assertNotNull(resend);
    assertEquals(1, resend.kept());
    assertNull(
        d.offer(f.shingle(new Article("next-week", dailyReport("3", 4), t + 9 * 86_400))),
        "published a week later: another story");
    assertNotNull(
        d.offer(f.shingle(new Article("words-only", dailyReport("1", 4)))),
        "a record without a time is judged by its words and dateline: april-1's report again");
  }

  @Test
  void streamingKeepsTheFirstAndNamesItForACopy() {
    Fingerprinter f = Fingerprinter.of(WORDS);
    SplittableRandom r = new SplittableRandom(5);
    String original = text(r, 300);
    String copy = original.replaceFirst("w", "x");
    StreamingDeduplicator d = new StreamingDeduplicator(WORDS, NO_HOLD);
    assertNull(d.offer(shingles(f, text(r, 300))));
    assertNull(d.offer(shingles(f, original)));
    StreamingDeduplicator.Match m = d.offer(shingles(f, copy));
    assertNotNull(m);
    assertEquals(1, m.kept());
    assertEquals(1, m.matched());
    assertTrue(m.score() >= WORDS.threshold());
    assertEquals(2, d.kept());
    assertEquals(3, d.indexed(), "a dropped article is indexed as a member of its story");
    assertNull(d.offer(shingles(f, "ADVERTISEMENT")), "an article without words is kept");
    assertEquals(3, d.kept());
    assertEquals(3, d.indexed(), "an article without words is not indexed");
  }

  /** The versions of a chain A ~ B ~ C: A and C are halves of B and share nothing. */
  private record Chain(String a, String b, String c) {
    static Chain of(SplittableRandom r, String tail) {
      String first = text(r, 200);
      String second = text(r, 200);
      return new Chain(first + tail, first + second + tail, second + tail);
    }
  }

  @Test
  void aVersionMatchingOnlyADroppedVersionJoinsItsStory() {
    Fingerprinter f = Fingerprinter.of(WORDS);
    Chain chain = Chain.of(new SplittableRandom(11), "");
    StreamingDeduplicator unrelated = new StreamingDeduplicator(WORDS, NO_HOLD);
    assertNull(unrelated.offer(shingles(f, chain.a())));
    assertNull(unrelated.offer(shingles(f, chain.c())), "A and C alone are different stories");

    StreamingDeduplicator d = new StreamingDeduplicator(WORDS, NO_HOLD);
    assertNull(d.offer(shingles(f, text(new SplittableRandom(12), 300))));
    assertNull(d.offer(shingles(f, chain.a())));
    StreamingDeduplicator.Match b = d.offer(shingles(f, chain.b()));
    assertNotNull(b);
    assertEquals(1, b.kept());
    StreamingDeduplicator.Match c = d.offer(shingles(f, chain.c()));
    assertNotNull(c, "C duplicates the dropped B");
    assertEquals(1, c.kept(), "reported against the story's kept article A");
    assertEquals(2, c.matched(), "and names B as the version it matched");
    assertTrue(c.score() >= WORDS.threshold());
    assertEquals(2, d.kept());
  }

  /** Texts of {@code words} random words followed by one outlet footer longer than the text. */
  private static String withFooter(SplittableRandom r, int words) {
    return text(r, words) + "\n" + FOOTER;
  }

  private static final String FOOTER = text(new SplittableRandom(99), 120);

  /** Common: in more than 1 % of a warm-up's articles. */
  private static final Settings LEARNING = WORDS.withCommonShingles(1000);

  private static final Fingerprinter PRINTS = Fingerprinter.of(LEARNING);

  /** Offers {@code count} unrelated 80-word articles that share the footer. */
  private static void offerFooterArticles(StreamingDeduplicator d, SplittableRandom r, int count) {
    for (int i = 0; i < count; i++) {
      d.offer(shingles(PRINTS, withFooter(r, 80)));
    }
  }

  @Test
  void aFooterSharedByEveryArticleStopsMakingDuplicatesOnceTheWarmUpEnds() {
    SplittableRandom r = new SplittableRandom(6);
    StreamingDeduplicator learning = new StreamingDeduplicator(LEARNING, NO_HOLD, 300);
    StreamingDeduplicator whole =
        new StreamingDeduplicator(LEARNING.withCommonShingles(0), NO_HOLD, 300);
    int droppedAfterWarmUp = 0;
    int droppedWhole = 0;
    for (int i = 0; i < 600; i++) {
      Fingerprinter.Shingled article = shingles(PRINTS, withFooter(r, 80));
      boolean droppedLearning = learning.offer(article) != null;
      boolean droppedSignedWhole = whole.offer(article) != null;
      if (i >= 300) {
        droppedAfterWarmUp += droppedLearning ? 1 : 0;
        droppedWhole += droppedSignedWhole ? 1 : 0;
      }
    }
    // Signed whole, unrelated articles that share their footer look like copies of each other.
    assertTrue(droppedWhole > 250, "dropped without the warm-up: " + droppedWhole);
    assertEquals(0, droppedAfterWarmUp);
    assertEquals(
        shingles(PRINTS, FOOTER).shingles().size(),
        learning.commonShingles(),
        "the footer's shingles and no other");
    assertEquals(0, whole.commonShingles());
  }

  @Test
  void anArticleKeptDuringTheWarmUpIsStillFoundAfterItUnderItsNumber() {
    SplittableRandom r = new SplittableRandom(7);
    StreamingDeduplicator d = new StreamingDeduplicator(LEARNING, NO_HOLD, 200);
    String original = withFooter(r, 300);
    assertNull(d.offer(shingles(PRINTS, withFooter(r, 300))));
    assertNull(d.offer(shingles(PRINTS, original)));
    offerFooterArticles(d, r, 400);
    assertTrue(d.commonShingles() > 0);
    // The copy loses its last third, footer and all: only the story is left to match.
    String copy = original.substring(0, original.length() * 2 / 3 - FOOTER.length() / 2);
    StreamingDeduplicator.Match m = d.offer(shingles(PRINTS, copy));
    assertNotNull(m);
    assertEquals(1, m.kept());
    assertTrue(m.score() >= LEARNING.threshold(), "score " + m.score());
  }

  @Test
  void aStreamShorterThanTheWarmUpLeavesNoShingleOut() {
    StreamingDeduplicator d = new StreamingDeduplicator(LEARNING, NO_HOLD, 300);
    offerFooterArticles(d, new SplittableRandom(8), 299);
    assertEquals(0, d.commonShingles());
  }

  @Test
  void aShortDroppedPieceDoesNotPullALongerTextThatContainsItIntoItsStory() {
    Fingerprinter f = Fingerprinter.of(WORDS);
    SplittableRandom r = new SplittableRandom(14);
    String piece = text(r, 100);
    String story = piece + text(r, 400);
    String longer = piece + text(r, 400);
    StreamingDeduplicator alone = new StreamingDeduplicator(WORDS, NO_HOLD);
    assertNull(alone.offer(shingles(f, piece)));
    assertNotNull(
        alone.offer(shingles(f, longer)), "kept, the piece would take the longer text in");

    StreamingDeduplicator d = new StreamingDeduplicator(WORDS, NO_HOLD);
    assertNull(d.offer(shingles(f, story)));
    StreamingDeduplicator.Match m = d.offer(shingles(f, piece));
    assertNotNull(m, "the piece is dropped as part of the story");
    assertNull(
        d.offer(shingles(f, longer)),
        "the piece lies inside the longer text, not it inside the piece");
  }

  @Test
  void aVersionDroppedDuringTheWarmUpStillJoinsLaterVersionsToItsStory() {
    SplittableRandom r = new SplittableRandom(13);
    // Every version carries the footer, so only the re-signed story text can match after the
    // warm-up.
    Chain chain = Chain.of(r, "\n" + FOOTER);
    StreamingDeduplicator d = new StreamingDeduplicator(LEARNING, NO_HOLD, 200);
    assertNull(d.offer(shingles(PRINTS, withFooter(r, 300))));
    assertNull(d.offer(shingles(PRINTS, chain.a())));
    StreamingDeduplicator.Match b = d.offer(shingles(PRINTS, chain.b()));
    assertNotNull(b);
    offerFooterArticles(d, r, 400);
    assertTrue(d.commonShingles() > 0);
    StreamingDeduplicator.Match c = d.offer(shingles(PRINTS, chain.c()));
    assertNotNull(c);
    assertEquals(1, c.kept());
    assertEquals(2, c.matched());
  }

  @Test
  void aBridgeMergesTheLaterStoryIntoTheEarlierAndTakesBackItsKeptArticle() {
    Fingerprinter f = Fingerprinter.of(WORDS);
    Chain chain = Chain.of(new SplittableRandom(21), "");
    StreamingDeduplicator d = new StreamingDeduplicator(WORDS, 10);
    assertNull(d.offer(shingles(f, text(new SplittableRandom(22), 300))));
    assertNull(d.offer(shingles(f, chain.a())));
    assertNull(d.offer(shingles(f, chain.c())), "C does not match A: a story of its own, for now");
    StreamingDeduplicator.Match b = d.offer(shingles(f, chain.b()));
    assertNotNull(b);
    assertEquals(1, b.kept(), "B joins the earlier story, A's");
    assertEquals(1, b.takenBack().size());
    StreamingDeduplicator.TakenBack back = b.takenBack().get(0);
    assertEquals(2, back.kept(), "C is taken back");
    assertEquals(3, back.bridge());
    assertTrue(back.score() >= WORDS.threshold(), "C lies inside B: " + back.score());
    assertEquals(2, d.kept());
    assertEquals(1, d.keptOf(2));
    StreamingDeduplicator.Match copyOfC = d.offer(shingles(f, chain.c().replaceFirst("w", "x")));
    assertNotNull(copyOfC);
    assertEquals(1, copyOfC.kept(), "a copy of C is now reported against A");
    assertEquals(2, copyOfC.matched());
  }

  @Test
  void aBridgeLaterThanTheHoldLeavesBothStoriesKept() {
    Fingerprinter f = Fingerprinter.of(WORDS);
    Chain chain = Chain.of(new SplittableRandom(23), "");
    String between = text(new SplittableRandom(24), 300);
    // C is the 2nd article, B the 4th: two articles later, so a hold of 2 still takes C back, 1
    // does not.
    for (int hold : new int[] {1, 2}) {
      StreamingDeduplicator d = new StreamingDeduplicator(WORDS, hold);
      assertNull(d.offer(shingles(f, chain.a())));
      assertNull(d.offer(shingles(f, chain.c())));
      assertNull(d.offer(shingles(f, between)));
      StreamingDeduplicator.Match b = d.offer(shingles(f, chain.b()));
      assertNotNull(b);
      assertEquals(0, b.kept(), "hold " + hold + ": B joins the earliest story it matches");
      boolean takenBack = hold >= 2;
      assertEquals(takenBack ? 1 : 0, b.takenBack().size(), "hold " + hold);
      assertEquals(takenBack ? 2 : 3, d.kept(), "hold " + hold);
      assertEquals(takenBack ? 0 : 1, d.keptOf(1), "hold " + hold + ": C's story");
    }
  }

  @Test
  void aBridgeMergesOnlyStoriesItWouldJoinSingly() {
    Fingerprinter f = Fingerprinter.of(WORDS);
    SplittableRandom r = new SplittableRandom(25);
    String piece = text(r, 100);
    String story = piece + text(r, 400);
    String other = text(r, 300);
    // Holds the dropped piece (not inside it, the piece inside it) and all of the other story.
    String hub = piece + text(r, 400) + other;
    StreamingDeduplicator d = new StreamingDeduplicator(WORDS, 10);
    assertNull(d.offer(shingles(f, story)));
    assertNotNull(d.offer(shingles(f, piece)), "the piece is dropped as part of the story");
    assertNull(d.offer(shingles(f, other)));
    StreamingDeduplicator.Match m = d.offer(shingles(f, hub));
    assertNotNull(m, "the hub contains the other story's kept article");
    assertEquals(2, m.kept());
    assertEquals(
        List.of(),
        m.takenBack(),
        "the hub does not lie inside the piece, so it links nothing to the story");
    assertEquals(2, d.kept());
  }
}
