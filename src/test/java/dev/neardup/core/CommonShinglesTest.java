package dev.neardup.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CommonShinglesTest {
  /** {@code n} sets in which {@code hashes[j]} occurs in exactly the first {@code counts[j]}. */
  private static List<ShingleSet> withCounts(int n, long[] hashes, int[] counts) {
    List<ShingleSet> sets = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long[] members = new long[hashes.length];
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

  private static long[] values(ShingleSet set) {
    return IntStream.range(0, set.size()).mapToLong(set::get).toArray();
  }

  @Test
  void hashInMoreThanTheFractionOfTheBatchIsCommonAndOneAtTheCutIsNot() {
    // cut = max(5, 0.25 × 100) = 25
    CommonShingles common = CommonShingles.find(
        withCounts(100, new long[] {11, 22, 33, 44}, new int[] {26, 25, 24, 100}), 100, 0.25, 5);
    assertTrue(common.contains(11));
    assertFalse(common.contains(22));
    assertFalse(common.contains(33));
    assertTrue(common.contains(44));
    assertEquals(2, common.size());
  }

  @Test
  void aCutThatFloatingPointMissesByAnUlpIsStillTheCut() {
    // 0.29 × 100 is 28.999999999999996 in doubles; 29 articles are not more than 29.
    CommonShingles common = CommonShingles.find(withCounts(100, new long[] {42, 43}, new int[] {29, 30}), 100, 0.29, 5);
    assertFalse(common.contains(42));
    assertTrue(common.contains(43));
  }

  @Test
  void minArticlesIsTheCutWhileTheFractionOfTheBatchIsBelowIt() {
    // cut = max(30, 0.25 × 100) = 30: a small batch must not call a handful of articles common.
    CommonShingles common = CommonShingles.find(
        withCounts(100, new long[] {11, 22, 33}, new int[] {31, 30, 26}), 100, 0.25, 30);
    assertTrue(common.contains(11));
    assertFalse(common.contains(22));
    assertFalse(common.contains(33));
    assertEquals(1, common.size());
  }

  @Test
  void cutIsScaledToASampleOfALargerBatch() {
    // 50 of 1000 articles: cut = max(20, 0.25 × 1000) × 50 / 1000 = 12.5
    CommonShingles byFraction = CommonShingles.find(
        withCounts(50, new long[] {11, 22}, new int[] {13, 12}), 1000, 0.25, 20);
    assertTrue(byFraction.contains(11));
    assertFalse(byFraction.contains(22));
    List<ShingleSet> sample = withCounts(50, new long[] {11, 22, 33, 44}, new int[] {6, 5, 2, 1});
    // cut = max(20, 0.01 × 1000) × 50 / 1000 = 1: minArticles scales with the sample as well.
    CommonShingles byMinimum = CommonShingles.find(sample, 1000, 0.01, 20);
    assertTrue(byMinimum.contains(11));
    assertTrue(byMinimum.contains(22));
    assertTrue(byMinimum.contains(33));
    assertFalse(byMinimum.contains(44));
    // The same sets taken as the whole batch: cut = 20, nothing is common.
    assertEquals(0, CommonShingles.find(sample, 50, 0.01, 20).size());
  }

  @Test
  void fractionZeroEmptyInputAndCutsAtOrAboveTheSetCountFindNothing() {
    List<ShingleSet> everywhere = withCounts(10, new long[] {7, 0}, new int[] {10, 10});
    assertEquals(0, CommonShingles.find(everywhere, 10, 0, 0).size());
    assertEquals(0, CommonShingles.find(List.of(), 0, 0.5, 0).size());
    assertEquals(0, CommonShingles.find(List.of(), 100, 0.5, 0).size());
    assertEquals(0, CommonShingles.find(everywhere, 10, 0.5, 10).size());
    assertEquals(0, CommonShingles.find(everywhere, 10, 1, 0).size());
    assertFalse(CommonShingles.find(everywhere, 10, 1, 0).contains(7));
    // One article below the set count, a hash in every set is common: the cases above are not
    // empty for want of frequent hashes.
    CommonShingles justBelow = CommonShingles.find(everywhere, 10, 0.5, 9);
    assertTrue(justBelow.contains(7));
    assertTrue(justBelow.contains(0));

    CommonShingles none = CommonShingles.none();
    assertEquals(0, none.size());
    SplittableRandom random = new SplittableRandom(5);
    for (long h : new long[] {0, 7, -1, Long.MIN_VALUE, Long.MAX_VALUE, random.nextLong(), random.nextLong()}) {
      assertFalse(none.contains(h));
    }
    ShingleSet set = ShingleSet.of(1, 2, 3);
    assertSame(set, none.signable(set));
  }

  /** Hashes 1..6 are common (in all four sets); 101.. are not. */
  private static CommonShingles oneToSix() {
    CommonShingles common = CommonShingles.find(
        withCounts(4, new long[] {1, 2, 3, 4, 5, 6, 101}, new int[] {4, 4, 4, 4, 4, 4, 1}), 4, 0.5, 0);
    assertEquals(6, common.size());
    return common;
  }

  @Test
  void signableLeavesOutCommonHashesWhileAtLeastHalfTheSetRemains() {
    CommonShingles common = oneToSix();
    // Exactly half common: still filtered.
    assertArrayEquals(new long[] {101, 102, 103, 104, 105},
        values(common.signable(ShingleSet.of(1, 2, 3, 4, 5, 101, 102, 103, 104, 105))));
    assertArrayEquals(new long[] {101, 102, 103, 104, 105, 106},
        values(common.signable(ShingleSet.of(1, 2, 3, 4, 5, 101, 102, 103, 104, 105, 106))));
    ShingleSet rare = ShingleSet.of(101, 102, 103);
    assertSame(rare, common.signable(rare));
    assertTrue(common.signable(ShingleSet.of()).isEmpty());
  }

  @Test
  void signableKeepsTheWholeSetWhenMoreThanHalfOfItIsCommon() {
    // Versions of a story syndicated past the cut share mostly common shingles; signing only the
    // rest would make them unfindable to each other.
    CommonShingles common = oneToSix();
    ShingleSet sixOfTen = ShingleSet.of(1, 2, 3, 4, 5, 6, 101, 102, 103, 104);
    assertSame(sixOfTen, common.signable(sixOfTen));
    ShingleSet sixOfEleven = ShingleSet.of(1, 2, 3, 4, 5, 6, 101, 102, 103, 104, 105);
    assertSame(sixOfEleven, common.signable(sixOfEleven));
    ShingleSet allCommon = ShingleSet.of(1, 2, 3);
    assertSame(allCommon, common.signable(allCommon));
  }

  @Test
  void zeroAndHashesDifferingOnlyInLowOrOnlyInTopBitsAreToldApart() {
    long a = 0xABCDE00012345678L;
    long b = 0x1234500000000042L;
    long top = 1L << 63;
    // b ^ top is rare, but c gives it a set filter bit, so only the table can reject it; b, b ^ 2^62
    // and b ^ 2^61 have equal low bits and so compete for one table slot.
    long c = (b ^ top) + 0x35;
    long[] frequent = {0, a, b, b ^ (1L << 62), b ^ (1L << 61), c, -1, Long.MIN_VALUE, Long.MAX_VALUE};
    long[] rare = {1, a + 1, a ^ 0x8000, a ^ 0x100000000L, b ^ top, Long.MIN_VALUE + 1, Long.MAX_VALUE - 1, -2};
    long[] hashes = new long[frequent.length + rare.length];
    int[] counts = new int[hashes.length];
    for (int i = 0; i < frequent.length; i++) {
      hashes[i] = frequent[i];
      counts[i] = 4;
    }
    for (int i = 0; i < rare.length; i++) {
      hashes[frequent.length + i] = rare[i];
      counts[frequent.length + i] = 1;
    }
    CommonShingles common = CommonShingles.find(withCounts(4, hashes, counts), 4, 0.5, 0);
    for (long h : frequent) {
      assertTrue(common.contains(h), Long.toHexString(h));
    }
    for (long h : rare) {
      assertFalse(common.contains(h), Long.toHexString(h));
    }
    assertEquals(frequent.length, common.size());

    // The other way round: 0 rare beside a common hash in its filter bucket.
    CommonShingles notZero = CommonShingles.find(withCounts(4, new long[] {1, 0}, new int[] {4, 1}), 4, 0.5, 0);
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
      long[] pool = new long[1500];
      double[] popularity = new double[pool.length];
      for (int i = 0; i < pool.length; i++) {
        long base = pool[Math.max(0, i - 1 - random.nextInt(Math.min(i, 20) + 1))];
        pool[i] = switch (random.nextInt(6)) {
          case 0 -> base ^ (random.nextLong() & 0xFFFFF);            // same top bits
          case 1 -> base ^ ((long) random.nextInt(1 << 12) << 52);   // same low bits
          case 2 -> new long[] {0, -1, 1, Long.MIN_VALUE, Long.MAX_VALUE}[random.nextInt(5)];
          default -> random.nextLong();
        };
        double u = random.nextDouble();
        popularity[i] = u * u * u;
      }
      int n = 20 + random.nextInt(300);
      int batchSize = random.nextBoolean() ? n : n + random.nextInt(3 * n);
      double fraction = 0.05 + 0.5 * random.nextDouble();
      int minArticles = random.nextInt(40);
      List<ShingleSet> sets = new ArrayList<>(n);
      Map<Long, Integer> frequency = new HashMap<>();
      for (int s = 0; s < n; s++) {
        // Unique fillers push the distinct count past the counting table's first growth.
        int fillers = random.nextInt(500);
        long[] members = new long[pool.length + fillers];
        int m = 0;
        for (int i = 0; i < pool.length; i++) {
          if (random.nextDouble() < popularity[i]) {
            members[m++] = pool[i];
          }
        }
        for (int i = 0; i < fillers; i++) {
          members[m++] = random.nextLong();
        }
        ShingleSet set = ShingleSet.of(java.util.Arrays.copyOf(members, m));
        sets.add(set);
        for (int i = 0; i < set.size(); i++) {
          frequency.merge(set.get(i), 1, Integer::sum);
        }
      }
      CommonShingles common = CommonShingles.find(sets, batchSize, fraction, minArticles);
      double cut = Math.max(minArticles, fraction * batchSize) * n / batchSize;
      int expected = 0;
      for (Map.Entry<Long, Integer> e : frequency.entrySet()) {
        boolean isCommon = e.getValue() > cut;
        expected += isCommon ? 1 : 0;
        assertEquals(isCommon, common.contains(e.getKey()),
            () -> "seed " + seed + " hash " + Long.toHexString(e.getKey()) + " in " + e.getValue() + " of " + n);
      }
      assertEquals(expected, common.size());
      for (int i = 0; i < 1000; i++) {
        long unseen = random.nextLong();
        if (!frequency.containsKey(unseen)) {
          assertFalse(common.contains(unseen));
        }
      }
      commonSeen += expected;
    }
    assertTrue(commonSeen > 1000, "too few common hashes for the check to mean much: " + commonSeen);
  }

  @Test
  void smallBatchesAreSampledWhole() {
    assertArrayEquals(new int[0], CommonShingles.sampleIndices(0));
    assertArrayEquals(new int[] {0, 1, 2}, CommonShingles.sampleIndices(3));
    assertArrayEquals(IntStream.range(0, CommonShingles.SAMPLE_SIZE).toArray(),
        CommonShingles.sampleIndices(CommonShingles.SAMPLE_SIZE));
  }

  @Test
  void largeBatchesAreSampledEvenlyAcrossTheirWholeRange() {
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
      assertTrue(indices[size - 1] >= n - low - 1, "last index " + indices[size - 1] + " for n = " + n);
    }
  }

  @Test
  void fractionOutsideZeroToOneAndBatchSmallerThanTheSetsAreRejected() {
    List<ShingleSet> sets = withCounts(3, new long[] {1}, new int[] {3});
    for (double fraction : new double[] {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> CommonShingles.find(sets, 3, fraction, 0));
      assertTrue(e.getMessage().contains(String.valueOf(fraction)), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> CommonShingles.find(sets, 2, 0.5, 0));
    // Checked before the early exits, so a bad call never passes for an empty result.
    assertThrows(IllegalArgumentException.class, () -> CommonShingles.find(sets, 2, 0, 0));
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
    return result.clusters().stream().filter(c -> c.size() > 1)
        .map(c -> c.members().stream().map(Cluster.Member::id).sorted().toList()).toList();
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
      articles.add(new Article(String.format("r%03d", i), words(random, 100 + random.nextInt(100))));
    }
    Pipeline.Corpus corpus = new Pipeline(1).fingerprint(articles, Settings.DEFAULTS);
    // 300 of 600 articles is past the 200-article cut: the story's shingles are common, and only
    // the fallback keeps them in the versions' signatures.
    assertTrue(corpus.commonShingles() > 0);
    for (Fingerprinter.Fingerprint f : corpus.fingerprints()) {
      assertEquals(f.shingles().size(), f.signedCount());
    }
    assertEquals(List.of(versions), multiMemberClusters(new Pipeline(1).run(articles, Settings.DEFAULTS)));
  }

  @Test
  void footerSharedPastTheCutDoesNotGlueUnrelatedArticles() {
    SplittableRandom random = new SplittableRandom(12);
    // About 45 % of each article: enough for exact containment above the 0.4 threshold, not
    // enough to trigger the whole-set fallback.
    String footer = words(random, 80);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      articles.add(new Article(String.format("a%03d", i), words(random, 100) + "\n\n" + footer));
    }
    Pipeline.Corpus corpus = new Pipeline(1).fingerprint(articles, Settings.DEFAULTS);
    for (Fingerprinter.Fingerprint f : corpus.fingerprints()) {
      assertTrue(f.signedCount() < f.shingles().size());
    }
    assertEquals(List.of(), multiMemberClusters(new Pipeline(1).run(articles, Settings.DEFAULTS)));
    // Signing the footer too makes the articles candidates, and their exact overlap then glues
    // them: what kept them apart above was the common-shingle filter.
    Pipeline.Clustering unfiltered = new Pipeline(1).run(articles, Settings.DEFAULTS.withCommonShingles(0));
    assertFalse(multiMemberClusters(unfiltered).isEmpty());
  }
}
