package dev.neardup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neardup.core.HeapNeed;
import dev.neardup.core.Settings;
import dev.neardup.core.StreamingDeduplicator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeapGuardTest {
  private static final int ARTICLES = 1_200;
  private static final String TEXT =
      "Shares of the company rose sharply in early trading on the exchange today after it said ";

  @TempDir Path dir;

  private static String batch() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < ARTICLES; i++) {
      b.append("{\"id\":\"a").append(i).append("\",\"text\":\"").append(TEXT).append(i);
      b.append(" units were sold.\"}\n");
    }
    return b.toString();
  }

  private static long needOfWholeBatch(boolean textsHeld) {
    long chars = 0;
    for (int i = 0; i < ARTICLES; i++) {
      chars += (TEXT + i + " units were sold.").length();
    }
    return new HeapNeed(ARTICLES, chars, textsHeld).bytes();
  }

  /** Heap for the JVM's share and half the batch: the guard stops it half way through. */
  private static long halfOfBatch() {
    return (new HeapNeed(0, 0, false).bytes() + needOfWholeBatch(false)) / 2;
  }

  @Test
  void aBatchThatWillNotFitStopsWithOneLineNamingTheHeapItNeedsAndExit70() {
    CliRun r = CliRun.withHeap(halfOfBatch(), batch(), "cluster", "-");
    assertEquals(ExitCodes.INTERNAL, r.code(), r.err());
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(
        r.err()
            .matches("neardup: [\\d,]+ articles need about \\d+\\.\\d GiB of heap.*-Xmx\\d+g.*\n"),
        r.err());
    assertTrue(r.errHasNoStackTrace(), r.err());
  }

  @Test
  void aBatchThatFitsRunsAsWithoutTheGuard() {
    CliRun guarded = CliRun.withHeap(needOfWholeBatch(true), batch(), "pairs", "-");
    CliRun free = CliRun.withStdin(batch(), "pairs", "-");
    assertEquals(0, guarded.code(), guarded.err());
    assertEquals(free.out(), guarded.out());
  }

  @Test
  void commandsHoldingTheTextsNeedMoreHeapThanClusterAndStopWhereClusterGoesOn() {
    long between = (needOfWholeBatch(false) + needOfWholeBatch(true)) / 2;
    assertEquals(0, CliRun.withHeap(between, batch(), "cluster", "-").code());
    assertEquals(ExitCodes.INTERNAL, CliRun.withHeap(between, batch(), "pairs", "-").code());
  }

  @Test
  void aFileInputIsProjectedToItsWholeSize() throws IOException {
    Path file = dir.resolve("batch.jsonl");
    Files.writeString(file, batch() + batch().replace("\"a", "\"b"));
    CliRun r = CliRun.withHeap(halfOfBatch(), "", "cluster", file.toString());
    assertEquals(ExitCodes.INTERNAL, r.code(), r.err());
    long projected =
        Long.parseLong(
            r.err().replaceAll("(?s).*the input's ~([\\d,]+) articles.*", "$1").replace(",", ""));
    assertTrue(Math.abs(projected - 2 * ARTICLES) < 0.05 * 2 * ARTICLES, r.err());
  }

  @Test
  void aStreamStopsOnlyWhenItsIndexWillNotFitWhateverTheTextsTake() {
    // The batch's texts would need several times this heap; the stream keeps only index entries.
    long perArticle = StreamingDeduplicator.bytesPerArticle(Settings.DEFAULTS);
    long halfOfStream =
        (HeapNeed.ofStream(0, perArticle).bytes() + HeapNeed.ofStream(ARTICLES, perArticle).bytes())
            / 2;
    CliRun stopped = CliRun.withHeap(halfOfStream, batch(), "dedup", "-");
    assertEquals(ExitCodes.INTERNAL, stopped.code(), stopped.err());
    assertTrue(stopped.err().matches("(?s).*articles need about .* GiB of heap.*"), stopped.err());
    long fits = HeapNeed.ofStream(ARTICLES, perArticle).bytes();
    assertTrue(fits < needOfWholeBatch(false));
    CliRun guarded = CliRun.withHeap(fits, batch(), "dedup", "-");
    assertEquals(0, guarded.code(), guarded.err());
    assertEquals(CliRun.withStdin(batch(), "dedup", "-").out(), guarded.out());
  }
}
