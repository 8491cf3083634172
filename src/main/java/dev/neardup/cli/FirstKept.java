package dev.neardup.cli;

import dev.neardup.core.Fingerprinter;
import dev.neardup.core.Settings;
import dev.neardup.core.StreamingDeduplicator;
import dev.neardup.core.parallel.InOrder;
import dev.neardup.core.shingle.ShingleSet;
import dev.neardup.core.shingle.ShinglingScratch;
import dev.neardup.io.InputRecord;
import dev.neardup.io.RecordWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The decisions of {@code --keep first}: records in input order through the deduplicator and the
 * hold. With several threads, records are shingled on worker threads a few ahead of the decisions
 * ({@link InOrder}); the deduplicator signs them itself, because which shingles it signs changes
 * once, when its warm-up ends.
 */
final class FirstKept implements AutoCloseable {
  private final Settings settings;
  private final int hold;
  private final RecordWriter writer;
  private final PrintWriter out;
  private final Writer droppedOut;
  private final long[] counts;
  private final Progress progress;
  private final StreamingDeduplicator dedup;

  /**
   * Ids of indexed articles (kept and dropped, by number), only needed to name them in --dropped.
   */
  private final List<String> indexedIds;

  private final Fingerprinter fingerprinter;

  /**
   * Each shingling thread's working arrays (see {@link ShinglingScratch}): the tasks run on the
   * pool's threads, or on the caller's with one thread, so each thread has its own.
   */
  private final ThreadLocal<ShinglingScratch> scratch =
      ThreadLocal.withInitial(ShinglingScratch::new);

  /** Records being shingled, decided in input order as their shingles are ready. */
  private final InOrder<Shingled> pending;

  /** Decided records, kept and dropped, in input order, until `hold` more have been decided. */
  private final ArrayDeque<Held> held = new ArrayDeque<>();

  /** Held kept records whose story merged into an earlier one, by number: written as dropped. */
  private final Map<Integer, StreamingDeduplicator.TakenBack> takenBack = new HashMap<>();

  /**
   * @param threads worker threads that shingle records
   * @param hold how many decided records to hold back before writing the oldest
   * @param counts {kept, dropped, kept without words}, counted as records are written
   */
  FirstKept(
      Settings settings,
      int threads,
      int hold,
      RecordWriter writer,
      PrintWriter out,
      Writer droppedOut,
      long[] counts,
      Progress progress) {
    this.settings = settings;
    this.hold = hold;
    this.writer = writer;
    this.out = out;
    this.droppedOut = droppedOut;
    this.counts = counts;
    this.progress = progress;
    this.dedup = new StreamingDeduplicator(settings, hold);
    this.indexedIds = droppedOut == null ? null : new ArrayList<>();
    this.fingerprinter = Fingerprinter.of(settings);
    this.pending = new InOrder<>(threads, "neardup-shingle", InOrder.DEFAULT_CHUNK, this::decide);
  }

  /** Queues {@code record} behind the others; decides those whose shingles are ready. */
  void add(InputRecord record) {
    pending.submit(
        () -> new Shingled(record, fingerprinter.shingle(record.article(), scratch.get())));
  }

  /** Decides the next record in input order; releases the records the hold no longer needs. */
  private void decide(Shingled p) {
    Fingerprinter.Shingled shingled = p.shingled();
    ShingleSet shingles = shingled.shingles();
    StreamingDeduplicator.Match match = dedup.offer(shingled);
    int number = shingles.isEmpty() ? -1 : dedup.indexed() - 1;
    if (indexedIds != null && number >= 0) {
      indexedIds.add(p.record().article().id());
    }
    if (match != null) {
      for (StreamingDeduplicator.TakenBack back : match.takenBack()) {
        takenBack.put(back.kept(), back);
      }
    }
    held.add(new Held(RecordWriter.withoutParsedText(p.record()), number, match));
    while (held.size() > hold) {
      release(held.poll());
    }
    progress.step();
  }

  /** Writes a record that has left the hold: kept to stdout, dropped to --dropped. */
  private void release(Held h) {
    StreamingDeduplicator.TakenBack back = h.match() == null ? takenBack.remove(h.number()) : null;
    if (h.match() == null && back == null) {
      writer.write(h.record(), out);
      counts[0]++;
      if (h.number() < 0) {
        counts[2]++;
      }
      return;
    }
    counts[1]++;
    if (droppedOut != null) {
      // The story is resolved now: it cannot change once the record has left the hold.
      String keptId = indexedIds.get(dedup.keptOf(h.number()));
      String matchedId = indexedIds.get(back != null ? back.bridge() : h.match().matched());
      double score = back != null ? back.score() : h.match().score();
      writer.writeDropped(
          h.record(), keptId, matchedId, settings.measure().label(), score, true, droppedOut);
    }
  }

  /** Decides every pending record and flushes the outputs: reading is about to wait. */
  void drain() throws java.io.IOException {
    pending.drain();
    out.flush();
    if (droppedOut != null) {
      droppedOut.flush();
    }
  }

  /** At the end of the input: decides and releases everything. */
  void finish() {
    pending.drain();
    while (!held.isEmpty()) {
      release(held.poll());
    }
  }

  /** Stops the shingling workers. */
  @Override
  public void close() {
    pending.close();
  }

  /** A record with its shingles. */
  private record Shingled(InputRecord record, Fingerprinter.Shingled shingled) {}

  /**
   * A decided record in the hold: its number in the deduplicator (-1: no words) and its match, if
   * dropped.
   */
  private record Held(InputRecord record, int number, StreamingDeduplicator.Match match) {}
}
