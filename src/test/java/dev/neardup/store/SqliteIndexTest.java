package dev.neardup.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neardup.core.Fingerprinter;
import dev.neardup.core.Settings;
import dev.neardup.core.lsh.CandidateFinder;
import dev.neardup.core.minhash.Signature;
import dev.neardup.core.minhash.Sketch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteIndexTest {
  private static final Settings SETTINGS = Settings.DEFAULTS;
  private static final IndexSettings INDEX_SETTINGS = IndexSettings.of(SETTINGS);

  @TempDir Path dir;

  /** Random articles; every fifth one a copy of the one before with one word changed. */
  static List<Sketch> sketches(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Fingerprinter f = Fingerprinter.of(SETTINGS);
    List<Sketch> out = new ArrayList<>();
    String previous = null;
    for (int i = 0; i < n; i++) {
      String text;
      if (i % 5 == 4) {
        text = previous.replaceFirst(" \\w+ ", " changed ");
      } else {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < 120; w++) {
          b.append("w").append(r.nextInt(3000)).append(w % 12 == 11 ? ". " : " ");
        }
        text = b.toString();
      }
      previous = text;
      out.add(f.fingerprint(text).sketch(String.format("s%04d", i)));
    }
    return out;
  }

  static List<NewArticle> news(List<Sketch> sketches) {
    return sketches.stream().map(s -> new NewArticle(s, "test")).toList();
  }

  @Test
  void storesSketchesAndReopensWithTheirSettings() {
    Path file = dir.resolve("a.db");
    List<Sketch> sketches = sketches(20, 1);
    try (SqliteIndex index = SqliteIndex.open(file, INDEX_SETTINGS, true)) {
      assertEquals(new AddResult(20, 0, 0), index.addBatch(news(sketches), false));
    }
    try (SqliteIndex index = SqliteIndex.open(file, null, false)) {
      assertEquals(INDEX_SETTINGS, index.settings());
      for (Sketch s : sketches) {
        IndexedArticle a = index.article(s.id());
        assertNotNull(a, s.id());
        assertEquals(s, a.sketch(), "signature, token and shingle counts round-trip");
        assertEquals("test", a.source());
        assertEquals(a, index.article(a.number()));
      }
      IndexStats stats = index.stats();
      assertEquals(20, stats.articles());
      assertEquals(20L * INDEX_SETTINGS.bands(), stats.bandKeys());
      assertTrue(index.check().isEmpty(), index.check().toString());
      assertNull(index.article("missing"));
    }
  }

  @Test
  void candidatesAreExactlyThePairsTheBatchFinderFinds() {
    List<Sketch> sketches = sketches(300, 2);
    List<Sketch> indexed = sketches.subList(0, 200);
    List<Sketch> queried = sketches.subList(200, 300);
    Signature[] all = sketches.stream().map(Sketch::signature).toArray(Signature[]::new);
    TreeSet<String> expected = new TreeSet<>();
    for (long pair : new CandidateFinder(SETTINGS.lshParams()).candidatePairs(all)) {
      int a = (int) (pair >>> 32);
      int b = (int) pair;
      if (a < 200 && b >= 200) {
        expected.add(sketches.get(b).id() + "~" + sketches.get(a).id());
      }
    }
    assertFalse(expected.isEmpty());
    TreeSet<String> found = new TreeSet<>();
    try (SqliteIndex index = SqliteIndex.open(dir.resolve("c.db"), INDEX_SETTINGS, true)) {
      index.addBatch(news(indexed.subList(0, 77)), false);
      index.addBatch(news(indexed.subList(77, 200)), false);
      for (Sketch q : queried) {
        for (long n : index.candidates(q.signature())) {
          found.add(q.id() + "~" + index.article(n).id());
        }
      }
    }
    assertEquals(expected, found);
  }

  @Test
  void presentIdsAreSkippedOrReplacedNeverDuplicated() {
    List<Sketch> sketches = sketches(10, 3);
    try (SqliteIndex index = SqliteIndex.open(dir.resolve("d.db"), INDEX_SETTINGS, true)) {
      index.addBatch(news(sketches.subList(0, 6)), false);
      assertEquals(new AddResult(4, 0, 6), index.addBatch(news(sketches), false));
      Sketch other = sketches(11, 99).get(10);
      Sketch renamed =
          new Sketch(
              sketches.get(0).id(), other.tokenCount(), other.shingleCount(), other.signature());
      assertEquals(
          new AddResult(1, 1, 0),
          index.addBatch(news(List.of(renamed, sketches(11, 98).get(10))), true));
      assertEquals(11, index.stats().articles());
      assertEquals(renamed, index.article(renamed.id()).sketch());
      assertArrayEquals(
          new long[0],
          filterOwn(index, sketches.get(0)),
          "the replaced signature's band keys are gone");
      assertTrue(index.check().isEmpty(), index.check().toString());
      assertEquals(
          List.of(sketches.get(1).id()), index.remove(List.of(sketches.get(1).id(), "nope")));
      assertFalse(index.contains(sketches.get(1).id()));
      assertEquals(10, index.stats().articles());
      assertTrue(index.check().isEmpty(), index.check().toString());
    }
  }

  /** Candidates of {@code s} that still point at its old number under its id. */
  private static long[] filterOwn(SqliteIndex index, Sketch s) {
    return java.util.Arrays.stream(index.candidates(s.signature()))
        .filter(n -> index.article(n).sketch().equals(s))
        .toArray();
  }

  @Test
  void refusesFilesThatAreNotIndexesOrWereMadeDifferently() throws Exception {
    Path missing = dir.resolve("missing.db");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SqliteIndex.open(missing, null, false));
    assertTrue(e.getMessage().contains("no such index"), e.getMessage());
    assertFalse(Files.exists(missing), "opening without create makes no file");

    Path text = Files.writeString(dir.resolve("text.db"), "hello, not a database\n".repeat(100));
    e =
        assertThrows(
            IllegalArgumentException.class, () -> SqliteIndex.open(text, INDEX_SETTINGS, true));
    assertTrue(e.getMessage().contains("not a neardup index"), e.getMessage());

    Path other = dir.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE people (name TEXT)");
    }
    e =
        assertThrows(
            IllegalArgumentException.class, () -> SqliteIndex.open(other, INDEX_SETTINGS, true));
    assertTrue(e.getMessage().contains("not a neardup index"), e.getMessage());

    Path old = dir.resolve("old.db");
    SqliteIndex.open(old, INDEX_SETTINGS, true).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old);
        Statement s = c.createStatement()) {
      s.execute("UPDATE meta SET value = '99' WHERE key = 'normalizer_version'");
    }
    e =
        assertThrows(
            IllegalArgumentException.class, () -> SqliteIndex.open(old, INDEX_SETTINGS, true));
    assertTrue(e.getMessage().contains("normalizer version 99"), e.getMessage());

    Path firstSignatures = dir.resolve("minhash1.db");
    SqliteIndex.open(firstSignatures, INDEX_SETTINGS, true).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + firstSignatures);
        Statement s = c.createStatement()) {
      s.execute("DELETE FROM meta WHERE key = 'minhash_version'"); // as indexes made before the key
      // existed
    }
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SqliteIndex.open(firstSignatures, INDEX_SETTINGS, true));
    assertTrue(
        e.getMessage().contains("MinHash algorithm version 1")
            && e.getMessage().contains("rebuild the index"),
        e.getMessage());
  }

  @Test
  void theFileIsPlainSqliteWithTheDocumentedSchema() throws Exception {
    Path file = dir.resolve("s.db");
    List<Sketch> sketches = sketches(3, 4);
    try (SqliteIndex index = SqliteIndex.open(file, INDEX_SETTINGS, true)) {
      index.addBatch(news(sketches), false);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
        r.next();
        assertEquals("wal", r.getString(1));
      }
      try (ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'settings_hash'")) {
        r.next();
        assertEquals(INDEX_SETTINGS.hash(), r.getString(1));
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT id, tokens, shingles, length(signature), settings_hash, added_at"
                  + " FROM articles ORDER BY num")) {
        for (Sketch sk : sketches) {
          assertTrue(r.next());
          assertEquals(sk.id(), r.getString(1));
          assertEquals(sk.tokenCount(), r.getInt(2));
          assertEquals(sk.shingleCount(), r.getInt(3));
          assertEquals(4 * SETTINGS.permutations(), r.getInt(4));
          assertEquals(INDEX_SETTINGS.hash(), r.getString(5));
          assertTrue(
              r.getString(6).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), r.getString(6));
        }
      }
      long[] keys = SETTINGS.lshParams().bandKeys(sketches.get(0).signature());
      try (ResultSet r =
          s.executeQuery("SELECT band, key FROM band_keys WHERE article = 1 ORDER BY band")) {
        for (int b = 0; b < keys.length; b++) {
          assertTrue(r.next());
          assertEquals(b, r.getInt(1));
          assertEquals(keys[b], r.getLong(2), "band keys stored as the core computes them");
        }
      }
      try (ResultSet r =
          s.executeQuery(
              "EXPLAIN QUERY PLAN SELECT article FROM band_keys WHERE band = 3 AND key = 7")) {
        r.next();
        assertTrue(r.getString(4).contains("PRIMARY KEY (band=? AND key=?)"), r.getString(4));
      }
    }
  }
}
