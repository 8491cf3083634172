package dev.neardup.core.shingle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neardup.core.Pipeline;
import dev.neardup.core.Settings;
import dev.neardup.core.cluster.Cluster;
import dev.neardup.core.text.Article;
import dev.neardup.core.verify.Fingerprint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CommonShinglesTest {
  /** {@code n} sets in which {@code hashes[j]} occurs in exactly the first {@code counts[j]}. */
  private static List<ShingleSet> withCounts(int n, int[] hashes, int[] counts) {
    List<ShingleSet> sets = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int[] members = new int[hashes.length];
      int m = 0;
      for (int j = 0; j < hashes.length; j++) {
        if (i < counts[j]) {
          members[m++] = hashes[j];
        }
      }
      sets.add(ShingleSet.of(java.util.Arrays.copyOf(members, m)));
    }
    return sets;
  }

  private static int[] values(ShingleSet set) {
    return IntStream.range(0, set.size()).map(set::get).toArray();
  }

  @Test
  void hashInMoreThanMaxArticlesOfTheBatchIsCommonAndOneInExactlyThatManyIsNot() {
    // cut = 25 articles of 100
    CommonShingles common =
        CommonShingles.find(
            withCounts(100, new int[] {11, 22, 33, 44}, new int[] {26, 25, 24, 100}), 100, 25);
    assertTrue(common.contains(11));
    assertFalse(common.contains(22));
    assertFalse(common.contains(33));
    assertTrue(common.contains(44));
    assertEquals(2, common.size());
  }

  @Test
  void cutIsScaledToASampleOfALargerBatch() {
    // 50 of 1000 articles: cut = 250 × 50 / 1000 = 12.5
    List<ShingleSet> sample = withCounts(50, new int[] {11, 22}, new int[] {13, 12});
    CommonShingles scaled = CommonShingles.find(sample, 1000, 250);
    assertTrue(scaled.contains(11));
    assertFalse(scaled.contains(22));
    // The same sets taken as the whole batch, cut 12: the scaling is what made 13 of 50 common
    // above.
    CommonShingles whole = CommonShingles.find(sample, 50, 12);
    assertTrue(whole.contains(11));
    assertFalse(whole.contains(22));

    List<ShingleSet> small = withCounts(50, new int[] {11, 22, 33, 44}, new int[] {6, 5, 2, 1});
    // cut = 20 × 50 / 1000 = 1: a cut far below the sample's size scales down as well.
    CommonShingles byFew = CommonShingles.find(small, 1000, 20);
    assertTrue(byFew.contains(11));
    assertTrue(byFew.contains(22));
    assertTrue(byFew.contains(33));
    assertFalse(byFew.contains(44));
    // The same sets taken as the whole batch: cut = 20, nothing is common.
    assertEquals(0, CommonShingles.find(small, 50, 20).size());
  }

  @Test
  void aScaledCutIsExactWhenItIsAWholeNumberAndWhenTheBatchIsHuge() {
    // 0.29 × 100 is 28.999999999999996 in doubles: a cut computed through the share maxArticles /
    // batchSize would call 29 articles more than 29.
    CommonShingles whole =
        CommonShingles.find(withCounts(100, new int[] {42, 43}, new int[] {29, 30}), 100, 29);
    assertFalse(whole.contains(42));
    assertTrue(whole.contains(43));
    CommonShingles sampled =
        CommonShingles.find(withCounts(100, new int[] {42, 43}, new int[] {29, 30}), 1000, 290);
    assertFalse(sampled.contains(42));
    assertTrue(sampled.contains(43));
    // 1 000 000 × 3000 overflows an int: cut = 1500.
    List<ShingleSet> sets =
        withCounts(3000, new int[] {11, 22, 33, 44}, new int[] {1501, 1500, 3000, 2999});
    CommonShingles huge = CommonShingles.find(sets, 2_000_000, 1_000_000);
    assertTrue(huge.contains(11));
    assertFalse(huge.contains(22));
    assertEquals(3, huge.size());
    // cut = (2^31 - 2) × 3000 / (2^31 - 1), just below 3000.
    CommonShingles largest = CommonShingles.find(sets, Integer.MAX_VALUE, Integer.MAX_VALUE - 1);
    assertTrue(largest.contains(33));
    assertFalse(largest.contains(44));
    assertEquals(1, largest.size());
  }

  @Test
  void severalCutsFromOneCountEqualEachCutFoundAlone() {
    SplittableRandom random = new SplittableRandom(5);
    int[] hashes = random.ints(200).toArray();
    int[] counts = random.ints(200, 0, 101).toArray();
    List<ShingleSet> sets = withCounts(100, hashes, counts);
    int[] cuts = {30, 0, 5, 30, 100, 60};
    CommonShingles[] found = CommonShingles.find(sets, 400, cuts);
    for (int c = 0; c < cuts.length; c++) {
      CommonShingles alone = CommonShingles.find(sets, 400, cuts[c]);
      assertEquals(alone.size(), found[c].size(), "cut " + cuts[c]);
      for (int h : hashes) {
        assertEquals(alone.contains(h), found[c].contains(h), "cut " + cuts[c] + ", hash " + h);
      }
    }
    assertSame(found[0], found[3], "equal cuts share one instance");
  }

  @Test
  void marksGivenAnotherCutsMarksEqualTheMarksLookedUpAlone() {
    SplittableRandom random = new SplittableRandom(6);
    int[] hashes = random.ints(300).toArray();
    int[] counts = random.ints(300, 0, 101).toArray();
    List<ShingleSet> sets = withCounts(100, hashes, counts);
    int[] cuts = {60, 10, 0, 60, 200};
    CommonShingles[] found = CommonShingles.find(sets, 100, cuts);
    for (int trial = 0; trial < 50; trial++) {
      int[] some = new int[1 + random.nextInt(120)];
      for (int i = 0; i < some.length; i++) {
        some[i] = random.nextBoolean() ? hashes[random.nextInt(hashes.length)] : random.nextInt();
      }
      ShingleSet set = ShingleSet.of(some);
      for (CommonShingles mine : found) {
        boolean[] alone = mine.marks(set);
        for (CommonShingles other : found) {
          boolean[] given = mine.marks(set, other, other.marks(set));
          if (alone == null) {
            assertTrue(given == null || !contains(given, true), "no mark where none is looked up");
          } else {
            assertArrayEquals(alone, given);
          }
        }
        for (int i = 0; alone != null && i < set.size(); i++) {
          assertEquals(mine.contains(set.get(i)), alone[i]);
        }
      }
    }
  }

  private static boolean contains(boolean[] marks, boolean value) {
    for (boolean m : marks) {
      if (m == value) {
        return true;
      }
    }
    return false;
  }

  @Test
  void maxArticlesZeroEmptyInputAndCutsAtOrAboveTheBatchSizeFindNothing() {
    List<ShingleSet> everywhere = withCounts(10, new int[] {7, 0}, new int[] {10, 10});
    // 0 means off, not "common in more than no article".
    assertEquals(0, CommonShingles.find(everywhere, 10, 0).size());
    assertEquals(0, CommonShingles.find(everywhere, 100, 0).size());
    assertEquals(0, CommonShingles.find(List.of(), 0, 0).size());
    assertEquals(0, CommonShingles.find(List.of(), 0, 5).size());
    assertEquals(0, CommonShingles.find(List.of(), 100, 5).size());
    assertEquals(0, CommonShingles.find(everywhere, 10, 10).size());
    assertEquals(0, CommonShingles.find(everywhere, 10, 11).size());
    assertEquals(0, CommonShingles.find(everywhere, 20, 20).size());
    assertFalse(CommonShingles.find(everywhere, 10, 10).contains(7));
    // One article below the batch size, a hash in every set is common: the cases above are not
    // empty for want of frequent hashes.
    CommonShingles justBelow = CommonShingles.find(everywhere, 10, 9);
    assertTrue(justBelow.contains(7));
    assertTrue(justBelow.contains(0));
    assertEquals(2, justBelow.size());
    assertTrue(CommonShingles.find(everywhere, 20, 19).contains(7));

    CommonShingles none = CommonShingles.none();
    assertEquals(0, none.size());
    SplittableRandom random = new SplittableRandom(5);
    for (int h :
        new int[] {
          0, 7, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, random.nextInt(), random.nextInt()
        }) {
      assertFalse(none.contains(h));
    }
    ShingleSet set = ShingleSet.of(1, 2, 3);
    assertSame(set, none.signable(set));
  }

  /** Hashes 1..100 are common (in all four sets); 1001..1100 are not. */
  private static CommonShingles oneToHundred() {
    int[] hashes = new int[200];
    int[] counts = new int[200];
    for (int i = 0; i < 100; i++) {
      hashes[i] = 1 + i;
      counts[i] = 4;
      hashes[100 + i] = 1001 + i;
      counts[100 + i] = 1;
    }
    CommonShingles common = CommonShingles.find(withCounts(4, hashes, counts), 4, 2);
    assertEquals(100, common.size());
    return common;
  }

  /** {@code rare} hashes from 1001 on. */
  private static int[] rare(int rare) {
    return IntStream.range(1001, 1001 + rare).toArray();
  }

  /** Common hashes 1..{@code common} and rare ones 1001... */
  private static ShingleSet mixed(int common, int rare) {
    return ShingleSet.of(
        IntStream.concat(IntStream.rangeClosed(1, common), IntStream.of(rare(rare))).toArray());
  }

  @Test
  void signableLeavesOutCommonHashesWhileAtMost80PercentOfTheSetIsCommon() {
    CommonShingles common = oneToHundred();
    // Exactly 80 % common: still filtered.
    assertArrayEquals(rare(2), values(common.signable(mixed(8, 2))));
    assertArrayEquals(rare(1), values(common.signable(mixed(4, 1))));
    assertArrayEquals(rare(20), values(common.signable(mixed(80, 20))));
    // More than half common, which once meant the whole set: now filtered.
    assertArrayEquals(rare(4), values(common.signable(mixed(6, 4))));
    assertArrayEquals(rare(6), values(common.signable(mixed(5, 6))));
    ShingleSet rareOnly = ShingleSet.of(rare(3));
    assertSame(rareOnly, common.signable(rareOnly));
    assertTrue(common.signable(ShingleSet.of()).isEmpty());
  }

  @Test
  void signableKeepsTheWholeSetWhenMoreThan80PercentOfItIsCommon() {
    // Versions of a story syndicated past the cut share mostly common shingles; signing only the
    // rest would make them unfindable to each other.
    CommonShingles common = oneToHundred();
    for (ShingleSet set : List.of(mixed(9, 1), mixed(81, 19), mixed(17, 4), mixed(5, 0))) {
      assertSame(set, common.signable(set), () -> set.size() + " hashes");
    }
  }

  @Test
  void zeroAndHashesDifferingOnlyInLowOrOnlyInTopBitsAreToldApart() {
    int a = 0xABCDE678;
    int b = 0x12300042;
    int top = 1 << 31;
    // b ^ top is rare, but c gives it a set filter bit (same top 20 bits), so only the table can
    // reject it; b, b ^ 2^30 and b ^ 2^29 differ only in their top bits.
    int c = (b ^ top) + 0x35;
    int[] frequent = {
      0, a, b, b ^ (1 << 30), b ^ (1 << 29), c, -1, Integer.MIN_VALUE, Integer.MAX_VALUE
    };
    int[] rare = {
      1, a + 1, a ^ 0x8000, a ^ 0x10000, b ^ top, Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1, -2
    };
    int[] hashes = new int[frequent.length + rare.length];
    int[] counts = new int[hashes.length];
    for (int i = 0; i < frequent.length; i++) {
      hashes[i] = frequent[i];
      counts[i] = 4;
    }
    for (int i = 0; i < rare.length; i++) {
      hashes[frequent.length + i] = rare[i];
      counts[frequent.length + i] = 1;
    }
    CommonShingles common = CommonShingles.find(withCounts(4, hashes, counts), 4, 2);
    for (int h : frequent) {
      assertTrue(common.contains(h), Integer.toHexString(h));
    }
    for (int h : rare) {
      assertFalse(common.contains(h), Integer.toHexString(h));
    }
    assertEquals(frequent.length, common.size());

    // The other way round: 0 rare beside a common hash in its filter bucket, and in exactly as many
    // articles as the cut (0 is counted apart from the other hashes).
    CommonShingles notZero =
        CommonShingles.find(withCounts(4, new int[] {1, 0}, new int[] {4, 2}), 4, 2);
    assertTrue(notZero.contains(1));
    assertFalse(notZero.contains(0));
  }

  @Test
  void containsAgreesWithABruteForceDocumentFrequencyCount() {
    int commonSeen = 0;
    for (long trial = 1; trial <= 12; trial++) {
      long seed = trial;
      SplittableRandom random = new SplittableRandom(seed);
      // A pool of shared hashes, some of them adversarial for the filter and the table, each with
      // its own popularity; most are rare, a few are in most articles.
      int[] pool = new int[1000];
      double[] popularity = new double[pool.length];
      for (int i = 0; i < pool.length; i++) {
        int base = pool[Math.max(0, i - 1 - random.nextInt(Math.min(i, 20) + 1))];
        pool[i] =
            switch (random.nextInt(6)) {
              case 0 -> base ^ (random.nextInt() & 0xFFF); // same top bits
              case 1 -> base ^ (random.nextInt(1 << 12) << 20); // same low bits
              case 2 ->
                  new int[] {0, -1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE}[random.nextInt(5)];
              default -> random.nextInt();
            };
        double u = random.nextDouble();
        popularity[i] = u * u * u;
      }
      int n = 20 + random.nextInt(300);
      int batchSize = random.nextBoolean() ? n : n + random.nextInt(3 * n);
      // Up to 60 % of the batch; now and then 0 (off).
      int maxArticles = random.nextInt(8) == 0 ? 0 : random.nextInt(batchSize * 3 / 5 + 1);
      List<ShingleSet> sets = new ArrayList<>(n);
      Map<Integer, Integer> frequency = new HashMap<>();
      for (int s = 0; s < n; s++) {
        // Unique fillers push the distinct count past the counting table's first growth.
        int fillers = random.nextInt(500);
        int[] members = new int[pool.length + fillers];
        int m = 0;
        for (int i = 0; i < pool.length; i++) {
          if (random.nextDouble() < popularity[i]) {
            members[m++] = pool[i];
          }
        }
        for (int i = 0; i < fillers; i++) {
          members[m++] = random.nextInt();
        }
        ShingleSet set = ShingleSet.of(java.util.Arrays.copyOf(members, m));
        sets.add(set);
        for (int i = 0; i < set.size(); i++) {
          frequency.merge(set.get(i), 1, Integer::sum);
        }
      }
      CommonShingles common = CommonShingles.find(sets, batchSize, maxArticles);
      int expected = 0;
      for (Map.Entry<Integer, Integer> e : frequency.entrySet()) {
        // In more than maxArticles × n / batchSize of the n sets, compared exactly in integers.
        boolean isCommon =
            maxArticles > 0 && (long) e.getValue() * batchSize > (long) maxArticles * n;
        expected += isCommon ? 1 : 0;
        assertEquals(
            isCommon,
            common.contains(e.getKey()),
            () ->
                "seed "
                    + seed
                    + " hash "
                    + Integer.toHexString(e.getKey())
                    + " in "
                    + e.getValue()
                    + " of "
                    + n);
      }
      assertEquals(expected, common.size());
      for (int i = 0; i < 1000; i++) {
        int unseen = random.nextInt();
        if (!frequency.containsKey(unseen)) {
          assertFalse(common.contains(unseen));
        }
      }
      commonSeen += expected;
    }
    assertTrue(
        commonSeen > 1000, "too few common hashes for the check to mean much: " + commonSeen);
  }

  @Test
  void smallBatchesAreSampledWhole() {
    assertArrayEquals(new int[0], CommonShingles.sampleIndices(0));
    assertArrayEquals(new int[] {0, 1, 2}, CommonShingles.sampleIndices(3));
    assertArrayEquals(
        IntStream.range(0, CommonShingles.SAMPLE_SIZE).toArray(),
        CommonShingles.sampleIndices(CommonShingles.SAMPLE_SIZE));
    // Up to 20 000 articles are counted whole.
    assertArrayEquals(IntStream.range(0, 20_000).toArray(), CommonShingles.sampleIndices(20_000));
  }

  @Test
  void largeBatchesAreSampledEvenlyAcrossTheirWholeRange() {
    // No more than 20 000 articles are counted.
    assertEquals(20_000, CommonShingles.sampleIndices(20_001).length);
    int size = CommonShingles.SAMPLE_SIZE;
    for (int n : new int[] {size + 1, 2 * size - 1, 25_000, 1_000_003, Integer.MAX_VALUE}) {
      int[] indices = CommonShingles.sampleIndices(n);
      assertEquals(size, indices.length);
      assertEquals(0, indices[0]);
      // Even spread: every step is n / SAMPLE_SIZE rounded down or up, so the sample reaches the
      // end of the batch rather than bunching at its start.
      int low = n / size;
      for (int i = 1; i < size; i++) {
        int step = indices[i] - indices[i - 1];
        assertTrue(step == low || step == low + 1, "step " + step + " at " + i + " for n = " + n);
      }
      assertTrue(indices[size - 1] < n);
      assertTrue(
          indices[size - 1] >= n - low - 1, "last index " + indices[size - 1] + " for n = " + n);
    }
  }

  @Test
  void negativeMaxArticlesAndBatchSmallerThanTheSetsAreRejected() {
    List<ShingleSet> sets = withCounts(3, new int[] {1}, new int[] {3});
    for (int maxArticles : new int[] {-1, Integer.MIN_VALUE}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> CommonShingles.find(sets, 3, maxArticles));
      assertTrue(e.getMessage().contains(String.valueOf(maxArticles)), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> CommonShingles.find(sets, 2, 1));
    // Checked before the early exits, so a bad call never passes for an empty result.
    assertThrows(IllegalArgumentException.class, () -> CommonShingles.find(sets, 2, 0));
    assertThrows(IllegalArgumentException.class, () -> CommonShingles.find(sets, 2, 5));
    assertThrows(IllegalArgumentException.class, () -> CommonShingles.find(List.of(), 0, -1));
    assertThrows(IllegalArgumentException.class, () -> CommonShingles.find(List.of(), 10, -1));
  }

  // ---- Through the pipeline ----

  private static String word(SplittableRandom random) {
    char[] letters = new char[3 + random.nextInt(7)];
    for (int i = 0; i < letters.length; i++) {
      letters[i] = (char) ('a' + random.nextInt(26));
    }
    return new String(letters);
  }

  private static String words(SplittableRandom random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : " ").append(word(random));
    }
    return text.append('.').toString();
  }

  private static List<List<String>> multiMemberClusters(Pipeline.Clustering result) {
    return result.clusters().stream()
        .filter(c -> c.size() > 1)
        .map(c -> c.members().stream().map(Cluster.Member::id).sorted().toList())
        .toList();
  }

  /** What {@link Pipeline#run} would make of the articles {@code corpus} was fingerprinted from. */
  private static Pipeline.Clustering run(Pipeline.Corpus corpus) {
    Settings settings = corpus.settings();
    Pipeline pipeline = new Pipeline(1);
    return pipeline.cluster(
        corpus, pipeline.verify(corpus, settings.lshParams(), settings.threshold()), settings);
  }

  /** The common shingles of the whole corpus, counted independently of its fingerprints. */
  private static CommonShingles commonOf(Pipeline.Corpus corpus, int maxArticles) {
    List<ShingleSet> sets = corpus.fingerprints().stream().map(Fingerprint::shingles).toList();
    return CommonShingles.find(sets, sets.size(), maxArticles);
  }

  private static int commonCount(CommonShingles common, ShingleSet set) {
    return set.size() - set.without(common::contains).size();
  }

  @Test
  void storySyndicatedPastTheCutStillClustersBecauseItsVersionsSignTheirWholeSets() {
    SplittableRandom random = new SplittableRandom(11);
    String story = words(random, 150);
    List<Article> articles = new ArrayList<>();
    List<String> versions = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String id = String.format("v%03d", i);
      versions.add(id);
      articles.add(new Article(id, story + "\n\n" + words(random, 3)));
      articles.add(
          new Article(String.format("r%03d", i), words(random, 100 + random.nextInt(100))));
    }
    // The default cut (1000 articles) is above the whole batch; 100 puts the 300 versions past it.
    Settings settings = Settings.DEFAULTS.withCommonShingles(100);
    Pipeline.Corpus corpus = new Pipeline(1).fingerprint(articles, settings);
    // The story's shingles are common and make up more than 80 % of each version: only the
    // fallback keeps them in the versions' signatures.
    assertTrue(corpus.commonShingles() > 0);
    CommonShingles common = commonOf(corpus, 100);
    for (int i = 0; i < corpus.size(); i++) {
      Fingerprint f = corpus.fingerprints().get(i);
      String id = corpus.ids().get(i);
      if (id.startsWith("v")) {
        int n = commonCount(common, f.shingles());
        assertTrue(
            n * 100 > 80 * f.shingles().size(),
            id + ": " + n + " of " + f.shingles().size() + " common");
      }
      assertEquals(f.shingles().size(), f.signedCount(), id);
    }
    assertEquals(List.of(versions), multiMemberClusters(run(corpus)));
  }

  @Test
  void footerSharedPastTheCutDoesNotGlueUnrelatedArticles() {
    SplittableRandom random = new SplittableRandom(12);
    // About two thirds of each article: enough for exact containment above the 0.4 threshold, and
    // past the half that once triggered the whole-set fallback, but not past its 80 %.
    String footer = words(random, 150);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      articles.add(new Article(String.format("a%03d", i), words(random, 75) + "\n\n" + footer));
    }
    // 200 articles carry the footer, past a cut of 100 (the default, 1000, would not be reached).
    Settings settings = Settings.DEFAULTS.withCommonShingles(100);
    Pipeline.Corpus corpus = new Pipeline(1).fingerprint(articles, settings);
    CommonShingles common = commonOf(corpus, 100);
    for (Fingerprint f : corpus.fingerprints()) {
      int n = commonCount(common, f.shingles());
      int size = f.shingles().size();
      assertTrue(n * 2 > size && n * 100 <= 80 * size, n + " of " + size + " common");
      assertEquals(size - n, f.signedCount());
    }
    assertEquals(List.of(), multiMemberClusters(run(corpus)));
    // Signing the footer too makes the articles candidates, and their exact overlap then glues
    // them: what kept them apart above was the common-shingle filter.
    Pipeline.Clustering unfiltered =
        new Pipeline(1).run(articles, Settings.DEFAULTS.withCommonShingles(0));
    assertFalse(multiMemberClusters(unfiltered).isEmpty());
  }
}
