package dev.neardup.store;

import dev.neardup.core.text.NewsNormalizer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tables of an index file and its {@code meta} rows: creating them once, and reading the
 * settings back with every check that they can be used by this build.
 */
final class SqliteSchema {
  static final int VERSION = 1;

  private static final String[] TABLES = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS articles (num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, source TEXT NOT NULL,"
        + " tokens INTEGER NOT NULL, shingles INTEGER NOT NULL, signature BLOB NOT NULL, added_at TEXT NOT NULL,"
        + " settings_hash TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS band_keys (band INTEGER NOT NULL, key INTEGER NOT NULL, article INTEGER NOT NULL,"
        + " PRIMARY KEY (band, key, article)) WITHOUT ROWID"
  };

  private SqliteSchema() {}

  /** Creates the schema and writes the settings, unless another process just did. */
  static IndexSettings initialise(Path file, Connection c, IndexSettings forNew)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
      try {
        try (ResultSet r =
            s.executeQuery(
                "SELECT count(*) FROM sqlite_schema WHERE name NOT IN"
                    + " ('meta', 'articles', 'band_keys', 'sqlite_autoindex_articles_1', 'sqlite_autoindex_meta_1',"
                    + " 'sqlite_autoindex_band_keys_1')")) {
          if (r.next() && r.getLong(1) > 0) {
            throw new IllegalArgumentException(
                file + " is an SQLite database but not a neardup index");
          }
        }
        for (String sql : TABLES) {
          s.execute(sql);
        }
        boolean empty;
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM meta")) {
          empty = r.next() && r.getLong(1) == 0;
        }
        if (empty) {
          Map<String, String> meta = new LinkedHashMap<>();
          meta.put("schema_version", Integer.toString(VERSION));
          meta.putAll(forNew.fields());
          meta.put("settings_hash", forNew.hash());
          meta.put("settings", forNew.canonical());
          meta.put("signature_encoding", "little-endian int32 per permutation");
          meta.put("created_at", now());
          try (PreparedStatement p =
              c.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)")) {
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
        SqliteTransactions.rollbackQuietly(c);
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
  static IndexSettings readSettings(Path file, Connection c) throws SQLException {
    Map<String, String> meta = new HashMap<>();
    try (Statement s = c.createStatement()) {
      try (ResultSet r =
          s.executeQuery(
              "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'meta'")) {
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
    if (!Integer.toString(VERSION).equals(schema)) {
      throw new IllegalArgumentException(
          schema != null && schema.matches("\\d{1,9}")
              ? file
                  + " has index schema version "
                  + schema
                  + "; this neardup reads version "
                  + VERSION
              : file + " is not a neardup index (bad meta table: schema_version " + schema + ")");
    }
    IndexSettings stored;
    try {
      stored = IndexSettings.fromFields(meta);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          file + " is not a neardup index (bad meta table: " + e.getMessage() + ")", e);
    }
    String unsignable = stored.fingerprint().unsignableReason(file.toString());
    if (unsignable != null) {
      throw new IllegalArgumentException(unsignable + " with new ones; rebuild the index");
    }
    if (!stored.fingerprint().normalizedHere()) {
      throw new IllegalArgumentException(
          file
              + " was built with normalizer version "
              + stored.fingerprint().normalizerVersion()
              + " and this neardup normalises with version "
              + NewsNormalizer.VERSION
              + ": its signatures cannot be compared with new ones; rebuild the index");
    }
    return stored;
  }

  static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
