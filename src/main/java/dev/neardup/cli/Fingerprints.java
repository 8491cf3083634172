package dev.neardup.cli;

import dev.neardup.core.Fingerprinter;
import dev.neardup.core.verify.Fingerprint;
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
    IntConsumer one = i -> {
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

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdown();
    }
  }
}
