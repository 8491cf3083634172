package dev.neardup.core.lsh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.neardup.core.minhash.Signature;
import org.junit.jupiter.api.Test;

class CandidateFinderTest {
  private static Signature sig(int... v) {
    return new Signature(v);
  }

  @Test
  void signaturesSharingOneWholeBandBecomeCandidatesOnce() {
    Signature[] s = {
      sig(1, 2, 3, 4), // 0
      sig(1, 2, 9, 9), // 1: shares band 0 with 0
      sig(7, 7, 3, 4), // 2: shares band 1 with 0
      sig(1, 2, 3, 4), // 3: identical to 0
      sig(5, 2, 8, 4), // 4: shares single values only
    };
    long[] pairs = new CandidateFinder(new LshParams(2, 2)).candidatePairs(s);
    assertArrayEquals(
        new long[] {pair(0, 1), pair(0, 2), pair(0, 3), pair(1, 3), pair(2, 3)}, pairs);
  }

  @Test
  void everyPairAgreeingOnSomeBandIsFoundOnceAndNothingElse() {
    // Property, against brute force: values from tiny alphabets make many equal band keys, runs of
    // identical signatures and batches of every small size, where sorting and run splitting break.
    // Batches no larger than the bucket limit, so that no run is cut to its nearest neighbours.
    java.util.SplittableRandom random = new java.util.SplittableRandom(31);
    for (int trial = 0; trial < 300; trial++) {
      int n = random.nextInt(0, 2 * CandidateFinder.MAX_RUN_NEIGHBOURS + 2);
      int alphabet = 1 + random.nextInt(4);
      LshParams params = new LshParams(1 + random.nextInt(6), 1 + random.nextInt(3));
      Signature[] s = new Signature[n];
      for (int i = 0; i < n; i++) {
        int[] v = new int[params.width()];
        for (int j = 0; j < v.length; j++) {
          v[j] = random.nextInt(alphabet) * 0x9E3779B1;
        }
        s[i] = new Signature(v);
      }
      java.util.List<Long> expected = new java.util.ArrayList<>();
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          for (int band = 0; band < params.bands(); band++) {
            int from = band * params.rows();
            if (java.util.Arrays.equals(
                s[a].values(),
                from,
                from + params.rows(),
                s[b].values(),
                from,
                from + params.rows())) {
              expected.add(pair(a, b));
              break;
            }
          }
        }
      }
      assertArrayEquals(
          expected.stream().mapToLong(Long::longValue).toArray(),
          new CandidateFinder(params).candidatePairs(s),
          "trial " + trial);
    }
  }

  @Test
  void bandsSharedAmongThreadsGiveTheSamePairs() {
    Signature[] s = randomSignatures(5, 5000, 40);
    CandidateFinder finder = new CandidateFinder(new LshParams(8, 2));
    long[] one = finder.candidatePairs(s, 1);
    org.junit.jupiter.api.Assertions.assertTrue(
        one.length > 10_000, "enough collisions to matter: " + one.length);
    assertArrayEquals(one, finder.candidatePairs(s, 3));
    assertArrayEquals(one, finder.candidatePairs(s, 64));
  }

  @Test
  void aSinkIsHandedEveryCandidatePairWithASmallerFirstIndexOnThreeThreads() {
    Signature[] s = randomSignatures(11, 3000, 30);
    CandidateFinder finder = new CandidateFinder(new LshParams(8, 2));
    java.util.Set<Long> handed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.concurrent.atomic.AtomicBoolean ordered =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    finder.forEachPair(
        s,
        3,
        (a, b) -> {
          if (a >= b) {
            ordered.set(false);
          }
          handed.add((long) a << 32 | b);
        });
    org.junit.jupiter.api.Assertions.assertTrue(ordered.get(), "a pair came with a >= b");
    long[] got = handed.stream().mapToLong(Long::longValue).sorted().toArray();
    assertArrayEquals(finder.candidatePairs(s, 1), got);
  }

  @Test
  void onOneThreadAPairSharingManyBandsIsHandedOverOnce() {
    Signature[] s = {sig(1, 2, 3, 4, 5, 6), sig(1, 2, 3, 4, 5, 6), sig(1, 2, 9, 4, 5, 8)};
    java.util.List<Long> handed = new java.util.ArrayList<>();
    new CandidateFinder(new LshParams(3, 2)).forEachPair(s, 1, (a, b) -> handed.add(pair(a, b)));
    handed.sort(null);
    assertArrayEquals(
        new long[] {pair(0, 1), pair(0, 2), pair(1, 2)},
        handed.stream().mapToLong(Long::longValue).toArray());
  }

  @Test
  void aPairCutFromAnOversizedRunStillComesFromALaterBandItShares() {
    // Band 0 is one run of all 300 articles, cut to neighbours; the first 100 also share band 1,
    // a run small enough to keep whole. Sorted next to each other in band 0, articles 0 and 99 are
    // 99 apart there, too far to be neighbours: the pair must come from band 1, although the two
    // agree on band 0 too.
    int n = 300;
    int group = 100;
    Signature[] s = new Signature[n];
    for (int i = 0; i < n; i++) {
      s[i] = i < group ? sig(7, 7, 5, 5) : sig(7, 7, 1000 + i, -i);
    }
    java.util.Set<Long> handed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    new CandidateFinder(new LshParams(2, 2)).forEachPair(s, 1, (a, b) -> handed.add(pair(a, b)));
    org.junit.jupiter.api.Assertions.assertTrue(handed.contains(pair(0, group - 1)));
    org.junit.jupiter.api.Assertions.assertFalse(handed.contains(pair(0, n - 1)));
  }

  @Test
  void anOversizedBucketYieldsNearestNeighboursOnlyAndStillItsCopies() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(9);
    int n = 3000;
    Signature[] s = new Signature[n];
    for (int i = 0; i < n; i++) {
      int[] v = new int[16];
      for (int j = 0; j < v.length; j++) {
        v[j] = j < 2 ? 7 : random.nextInt(); // band 0 shared by all: one run of 3,000
      }
      s[i] = new Signature(v);
    }
    // Two planted copies of article 10 differing from it in one value each, outside band 0.
    int[] copy = s[10].values();
    copy[9] ^= 1;
    s[2500] = new Signature(copy);
    int[] another = s[10].values();
    another[15] ^= 1;
    s[77] = new Signature(another);
    long[] pairs = new CandidateFinder(new LshParams(8, 2)).candidatePairs(s);
    long all = (long) n * (n - 1) / 2;
    org.junit.jupiter.api.Assertions.assertTrue(
        pairs.length <= (long) n * CandidateFinder.MAX_RUN_NEIGHBOURS,
        pairs.length + " pairs of " + all);
    org.junit.jupiter.api.Assertions.assertTrue(
        pairs.length >= n - 1, "every member has neighbours: " + pairs.length);
    java.util.Set<Long> found = new java.util.HashSet<>();
    for (long p : pairs) {
      found.add(p);
    }
    org.junit.jupiter.api.Assertions.assertTrue(
        found.contains(pair(10, 2500)), "copy agreeing on 15 of 16 values");
    org.junit.jupiter.api.Assertions.assertTrue(
        found.contains(pair(10, 77)), "copy agreeing on 15 of 16 values");
    org.junit.jupiter.api.Assertions.assertTrue(
        found.contains(pair(77, 2500)), "the two copies of one article");
  }

  @Test
  void aBucketAtTheLimitStillYieldsEveryPair() {
    int m = 2 * CandidateFinder.MAX_RUN_NEIGHBOURS + 1;
    Signature[] s = new Signature[m];
    for (int i = 0; i < m; i++) {
      s[i] = new Signature(new int[] {7, 7, i, -i});
    }
    assertArrayEquals(allPairs(m), new CandidateFinder(new LshParams(1, 2)).candidatePairs(s));
  }

  private static long[] allPairs(int m) {
    long[] out = new long[m * (m - 1) / 2];
    int k = 0;
    for (int a = 0; a < m; a++) {
      for (int b = a + 1; b < m; b++) {
        out[k++] = pair(a, b);
      }
    }
    return out;
  }

  private static long pair(int a, int b) {
    return (long) a << 32 | b;
  }

  /** {@code count} signatures of 16 values drawn below {@code range}: many chance collisions. */
  private static Signature[] randomSignatures(long seed, int count, int range) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    Signature[] s = new Signature[count];
    for (int i = 0; i < s.length; i++) {
      int[] v = new int[16];
      for (int j = 0; j < v.length; j++) {
        v[j] = random.nextInt(range);
      }
      s[i] = new Signature(v);
    }
    return s;
  }
}
