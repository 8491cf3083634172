package dev.neardup.store;

import dev.neardup.core.lsh.LshParams;
import dev.neardup.core.minhash.Sketch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The writes of a {@link SqliteIndex}: adding a batch of articles with their band keys, and
 * deleting an article with its band keys. Every method runs inside the caller's write transaction
 * ({@link SqliteTransactions#write}) and leaves failures to it. Not thread-safe, like the index.
 */
final class SqliteWriter {
  private final Connection connection;
  private final LshParams lsh;
  private final String settingsHash;

  SqliteWriter(Connection connection, LshParams lsh, String settingsHash) {
    this.connection = connection;
    this.lsh = lsh;
    this.settingsHash = settingsHash;
  }

  /**
   * Adds {@code batch}: the articles, numbered after every number used so far, then all their band
   * keys together.
   *
   * @param replace whether an article whose id is indexed replaces it (else it is skipped)
   * @param presentById the indexed article of an id, or null
   */
  AddResult add(
      List<NewArticle> batch, boolean replace, Function<String, IndexedArticle> presentById)
      throws SQLException {
    int added = 0;
    int replaced = 0;
    int skipped = 0;
    long next = nextNumber();
    String addedAt = SqliteSchema.now();
    int bands = lsh.bands();
    // Keys of the whole batch, inserted together after the articles.
    long[] keys = new long[batch.size() * bands];
    long[] owners = new long[keys.length];
    int[] bandOf = new int[keys.length];
    int k = 0;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO articles"
                + " (num, id, source, tokens, shingles, signature, added_at, settings_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (NewArticle a : batch) {
        Sketch sketch = a.sketch();
        IndexedArticle present = presentById.apply(sketch.id());
        if (present != null) {
          if (!replace) {
            skipped++;
            continue;
          }
          delete(present);
          replaced++;
        } else {
          added++;
        }
        long num = next++;
        insertArticle(insert, a, num, addedAt);
        long[] articleKeys = lsh.bandKeys(sketch.signature());
        for (int b = 0; b < bands; b++) {
          bandOf[k] = b;
          keys[k] = articleKeys[b];
          owners[k] = num;
          k++;
        }
      }
    }
    insertBandKeys(bandOf, keys, owners, k);
    return new AddResult(added, replaced, skipped);
  }

  private void insertArticle(PreparedStatement insert, NewArticle a, long num, String addedAt)
      throws SQLException {
    Sketch sketch = a.sketch();
    insert.setLong(1, num);
    insert.setString(2, sketch.id());
    insert.setString(3, a.source());
    insert.setInt(4, sketch.tokenCount());
    insert.setInt(5, sketch.shingleCount());
    insert.setBytes(6, sketch.signature().toBytes());
    insert.setString(7, addedAt);
    insert.setString(8, settingsHash);
    insert.executeUpdate();
  }

  /**
   * The number the next added article gets: numbers are never reused, so band keys stay
   * unambiguous.
   */
  private long nextNumber() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(num), 0) FROM articles")) {
      r.next();
      return r.getLong(1) + 1;
    }
  }

  /**
   * The first {@code count} band keys, inserted in (band, key, article) order for locality in the
   * B-tree.
   */
  private void insertBandKeys(int[] bandOf, long[] keys, long[] owners, int count)
      throws SQLException {
    Integer[] order = new Integer[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (x, y) ->
            bandOf[x] != bandOf[y]
                ? Integer.compare(bandOf[x], bandOf[y])
                : keys[x] != keys[y]
                    ? Long.compare(keys[x], keys[y])
                    : Long.compare(owners[x], owners[y]));
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO band_keys (band, key, article) VALUES (?, ?, ?)")) {
      for (int i : order) {
        insert.setInt(1, bandOf[i]);
        insert.setLong(2, keys[i]);
        insert.setLong(3, owners[i]);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Deletes an article and its band keys; inside a write transaction. */
  void delete(IndexedArticle a) throws SQLException {
    long[] keys = lsh.bandKeys(a.sketch().signature());
    try (PreparedStatement p =
        connection.prepareStatement(
            "DELETE FROM band_keys WHERE band = ? AND key = ? AND article = ?")) {
      for (int b = 0; b < keys.length; b++) {
        p.setInt(1, b);
        p.setLong(2, keys[b]);
        p.setLong(3, a.number());
        p.addBatch();
      }
      p.executeBatch();
    }
    try (PreparedStatement p = connection.prepareStatement("DELETE FROM articles WHERE num = ?")) {
      p.setLong(1, a.number());
      p.executeUpdate();
    }
  }
}
