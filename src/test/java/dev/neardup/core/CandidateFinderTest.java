package dev.neardup.core;

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

  private static long pair(int a, int b) {
    return (long) a << 32 | b;
  }
}
