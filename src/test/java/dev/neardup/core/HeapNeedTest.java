package dev.neardup.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

  @Test
  void aStreamNeedsItsPerArticleBytesWithHeadroomAndNothingForItsText() {
    assertEquals(HeapNeed.ofStream(1_000, 700).bytes(), HeapNeed.ofStream(1_000, 700).bytes());
    HeapNeed stream = new HeapNeed(1_000, 50_000_000, true, 700);
    assertEquals(HeapNeed.ofStream(1_000, 700).bytes(), stream.bytes());
    assertTrue(stream.bytes() < new HeapNeed(1_000, 50_000_000, true).bytes());
    assertEquals(2_000, stream.scaled(2).articles());
    assertEquals(700, stream.scaled(2).streamedPerArticle());
    assertThrows(IllegalArgumentException.class, () -> HeapNeed.ofStream(1, 0));
  }

  @Test
  void theMeasuredMillionArticleStreamIsEstimatedAboveItsLiveHeapAndWithinTheHeapItRanIn() {
    // Synthetic 1M, streaming dedup with the defaults: 0.69 GB live at the end (heap histogram),
    // finished with -Xmx1g (bench/README.md, "streaming dedup").
    long perArticle = StreamingDeduplicator.bytesPerArticle(Settings.DEFAULTS);
    long need = HeapNeed.ofStream(1_000_000, perArticle).bytes();
    assertTrue(need > 0.69e9 && need <= GB, need / (double) GB + " GiB");
  }
}
