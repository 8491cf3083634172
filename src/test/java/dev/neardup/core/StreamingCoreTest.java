package dev.neardup.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** LshIndex, EstimatedScores and StreamingDeduplicator. */
class StreamingCoreTest {
  private static final Settings WORDS = Settings.DEFAULTS.withShingles(ShingleKind.WORD, 5);

  private static String text(SplittableRandom r, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append("w").append(r.nextInt(20000)).append(i % 12 == 11 ? ". " : " ");
    }
    return b.toString();
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
  void indexReturnsEveryBucketMateAscending() {
    LshIndex index = new LshIndex(new LshParams(2, 2), 4);
    index.add(new Signature(new int[] {1, 2, 3, 4}));
    index.add(new Signature(new int[] {9, 9, 3, 4}));
    index.add(new Signature(new int[] {1, 2, 9, 9}));
    index.add(new Signature(new int[] {7, 7, 7, 7}));
    assertArrayEquals(new int[] {0, 1, 2}, index.candidates(new Signature(new int[] {1, 2, 3, 4})));
    assertEquals(0.5, index.estimateJaccard(new Signature(new int[] {1, 2, 3, 4}), 1));
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
    // The cap applies per band: band 0 gives the most recent articles, band 1 still finds number 0.
    assertEquals(LshIndex.MAX_MATCHES_PER_BAND + 1, found.length);
    assertEquals(0, found[0]);
    assertEquals(many - LshIndex.MAX_MATCHES_PER_BAND, found[1]);
    assertEquals(many - 1, found[found.length - 1]);
  }

  @Test
  void estimatedIntersectionFollowsFromJaccardAndSizes() {
    // J = 1/3 with |A| = |B| = 100 means |A ∩ B| = 50.
    PairScores s = EstimatedScores.of(1.0 / 3, 100, 100);
    assertEquals(50, s.intersection());
    assertEquals(0.5, s.containment());
    // A small set inside a large one: J = 10/100 gives |A ∩ B| = 0.1 * 110 / 1.1 = 10, containment 1.
    assertEquals(1.0, EstimatedScores.of(0.1, 10, 100).containment(), 1e-9);
    assertEquals(0, EstimatedScores.of(0, 10, 100).intersection());
    assertThrows(IllegalArgumentException.class, () -> EstimatedScores.of(1.5, 1, 1));
  }

  @Test
  void streamingKeepsTheFirstAndNamesItForACopy() {
    Fingerprinter f = Fingerprinter.of(WORDS);
    SplittableRandom r = new SplittableRandom(5);
    String original = text(r, 300);
    String copy = original.replaceFirst("w", "x");
    StreamingDeduplicator d = new StreamingDeduplicator(WORDS);
    assertNull(d.offer(f.fingerprint(text(r, 300))));
    assertNull(d.offer(f.fingerprint(original)));
    StreamingDeduplicator.Match m = d.offer(f.fingerprint(copy));
    assertNotNull(m);
    assertEquals(1, m.kept());
    assertTrue(m.score() >= WORDS.threshold());
    assertEquals(2, d.kept(), "a dropped article is not indexed");
    assertNull(d.offer(f.fingerprint("ADVERTISEMENT")), "an article without words is kept");
    assertEquals(2, d.kept());
  }
}
