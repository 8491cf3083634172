package dev.neardup.store;

import dev.neardup.core.lsh.LshParams;
import dev.neardup.core.minhash.MinHasher;
import dev.neardup.core.minhash.Signature;
import dev.neardup.core.minhash.Sketch;
import dev.neardup.core.shingle.ShingleKind;
import dev.neardup.core.text.NewsNormalizer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * An {@link ArticleIndex} in one SQLite file (WAL mode), readable with the {@code sqlite3} shell.
 *
 * <p>Schema (version {@value #SCHEMA_VERSION}):
 * <pre>
 * meta(key TEXT PRIMARY KEY, value TEXT)          -- schema, settings, settings_hash, minhash_version, created_at
 * articles(num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, source TEXT, tokens INTEGER,
 *          shingles INTEGER, signature BLOB, added_at TEXT, settings_hash TEXT)
 * band_keys(band INTEGER, key INTEGER, article INTEGER, PRIMARY KEY (band, key, article)) WITHOUT ROWID
 * </pre>
 * A signature is its values as little-endian 32-bit integers ({@code 4 × permutations} bytes);
 * a band key is {@link LshParams#bandKeys} as a signed 64-bit integer. {@code band_keys} is a
 * clustered B-tree on (band, key, article): it is the index on (band, key), holds every row once
 * and answers a lookup without touching a table.
 *
 * <p>Durability and concurrency: every write is one {@code BEGIN IMMEDIATE} transaction, so a
 * process killed at any moment leaves whole transactions only, and two writers queue for the
 * write lock (waiting up to the busy timeout) instead of failing half-way. {@code synchronous =
 * NORMAL}: a crash of the process loses nothing committed; a power cut may lose the last commits
 * but never corrupts the file. Readers never wait for writers.
 *
 * <p>Not thread-safe: one instance per thread.
 */
public final class SqliteIndex implements ArticleIndex {
  public static final int SCHEMA_VERSION = 1;
  /** How long a write waits for another process's transaction before giving up. */
  public static final int DEFAULT_BUSY_TIMEOUT_MILLIS = 60_000;

  private static final String[] SCHEMA = {
      "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
      "CREATE TABLE IF NOT EXISTS articles (num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, source TEXT NOT NULL,"
          + " tokens INTEGER NOT NULL, shingles INTEGER NOT NULL, signature BLOB NOT NULL, added_at TEXT NOT NULL,"
          + " settings_hash TEXT NOT NULL)",
      "CREATE TABLE IF NOT EXISTS band_keys (band INTEGER NOT NULL, key INTEGER NOT NULL, article INTEGER NOT NULL,"
          + " PRIMARY KEY (band, key, article)) WITHOUT ROWID"};

  private final Path file;
  private final Connection connection;
  private final IndexSettings settings;
  private final LshParams lsh;
  private final String settingsHash;
  private final PreparedStatement byId;
  private final PreparedStatement byNumber;
  private final PreparedStatement lookup;
  private final PreparedStatement candidateRows;
  private final int busyTimeoutMillis;
  private boolean closed;

  private SqliteIndex(Path file, Connection connection, IndexSettings settings, int busyTimeoutMillis)
      throws SQLException {
    this.file = file;
    this.busyTimeoutMillis = busyTimeoutMillis;
    this.connection = connection;
    this.settings = settings;
    this.lsh = settings.lsh();
    this.settingsHash = settings.hash();
    String columns = "num, id, source, tokens, shingles, signature, added_at";
    byId = connection.prepareStatement("SELECT " + columns + " FROM articles WHERE id = ?");
    byNumber = connection.prepareStatement("SELECT " + columns + " FROM articles WHERE num = ?");
    lookup = connection.prepareStatement("SELECT article FROM band_keys WHERE band = ? AND key = ?");
    // One statement per query article: SQLite probes (band, key) for every band, deduplicates the
    // articles and reads their rows, so only the candidates cross into Java.
    StringBuilder values = new StringBuilder();
    for (int b = 0; b < settings.bands(); b++) {
      values.append(b == 0 ? "" : ", ").append('(').append(b).append(", ?)");
    }
    candidateRows = connection.prepareStatement("WITH q (band, key) AS (VALUES " + values + ")"
        + " SELECT num, shingles, signature FROM articles WHERE num IN"
        + " (SELECT k.article FROM q JOIN band_keys k ON k.band = q.band AND k.key = q.key) ORDER BY num");
  }

  /**
   * Opens the index in {@code file}.
   *
   * @param file   the database file
   * @param forNew settings written when the file is new (or has no index yet); an existing index
   *               keeps the settings it was created with, see {@link #settings()}
   * @param create whether a missing file is created
   * @throws IllegalArgumentException when the file is missing (and {@code create} is false), is not
   *     a neardup index, or was made by another normaliser version or schema
   * @throws IndexBusyException       when creating it waited too long for another process
   */
  public static SqliteIndex open(Path file, IndexSettings forNew, boolean create) {
    return open(file, forNew, create, DEFAULT_BUSY_TIMEOUT_MILLIS);
  }

  /** {@link #open(Path, IndexSettings, boolean)} with another busy timeout. */
  public static SqliteIndex open(Path file, IndexSettings forNew, boolean create, int busyTimeoutMillis) {
    if (!create && !Files.exists(file)) {
      throw new IllegalArgumentException(file + ": no such index");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": not a file");
    }
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
      IndexSettings stored = readSettings(file, connection);
      if (stored == null) {
        if (!create) {
          throw new IllegalArgumentException(file + " is not a neardup index (no meta table)");
        }
        stored = initialise(file, connection, forNew);
      }
      return new SqliteIndex(file, connection, stored, busyTimeoutMillis);
    } catch (SQLException e) {
      closeQuietly(connection);
      if (e instanceof SQLiteException x && x.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB) {
        throw new IllegalArgumentException(file + " is not a neardup index (not an SQLite database)", e);
      }
      throw failure(file, "cannot open", e, busyTimeoutMillis);
    } catch (RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  /** Creates the schema and writes the settings, unless another process just did. */
  private static IndexSettings initialise(Path file, Connection c, IndexSettings forNew) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
      try {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_schema WHERE name NOT IN"
            + " ('meta', 'articles', 'band_keys', 'sqlite_autoindex_articles_1', 'sqlite_autoindex_meta_1',"
            + " 'sqlite_autoindex_band_keys_1')")) {
          if (r.next() && r.getLong(1) > 0) {
            throw new IllegalArgumentException(file + " is an SQLite database but not a neardup index");
          }
        }
        for (String sql : SCHEMA) {
          s.execute(sql);
        }
        boolean empty;
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM meta")) {
          empty = r.next() && r.getLong(1) == 0;
        }
        if (empty) {
          Map<String, String> meta = new java.util.LinkedHashMap<>();
          meta.put("schema_version", Integer.toString(SCHEMA_VERSION));
          meta.putAll(forNew.fields());
          meta.put("settings_hash", forNew.hash());
          meta.put("settings", forNew.canonical());
          meta.put("signature_encoding", "little-endian int32 per permutation");
          meta.put("created_at", now());
          try (PreparedStatement p = c.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)")) {
            for (Map.Entry<String, String> e : meta.entrySet()) {
              p.setString(1, e.getKey());
              p.setString(2, e.getValue());
              p.addBatch();
            }
            p.executeBatch();
          }
        }
        s.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c);
        throw e;
      }
    }
    IndexSettings stored = readSettings(file, c);
    if (stored == null) {
      throw new IllegalStateException(file + ": settings missing right after writing them");
    }
    return stored;
  }

  /** The stored settings, or null when the file holds no index yet. */
  private static IndexSettings readSettings(Path file, Connection c) throws SQLException {
    Map<String, String> meta = new HashMap<>();
    try (Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'meta'")) {
        if (!r.next() || r.getLong(1) == 0) {
          return null;
        }
      }
      try (ResultSet r = s.executeQuery("SELECT key, value FROM meta")) {
        while (r.next()) {
          meta.put(r.getString(1), r.getString(2));
        }
      }
    }
    if (meta.isEmpty()) {
      return null;
    }
    String schema = meta.get("schema_version");
    if (!Integer.toString(SCHEMA_VERSION).equals(schema)) {
      throw new IllegalArgumentException(schema != null && schema.matches("\\d{1,9}")
          ? file + " has index schema version " + schema + "; this neardup reads version " + SCHEMA_VERSION
          : file + " is not a neardup index (bad meta table: schema_version " + schema + ")");
    }
    IndexSettings stored;
    try {
      stored = IndexSettings.fromFields(meta);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + " is not a neardup index (bad meta table: " + e.getMessage() + ")", e);
    }
    String unsignable = stored.fingerprint().unsignableReason(file.toString());
    if (unsignable != null) {
      throw new IllegalArgumentException(unsignable + " with new ones; rebuild the index");
    }
    if (!stored.fingerprint().normalizedHere()) {
      throw new IllegalArgumentException(file + " was built with normalizer version "
          + stored.fingerprint().normalizerVersion() + " and this neardup normalises with version "
          + NewsNormalizer.VERSION + ": its signatures cannot be compared with new ones; rebuild the index");
    }
    return stored;
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
    return write("add a batch to", () -> {
      int added = 0;
      int replaced = 0;
      int skipped = 0;
      long next;
      try (Statement s = connection.createStatement();
          ResultSet r = s.executeQuery("SELECT coalesce(max(num), 0) FROM articles")) {
        r.next();
        next = r.getLong(1) + 1;
      }
      String addedAt = now();
      int bands = lsh.bands();
      // Keys of the whole batch, inserted in (band, key) order for locality in the B-tree.
      long[] keys = new long[batch.size() * bands];
      long[] owners = new long[keys.length];
      int[] bandOf = new int[keys.length];
      int k = 0;
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO articles"
          + " (num, id, source, tokens, shingles, signature, added_at, settings_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (NewArticle a : batch) {
          Sketch sketch = a.sketch();
          IndexedArticle present = article(sketch.id());
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
          insert.setLong(1, num);
          insert.setString(2, sketch.id());
          insert.setString(3, a.source());
          insert.setInt(4, sketch.tokenCount());
          insert.setInt(5, sketch.shingleCount());
          insert.setBytes(6, encode(sketch.signature()));
          insert.setString(7, addedAt);
          insert.setString(8, settingsHash);
          insert.executeUpdate();
          long[] articleKeys = lsh.bandKeys(sketch.signature());
          for (int b = 0; b < bands; b++) {
            bandOf[k] = b;
            keys[k] = articleKeys[b];
            owners[k] = num;
            k++;
          }
        }
      }
      Integer[] order = new Integer[k];
      for (int i = 0; i < k; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (x, y) -> bandOf[x] != bandOf[y] ? Integer.compare(bandOf[x], bandOf[y])
          : keys[x] != keys[y] ? Long.compare(keys[x], keys[y]) : Long.compare(owners[x], owners[y]));
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO band_keys (band, key, article) VALUES (?, ?, ?)")) {
        for (int i : order) {
          insert.setInt(1, bandOf[i]);
          insert.setLong(2, keys[i]);
          insert.setLong(3, owners[i]);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      return new AddResult(added, replaced, skipped);
    });
  }

  /** Deletes an article and its band keys; inside a write transaction. */
  private void delete(IndexedArticle a) throws SQLException {
    long[] keys = lsh.bandKeys(a.sketch().signature());
    try (PreparedStatement p = connection.prepareStatement(
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
      throw failure(file, "cannot read", e);
    }
  }

  @Override
  public IndexedArticle article(long number) {
    try {
      byNumber.setLong(1, number);
      return readOne(byNumber);
    } catch (SQLException e) {
      throw failure(file, "cannot read", e);
    }
  }

  private IndexedArticle readOne(PreparedStatement query) throws SQLException {
    try (ResultSet r = query.executeQuery()) {
      if (!r.next()) {
        return null;
      }
      Signature signature = decode(r.getBytes(6));
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
      throw failure(file, "cannot read", e);
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
          visitor.visit(r.getLong(1), r.getInt(2), decode(r.getBytes(3)));
        }
      }
    } catch (SQLException e) {
      throw failure(file, "cannot read", e);
    }
  }

  @Override
  public List<String> remove(Collection<String> ids) {
    List<String> wanted = List.copyOf(ids);
    if (wanted.isEmpty()) {
      return List.of();
    }
    return write("remove articles from", () -> {
      List<String> removed = new ArrayList<>();
      for (String id : wanted) {
        IndexedArticle a = article(id);
        if (a != null) {
          delete(a);
          removed.add(id);
        }
      }
      return removed;
    });
  }

  @Override
  public IndexStats stats() {
    try (Statement s = connection.createStatement()) {
      long articles = single(s, "SELECT count(*) FROM articles");
      String last = null;
      try (ResultSet r = s.executeQuery("SELECT added_at FROM articles ORDER BY num DESC LIMIT 1")) {
        if (r.next()) {
          last = r.getString(1);
        }
      }
      String created;
      try (ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'created_at'")) {
        created = r.next() ? r.getString(1) : "";
      }
      int pageSize = (int) single(s, "PRAGMA page_size");
      long pages = single(s, "PRAGMA page_count");
      long free = single(s, "PRAGMA freelist_count");
      Path wal = file.resolveSibling(file.getFileName() + "-wal");
      long walBytes = Files.exists(wal) ? Files.size(wal) : 0;
      return new IndexStats(settings, articles, articles * lsh.bands(), Files.size(file), walBytes, pageSize, pages,
          free, created, last, SCHEMA_VERSION);
    } catch (SQLException e) {
      throw failure(file, "cannot read", e);
    } catch (java.io.IOException e) {
      throw new IndexException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Runs SQLite's full consistency check ({@code PRAGMA integrity_check}) and checks that every
   * article has exactly one band key per band.
   *
   * @return problems found; empty when the index is sound
   */
  public List<String> check() {
    List<String> problems = new ArrayList<>();
    try (Statement s = connection.createStatement()) {
      try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
        while (r.next()) {
          if (!r.getString(1).equals("ok")) {
            problems.add(r.getString(1));
          }
        }
      }
      long articles = single(s, "SELECT count(*) FROM articles");
      long keys = single(s, "SELECT count(*) FROM band_keys");
      if (keys != articles * lsh.bands()) {
        problems.add(keys + " band keys for " + articles + " articles × " + lsh.bands() + " bands");
      }
      long orphans = single(s, "SELECT count(*) FROM band_keys WHERE article NOT IN (SELECT num FROM articles)");
      if (orphans > 0) {
        problems.add(orphans + " band keys of missing articles");
      }
    } catch (SQLException e) {
      throw failure(file, "cannot check", e);
    }
    return problems;
  }

  private static long single(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
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
      throw failure(file, "cannot close", e);
    }
  }

  /** A unit of work inside one write transaction. */
  private interface Work<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code work} in a {@code BEGIN IMMEDIATE} transaction, committing on success and rolling
   * back on any failure. The busy timeout covers waiting for the write lock; a busy error that
   * still gets through (SQLite returns some without waiting) is retried a few times.
   */
  private <T> T write(String what, Work<T> work) {
    long start = System.nanoTime();
    for (int attempt = 1; ; attempt++) {
      try (Statement s = connection.createStatement()) {
        s.execute("BEGIN IMMEDIATE");
        try {
          T result = work.run();
          s.execute("COMMIT");
          return result;
        } catch (SQLException | RuntimeException e) {
          rollbackQuietly(connection);
          throw e;
        }
      } catch (SQLException e) {
        if (isBusy(e) && (System.nanoTime() - start) / 1_000_000 < busyTimeoutMillis) {
          sleep(Math.min(1000, 20L * attempt));
          continue;
        }
        throw failure(file, "cannot " + what, e, busyTimeoutMillis);
      }
    }
  }

  private static boolean isBusy(SQLException e) {
    if (e instanceof SQLiteException x) {
      SQLiteErrorCode code = x.getResultCode();
      return code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED
          || code.name().startsWith("SQLITE_BUSY_") || code.name().startsWith("SQLITE_LOCKED_");
    }
    return false;
  }

  private RuntimeException failure(Path file, String what, SQLException e) {
    return failure(file, what, e, busyTimeoutMillis);
  }

  private static RuntimeException failure(Path file, String what, SQLException e, int busyTimeoutMillis) {
    if (isBusy(e)) {
      return new IndexBusyException(file + ": index is locked by another process (waited "
          + busyTimeoutMillis / 1000.0 + " s); nothing was written, try again", e);
    }
    String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    return new IndexException(file + ": " + what + " the index: " + reason, e);
  }

  private void checkLength(Signature signature) {
    if (signature.length() != settings.fingerprint().permutations()) {
      throw new IllegalArgumentException("signature of " + signature.length() + " values does not fit an index of "
          + settings.fingerprint().permutations() + " permutations");
    }
  }

  /** Little-endian 32-bit integers, one per permutation. */
  static byte[] encode(Signature signature) {
    ByteBuffer b = ByteBuffer.allocate(4 * signature.length()).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < signature.length(); i++) {
      b.putInt(signature.value(i));
    }
    return b.array();
  }

  static Signature decode(byte[] bytes) {
    if (bytes == null || bytes.length == 0 || bytes.length % 4 != 0) {
      throw new IllegalArgumentException("stored signature of " + (bytes == null ? 0 : bytes.length)
          + " bytes is not a whole number of 32-bit values");
    }
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int[] values = new int[bytes.length / 4];
    for (int i = 0; i < values.length; i++) {
      values[i] = b.getInt();
    }
    return new Signature(values);
  }

  private static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static void rollbackQuietly(Connection c) {
    try (Statement s = c.createStatement()) {
      s.execute("ROLLBACK");
    } catch (SQLException ignored) {
      // no transaction open, or the connection is gone: nothing to undo
    }
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // already failing with a better message
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
