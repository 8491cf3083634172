package dev.neardup.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neardup.core.Fingerprinter;
import dev.neardup.core.Settings;
import dev.neardup.store.IndexSettings;
import dev.neardup.store.NewArticle;
import dev.neardup.store.SqliteIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexQueryTest {
  private static final Settings SETTINGS = Settings.DEFAULTS;
  private static final Fingerprinter FINGERPRINTER = Fingerprinter.of(SETTINGS);

  @TempDir Path dir;

  private static String story(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder b = new StringBuilder();
    for (int w = 0; w < 150; w++) {
      b.append("w").append(r.nextInt(5000)).append(w % 12 == 11 ? ". " : " ");
    }
    return b.toString();
  }

  private static IndexQuery.Entry entry(String id, String text) {
    return new IndexQuery.Entry(id, FINGERPRINTER.fingerprint(text), "test", 0);
  }

  private SqliteIndex index() {
    return SqliteIndex.open(dir.resolve("q.db"), IndexSettings.of(SETTINGS), true);
  }

  private static List<IndexQuery.Result> lookUp(IndexQuery query, List<IndexQuery.Entry> batch) {
    List<IndexQuery.Result> out = new ArrayList<>();
    query.lookUp(batch, out::add);
    return out;
  }

  @Test
  void withAddAnArticleMatchesAnEarlierCopyInItsOwnBatchAndTheBatchIsIndexed() {
    String a = story(1);
    try (SqliteIndex index = index()) {
      IndexQuery query = new IndexQuery(index, SETTINGS, null, true);
      List<IndexQuery.Result> results =
          lookUp(
              query,
              List.of(
                  entry("a", a),
                  entry("other", story(2)),
                  entry("copy", a.replaceFirst(" \\w+ ", " x "))));
      assertTrue(results.get(0).matches().isEmpty());
      assertEquals(List.of("a"), results.get(2).matches().stream().map(m -> m.id()).toList());
      assertEquals(3, query.added().added());
      assertEquals(1, query.duplicates());
      assertTrue(index.contains("copy"));
    }
  }

  @Test
  void withoutAddCopiesInOneBatchAreNotComparedAndNothingIsIndexed() {
    String a = story(1);
    try (SqliteIndex index = index()) {
      IndexQuery query = new IndexQuery(index, SETTINGS, null, false);
      List<IndexQuery.Result> results = lookUp(query, List.of(entry("a", a), entry("copy", a)));
      assertTrue(results.get(1).matches().isEmpty());
      assertFalse(index.contains("a"));
      assertEquals(0, query.added().added());
    }
  }

  @Test
  void anIndexedArticleInTheBatchIsMatchedOnceThroughTheIndexNotAgainAsAnEarlierBatchArticle() {
    String a = story(1);
    try (SqliteIndex index = index()) {
      index.addBatch(
          List.of(new NewArticle(FINGERPRINTER.fingerprint(a).sketch("a"), "test")), false);
      IndexQuery query = new IndexQuery(index, SETTINGS, null, true);
      List<IndexQuery.Result> results = lookUp(query, List.of(entry("a", a), entry("copy", a)));
      assertTrue(results.get(0).indexed());
      assertTrue(results.get(0).matches().isEmpty(), "never its own match");
      assertEquals(List.of("a"), results.get(1).matches().stream().map(m -> m.id()).toList());
      assertEquals(1, query.added().added());
    }
  }

  @Test
  void anEntryWithoutWordsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> entry("empty", "  "));
  }
}
