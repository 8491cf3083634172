package dev.neardup.store;

import dev.neardup.core.lsh.LshParams;
import dev.neardup.core.minhash.Signature;
import dev.neardup.core.minhash.Sketch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * An {@link ArticleIndex} in one SQLite file (WAL mode), readable with the {@code sqlite3} shell.
 *
 * <p>Schema (version {@value #SCHEMA_VERSION}):
 *
 * <pre>
 * meta(key TEXT PRIMARY KEY, value TEXT)          -- schema, settings, settings_hash, minhash_version, created_at
 * articles(num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, source TEXT, tokens INTEGER,
 *          shingles INTEGER, signature BLOB, added_at TEXT, settings_hash TEXT)
 * band_keys(band INTEGER, key INTEGER, article INTEGER, PRIMARY KEY (band, key, article)) WITHOUT ROWID
 * </pre>
 *
 * A signature is its values as little-endian 32-bit integers ({@code 4 × permutations} bytes); a
 * band key is {@link LshParams#bandKeys} as a signed 64-bit integer. {@code band_keys} is a
 * clustered B-tree on (band, key, article): it is the index on (band, key), holds every row once
 * and answers a lookup without touching a table.
 *
 * <p>Durability and concurrency: every write is one {@code BEGIN IMMEDIATE} transaction, so a
 * process killed at any moment leaves whole transactions only, and two writers queue for the write
 * lock (waiting up to the busy timeout) instead of failing half-way. {@code synchronous = NORMAL}:
 * a crash of the process loses nothing committed; a power cut may lose the last commits but never
 * corrupts the file. Readers never wait for writers.
 *
 * <p>Not thread-safe: one instance per thread.
 */
public final class SqliteIndex implements ArticleIndex {
  public static final int SCHEMA_VERSION = SqliteSchema.VERSION;

  /** How long a write waits for another process's transaction before giving up. */
  public static final int DEFAULT_BUSY_TIMEOUT_MILLIS = 60_000;

  private final Path file;
  private final Connection connection;
  private final IndexSettings settings;
  private final LshParams lsh;
  private final PreparedStatement byId;
  private final PreparedStatement byNumber;
  private final PreparedStatement lookup;
  private final PreparedStatement candidateRows;
  private final SqliteTransactions transactions;
  private final SqliteWriter writer;
  private boolean closed;

  private SqliteIndex(
      Path file, Connection connection, IndexSettings settings, int busyTimeoutMillis)
      throws SQLException {
    this.file = file;
    this.transactions = new SqliteTransactions(file, connection, busyTimeoutMillis);
    this.connection = connection;
    this.settings = settings;
    this.lsh = settings.lsh();
    this.writer = new SqliteWriter(connection, lsh, settings.hash());
    String columns = "num, id, source, tokens, shingles, signature, added_at";
    byId = connection.prepareStatement("SELECT " + columns + " FROM articles WHERE id = ?");
    byNumber = connection.prepareStatement("SELECT " + columns + " FROM articles WHERE num = ?");
    lookup =
        connection.prepareStatement("SELECT article FROM band_keys WHERE band = ? AND key = ?");
    // One statement per query article: SQLite probes (band, key) for every band, deduplicates the
    // articles and reads their rows, so only the candidates cross into Java.
    StringBuilder values = new StringBuilder();
    for (int b = 0; b < settings.bands(); b++) {
      values.append(b == 0 ? "" : ", ").append('(').append(b).append(", ?)");
    }
    candidateRows =
        connection.prepareStatement(
            "WITH q (band, key) AS (VALUES "
                + values
                + ")"
                + " SELECT num, shingles, signature FROM articles WHERE num IN"
                + " (SELECT k.article FROM q JOIN band_keys k ON k.band = q.band AND k.key = q.key) ORDER BY num");
  }

  /**
   * Opens the index in {@code file}.
   *
   * @param file the database file
   * @param forNew settings written when the file is new (or has no index yet); an existing index
   *     keeps the settings it was created with, see {@link #settings()}
   * @param create whether a missing file is created
   * @throws IllegalArgumentException when the file is missing (and {@code create} is false), is not
   *     a neardup index, or was made by another normaliser version or schema
   * @throws IndexBusyException when creating it waited too long for another process
   */
  public static SqliteIndex open(Path file, IndexSettings forNew, boolean create) {
    return open(file, forNew, create, DEFAULT_BUSY_TIMEOUT_MILLIS);
  }

  /** {@link #open(Path, IndexSettings, boolean)} with another busy timeout. */
  public static SqliteIndex open(
      Path file, IndexSettings forNew, boolean create, int busyTimeoutMillis) {
    if (!create && !Files.exists(file)) {
      throw new IllegalArgumentException(file + ": no such index");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": not a file");
    }
    SqliteNativeLibrary.install();
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(busyTimeoutMillis);
    if (!create) {
      config.resetOpenMode(SQLiteOpenMode.CREATE);
    }
    Connection connection = null;
    try {
      connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = connection.createStatement()) {
        // Fails with NOTADB here when the file is not SQLite at all.
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("PRAGMA synchronous = NORMAL");
        s.execute("PRAGMA cache_size = -131072"); // 128 MiB of pages for large batches
        s.execute("PRAGMA mmap_size = 4294967296"); // reads straight from the OS page cache
      }
      IndexSettings stored = SqliteSchema.readSettings(file, connection);
      if (stored == null) {
        if (!create) {
          throw new IllegalArgumentException(file + " is not a neardup index (no meta table)");
        }
        stored = SqliteSchema.initialise(file, connection, forNew);
      }
      return new SqliteIndex(file, connection, stored, busyTimeoutMillis);
    } catch (SQLException e) {
      SqliteTransactions.closeQuietly(connection);
      if (e instanceof SQLiteException x && x.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB) {
        throw new IllegalArgumentException(
            file + " is not a neardup index (not an SQLite database)", e);
      }
      throw SqliteTransactions.failure(file, "cannot open", e, busyTimeoutMillis);
    } catch (RuntimeException e) {
      SqliteTransactions.closeQuietly(connection);
      throw e;
    }
  }

  @Override
  public IndexSettings settings() {
    return settings;
  }

  public Path file() {
    return file;
  }

  @Override
  public AddResult addBatch(List<NewArticle> batch, boolean replace) {
    for (NewArticle a : batch) {
      checkLength(a.sketch().signature());
    }
    if (batch.isEmpty()) {
      return AddResult.NONE;
    }
    return transactions.write("add a batch to", () -> writer.add(batch, replace, this::article));
  }

  @Override
  public boolean contains(String id) {
    return article(id) != null;
  }

  @Override
  public IndexedArticle article(String id) {
    try {
      byId.setString(1, id);
      return readOne(byId);
    } catch (SQLException e) {
      throw transactions.failure("cannot read", e);
    }
  }

  @Override
  public IndexedArticle article(long number) {
    try {
      byNumber.setLong(1, number);
      return readOne(byNumber);
    } catch (SQLException e) {
      throw transactions.failure("cannot read", e);
    }
  }

  private IndexedArticle readOne(PreparedStatement query) throws SQLException {
    try (ResultSet r = query.executeQuery()) {
      if (!r.next()) {
        return null;
      }
      Signature signature = Signature.fromBytes(r.getBytes(6));
      checkLength(signature);
      Sketch sketch = new Sketch(r.getString(2), r.getInt(4), r.getInt(5), signature);
      return new IndexedArticle(r.getLong(1), sketch, r.getString(3), r.getString(7));
    }
  }

  @Override
  public long[] candidates(Signature signature) {
    checkLength(signature);
    long[] keys = lsh.bandKeys(signature);
    long[] found = new long[16];
    int count = 0;
    try {
      for (int b = 0; b < keys.length; b++) {
        lookup.setInt(1, b);
        lookup.setLong(2, keys[b]);
        try (ResultSet r = lookup.executeQuery()) {
          while (r.next()) {
            if (count == found.length) {
              found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = r.getLong(1);
          }
        }
      }
    } catch (SQLException e) {
      throw transactions.failure("cannot read", e);
    }
    long[] sorted = Arrays.copyOf(found, count);
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (distinct == 0 || sorted[i] != sorted[distinct - 1]) {
        sorted[distinct++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, distinct);
  }

  @Override
  public void forEachCandidate(Signature signature, CandidateVisitor visitor) {
    checkLength(signature);
    long[] keys = lsh.bandKeys(signature);
    try {
      for (int b = 0; b < keys.length; b++) {
        candidateRows.setLong(b + 1, keys[b]);
      }
      try (ResultSet r = candidateRows.executeQuery()) {
        while (r.next()) {
          visitor.visit(r.getLong(1), r.getInt(2), Signature.fromBytes(r.getBytes(3)));
        }
      }
    } catch (SQLException e) {
      throw transactions.failure("cannot read", e);
    }
  }

  @Override
  public List<String> remove(Collection<String> ids) {
    List<String> wanted = List.copyOf(ids);
    if (wanted.isEmpty()) {
      return List.of();
    }
    return transactions.write(
        "remove articles from",
        () -> {
          List<String> removed = new ArrayList<>();
          for (String id : wanted) {
            IndexedArticle a = article(id);
            if (a != null) {
              writer.delete(a);
              removed.add(id);
            }
          }
          return removed;
        });
  }

  @Override
  public IndexStats stats() {
    return SqliteHealth.stats(file, connection, settings, transactions);
  }

  /**
   * Runs SQLite's full consistency check ({@code PRAGMA integrity_check}) and checks that every
   * article has exactly one band key per band.
   *
   * @return problems found; empty when the index is sound
   */
  public List<String> check() {
    return SqliteHealth.check(connection, settings, transactions);
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      byId.close();
      byNumber.close();
      lookup.close();
      candidateRows.close();
      connection.close();
    } catch (SQLException e) {
      throw transactions.failure("cannot close", e);
    }
  }

  private void checkLength(Signature signature) {
    if (signature.length() != settings.fingerprint().permutations()) {
      throw new IllegalArgumentException(
          "signature of "
              + signature.length()
              + " values does not fit an index of "
              + settings.fingerprint().permutations()
              + " permutations");
    }
  }
}
