package dev.neardup.core.lsh;

import dev.neardup.core.minhash.Signature;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

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
    assertArrayEquals(new long[] {pair(0, 1), pair(0, 2), pair(0, 3), pair(1, 3), pair(2, 3)}, pairs);
  }

  @Test
  void everyPairAgreeingOnSomeBandIsFoundOnceAndNothingElse() {
    // Property, against brute force: values from tiny alphabets make many equal band keys, runs of
    // identical signatures and batches of every small size, where sorting and run splitting break.
    java.util.SplittableRandom random = new java.util.SplittableRandom(31);
    for (int trial = 0; trial < 300; trial++) {
      int n = random.nextInt(0, 200);
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
            if (java.util.Arrays.equals(s[a].values(), from, from + params.rows(), s[b].values(), from, from + params.rows())) {
              expected.add(pair(a, b));
              break;
            }
          }
        }
      }
      assertArrayEquals(expected.stream().mapToLong(Long::longValue).toArray(),
          new CandidateFinder(params).candidatePairs(s), "trial " + trial);
    }
  }

  @Test
  void bandsSharedAmongThreadsGiveTheSamePairs() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    Signature[] s = new Signature[5000];
    for (int i = 0; i < s.length; i++) {
      int[] v = new int[16];
      for (int j = 0; j < v.length; j++) {
        v[j] = random.nextInt(40);
      }
      s[i] = new Signature(v);
    }
    CandidateFinder finder = new CandidateFinder(new LshParams(8, 2));
    long[] one = finder.candidatePairs(s, 1);
    org.junit.jupiter.api.Assertions.assertTrue(one.length > 10_000, "enough collisions to matter: " + one.length);
    assertArrayEquals(one, finder.candidatePairs(s, 3));
    assertArrayEquals(one, finder.candidatePairs(s, 64));
  }

  private static long pair(int a, int b) {
    return (long) a << 32 | b;
  }
}
