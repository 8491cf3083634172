package dev.neardup.core.parallel;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The worker pool of the stages that process articles while they are still being read: daemon
 * threads (a failed or abandoned run never keeps the JVM alive), and a short queue whose overflow
 * the submitting thread runs itself. Why: reading is faster than fingerprinting, and an unbounded
 * queue held a third of a million-article batch's texts at the end of the read; with the reader
 * lending a hand, nothing piles up and no core idles.
 */
public final class DaemonWorkers {
  private DaemonWorkers() {}

  /** A pool of {@code threads} threads named {@code name} with a queue of two tasks per thread. */
  public static ExecutorService start(int threads, String name) {
    return new ThreadPoolExecutor(
        threads,
        threads,
        0,
        TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(2 * threads),
        task -> {
          Thread t = new Thread(task, name);
          t.setDaemon(true);
          return t;
        },
        new ThreadPoolExecutor.CallerRunsPolicy());
  }
}
