package dev.neardup.cli;

import dev.neardup.core.Fingerprinter;
import dev.neardup.core.verify.Fingerprint;
import dev.neardup.io.InputRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** Fingerprints a batch of texts on a fixed number of threads, timing each article. */
final class Fingerprints implements AutoCloseable {
  private final Fingerprinter fingerprinter;
  private final ForkJoinPool pool;

  Fingerprints(Fingerprinter fingerprinter, int threads) {
    if (threads < 1) {
      throw new UsageException("--threads must be at least 1: " + threads);
    }
    this.fingerprinter = fingerprinter;
    this.pool = threads == 1 ? null : new ForkJoinPool(threads);
  }

  /** Fingerprints of {@code texts}, in order; {@code nanos[i]} receives the time article i took. */
  Fingerprint[] of(List<String> texts, long[] nanos) {
    Fingerprint[] out = new Fingerprint[texts.size()];
    IntConsumer one =
        i -> {
          long t0 = System.nanoTime();
          out[i] = fingerprinter.fingerprint(texts.get(i));
          nanos[i] = System.nanoTime() - t0;
        };
    if (pool == null || texts.size() < 8) {
      IntStream.range(0, texts.size()).forEach(one);
    } else {
      pool.submit(() -> IntStream.range(0, texts.size()).parallel().forEach(one)).join();
    }
    return out;
  }

  /**
   * One record of a batch with its fingerprint.
   *
   * @param nanos the time its fingerprint took
   */
  record Printed(InputRecord record, Fingerprint fingerprint, long nanos) {}

  /**
   * The records of {@code batch} that have words, fingerprinted, in order; each record without
   * words is noted on {@code inputs} and left out. {@code each} runs once per record, in order.
   */
  List<Printed> ofRecords(List<InputRecord> batch, ArticleInputs inputs, Runnable each) {
    List<String> texts = new ArrayList<>(batch.size());
    for (InputRecord r : batch) {
      texts.add(r.article().text());
    }
    long[] nanos = new long[batch.size()];
    Fingerprint[] prints = of(texts, nanos);
    List<Printed> out = new ArrayList<>(batch.size());
    for (int i = 0; i < prints.length; i++) {
      InputRecord record = batch.get(i);
      each.run();
      if (prints[i].isEmpty()) {
        inputs.noteEmpty(record.article().id());
      } else {
        out.add(new Printed(record, prints[i], nanos[i]));
      }
    }
    return out;
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdown();
    }
  }
}
