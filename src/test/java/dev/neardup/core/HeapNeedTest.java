package dev.neardup.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeapNeedTest {
  private static final long GB = 1L << 30;

  @Test
  void aBatchFitsAHeapAtLeastAsLargeAsItsNeedAndNoSmaller() {
    long need = new HeapNeed(100_000, 300_000_000, false).bytes();
    assertTrue(HeapNeed.fits(need, need));
    assertTrue(HeapNeed.fits(need, need + 1));
    assertFalse(HeapNeed.fits(need, need - 1));
  }

  @Test
  void theNeedGrowsWithArticlesWithTextAndWithTextsHeld() {
    long base = new HeapNeed(100_000, 300_000_000, false).bytes();
    assertTrue(new HeapNeed(200_000, 300_000_000, false).bytes() > base);
    assertTrue(new HeapNeed(100_000, 600_000_000, false).bytes() > base);
    assertTrue(new HeapNeed(100_000, 300_000_000, true).bytes() > base);
    assertTrue(new HeapNeed(0, 0, false).bytes() > 0, "the JVM's own share");
  }

  @Test
  void theMeasuredDenseBatchIsEstimatedBetweenTheHeapItRanOutInAndOneItRanFullSpeedIn() {
    // 100,000 dense-overlap articles, 308 M characters: out of memory at 0.75 GB, full speed at
    // 1.2 GB (bench/README.md, "Memory").
    long need = new HeapNeed(100_000, 308_000_000, false).bytes();
    assertTrue(need > 0.75 * GB && need < 1.2 * GB, need / (double) GB + " GB");
  }

  @Test
  void scalingGrowsBothCountsByTheFactor() {
    HeapNeed need = new HeapNeed(1_000, 3_000_000, true).scaled(2.5);
    assertTrue(need.articles() == 2_500 && need.textChars() == 7_500_000 && need.textsHeld());
    assertThrows(IllegalArgumentException.class, () -> need.scaled(0.5));
    assertThrows(IllegalArgumentException.class, () -> new HeapNeed(-1, 0, false));
  }
}
