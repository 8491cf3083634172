package dev.neardup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.neardup.store.SqliteIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index under real processes: a writer killed with SIGKILL mid-ingest, and two writers at once.
 * Each child is a fresh JVM running {@code dev.neardup.cli.Main} on the test classpath.
 */
class IndexProcessTest {
  private static final int BATCH = 100;

  @TempDir Path dir;

  private Process child(Path log, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.neardup.cli.Main"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  /**
   * Articles in the index, or -1 while it cannot be opened yet (not created, schema not written).
   */
  private static long count(Path db) {
    if (!Files.exists(db)) {
      return -1;
    }
    try (SqliteIndex index = SqliteIndex.open(db, null, false)) {
      return index.stats().articles();
    } catch (RuntimeException e) {
      return -1;
    }
  }

  private static void assertSound(Path db) {
    try (SqliteIndex index = SqliteIndex.open(db, null, false)) {
      assertEquals(
          List.of(), index.check(), "PRAGMA integrity_check and one band key per band and article");
    }
  }

  @Test
  void killMinus9MidIngestLeavesWholeBatchesAndAddingAgainCompletes() throws Exception {
    int total = 6000;
    Path input =
        Files.writeString(
            dir.resolve("articles.jsonl"), PlantedBatch.generate(total, 0, 21).jsonl());
    Path db = dir.resolve("crash.db");
    SplittableRandom random = new SplittableRandom(5);
    long previous = 0;
    for (int round = 1; round <= 2; round++) {
      Path log = dir.resolve("add" + round + ".log");
      Process p =
          child(
              log,
              "index",
              "add",
              "--index",
              db.toString(),
              "--batch-size",
              Integer.toString(BATCH),
              "--threads",
              "1",
              input.toString());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      // Wait until this run has committed at least one batch of its own.
      while (count(db) < previous + BATCH) {
        if (!p.isAlive() || System.nanoTime() > deadline) {
          fail("the child ended or stalled before its first commit: " + Files.readString(log));
        }
        Thread.sleep(2);
      }
      Thread.sleep(random.nextInt(40));
      if (!p.isAlive()) {
        fail(
            "the child finished before it could be killed; make the input larger: "
                + Files.readString(log));
      }
      p.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no close
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
      long count = count(db);
      assertSound(db);
      assertEquals(0, count % BATCH, "whole batches only, found " + count + " articles");
      assertTrue(count > previous && count < total, "killed mid-ingest: " + count);
      previous = count;
    }
    Path log = dir.resolve("final.log");
    Process p =
        child(
            log,
            "index",
            "add",
            "--index",
            db.toString(),
            "--batch-size",
            Integer.toString(BATCH),
            input.toString());
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), Files.readString(log));
    assertTrue(
        Files.readString(log).contains(String.format("%,d already indexed (skipped)", previous)),
        Files.readString(log));
    assertEquals(total, count(db));
    assertSound(db);
  }

  @Test
  void twoProcessesAddingToOneNewIndexAtOnceBothSucceed() throws Exception {
    PlantedBatch batch = PlantedBatch.generate(4000, 0, 22);
    Path first =
        Files.writeString(
            dir.resolve("first.jsonl"), String.join("\n", batch.lines.subList(0, 2000)) + "\n");
    Path second =
        Files.writeString(
            dir.resolve("second.jsonl"), String.join("\n", batch.lines.subList(2000, 4000)) + "\n");
    Path db = dir.resolve("shared.db");
    Process a =
        child(
            dir.resolve("a.log"),
            "index",
            "add",
            "--index",
            db.toString(),
            "--batch-size",
            "50",
            "--threads",
            "1",
            first.toString());
    Process b =
        child(
            dir.resolve("b.log"),
            "index",
            "add",
            "--index",
            db.toString(),
            "--batch-size",
            "50",
            "--threads",
            "1",
            second.toString());
    assertTrue(a.waitFor(180, TimeUnit.SECONDS) && b.waitFor(180, TimeUnit.SECONDS));
    assertEquals(0, a.exitValue(), Files.readString(dir.resolve("a.log")));
    assertEquals(0, b.exitValue(), Files.readString(dir.resolve("b.log")));
    assertEquals(4000, count(db));
    assertSound(db);
    // The two really wrote at the same time: their batches interleave in the file.
    int switches = 0;
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet r = s.executeQuery("SELECT source FROM articles ORDER BY num")) {
      String last = null;
      while (r.next()) {
        String file = r.getString(1).substring(0, r.getString(1).lastIndexOf(':'));
        if (last != null && !file.equals(last)) {
          switches++;
        }
        last = file;
      }
    }
    assertTrue(switches >= 2, "batches of the two writers interleave: " + switches + " switches");
  }

  @Test
  void aKilledRunLeavesNoCopyOfSqlitesNativeLibraryInTheTemporaryDirectory() throws Exception {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path cache = Files.createDirectories(dir.resolve("cache"));
    Path input =
        Files.writeString(
            dir.resolve("articles.jsonl"), PlantedBatch.generate(6000, 0, 23).jsonl());
    Path db = dir.resolve("lib.db");
    Path log = dir.resolve("lib.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp,
                "-cp",
                System.getProperty("java.class.path"),
                "dev.neardup.cli.Main",
                "index",
                "add",
                "--index",
                db.toString(),
                "--batch-size",
                Integer.toString(BATCH),
                "--threads",
                "1",
                input.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    Process p = builder.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (count(db) < BATCH) {
      if (!p.isAlive() || System.nanoTime() > deadline) {
        fail("the child ended or stalled before its first commit: " + Files.readString(log));
      }
      Thread.sleep(2);
    }
    p.destroyForcibly();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    try (var left = Files.list(tmp)) {
      assertEquals(
          List.of(), left.filter(f -> f.getFileName().toString().startsWith("sqlite-")).toList());
    }
    try (var cached = Files.walk(cache)) {
      assertEquals(
          1,
          cached.filter(f -> f.getFileName().toString().contains("sqlitejdbc")).count(),
          "one copy, in the cache");
    }
  }
}
