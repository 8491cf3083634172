package dev.neardup.core.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {
  @Test
  void resultsArriveInTheOrderTheTasksWereGivenHoweverLongEachTakes() {
    Random random = new Random(7);
    for (int[] run : new int[][] {{1, 1}, {2, 1}, {5, 1}, {1, 7}, {2, 7}, {5, 64}}) {
      int threads = run[0];
      List<Integer> received = new ArrayList<>();
      List<String> receivingThreads = new ArrayList<>();
      try (InOrder<Integer> work =
          new InOrder<>(
              threads,
              "test",
              run[1],
              v -> {
                received.add(v);
                receivingThreads.add(Thread.currentThread().getName());
              })) {
        for (int i = 0; i < 500; i++) {
          int value = i;
          long pause = random.nextInt(200_000);
          work.submit(
              () -> {
                LockSupport.parkNanos(pause);
                return value;
              });
        }
        work.drain();
      }
      assertEquals(
          IntStream.range(0, 500).boxed().toList(),
          received,
          threads + " threads, chunks of " + run[1]);
      String caller = Thread.currentThread().getName();
      assertTrue(receivingThreads.stream().allMatch(caller::equals), "delivered on the caller");
    }
  }

  @Test
  void aTasksExceptionIsRethrownOnTheCallerWhenItsResultIsDue() {
    List<Integer> received = new ArrayList<>();
    try (InOrder<Integer> work = new InOrder<>(2, "test", received::add)) {
      work.submit(() -> 1);
      // Due at the latest in drain(); in submit() already when the task has finished by then.
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> {
                work.submit(
                    () -> {
                      throw new IllegalStateException("bad article");
                    });
                work.drain();
              });
      assertEquals("bad article", e.getMessage());
    }
    assertEquals(List.of(1), received);
  }

  @Test
  void noMoreThanTheWindowOfChunksIsInFlight() {
    int threads = 2;
    for (int chunk : new int[] {1, 10}) {
      int[] given = new int[1];
      int[] maxAhead = new int[1];
      List<Integer> received = new ArrayList<>();
      try (InOrder<Integer> work =
          new InOrder<>(
              threads,
              "test",
              chunk,
              v -> {
                received.add(v);
                maxAhead[0] = Math.max(maxAhead[0], given[0] - received.size());
              })) {
        for (int i = 0; i < 5_000; i++) {
          int value = i;
          given[0]++;
          work.submit(() -> value);
        }
        work.drain();
      }
      assertEquals(5_000, received.size());
      assertTrue(
          maxAhead[0] <= (InOrder.TASKS_PER_THREAD * threads + 1) * chunk,
          "chunks of " + chunk + ", in flight: " + maxAhead[0]);
    }
  }

  @Test
  void aFailingTaskInAChunkComesAfterTheResultsOfTheTasksBeforeIt() {
    List<Integer> received = new ArrayList<>();
    try (InOrder<Integer> work = new InOrder<>(2, "test", 4, received::add)) {
      // The fourth task hands the chunk over; its failure surfaces in that submit when the worker
      // is already done, else in drain: either is when its result is due.
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> {
                work.submit(() -> 1);
                work.submit(() -> 2);
                work.submit(
                    () -> {
                      throw new IllegalStateException("bad article");
                    });
                work.submit(() -> 4);
                work.drain();
              });
      assertEquals("bad article", e.getMessage());
    }
    assertEquals(List.of(1, 2), received);
  }

  @Test
  void drainHandsOverAChunkThatIsNotFull() {
    List<Integer> received = new ArrayList<>();
    try (InOrder<Integer> work = new InOrder<>(2, "test", 100, received::add)) {
      work.submit(() -> 1);
      work.submit(() -> 2);
      assertEquals(List.of(), received, "gathered, not run yet");
      work.drain();
    }
    assertEquals(List.of(1, 2), received);
  }

  @Test
  void refusesNoThreadsAndEmptyChunks() {
    assertThrows(IllegalArgumentException.class, () -> new InOrder<Integer>(0, "x", v -> {}));
    assertThrows(IllegalArgumentException.class, () -> new InOrder<Integer>(2, "x", 0, v -> {}));
  }
}
