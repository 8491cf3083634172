package dev.neardup.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What {@code neardup index stats} and {@code index check} read off an index file. */
final class SqliteHealth {
  private SqliteHealth() {}

  static IndexStats stats(
      Path file, Connection connection, IndexSettings settings, SqliteTransactions transactions) {
    try (Statement s = connection.createStatement()) {
      long articles = single(s, "SELECT count(*) FROM articles");
      String last = null;
      try (ResultSet r =
          s.executeQuery("SELECT added_at FROM articles ORDER BY num DESC LIMIT 1")) {
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
      return new IndexStats(
          settings,
          articles,
          articles * settings.bands(),
          Files.size(file),
          walBytes,
          pageSize,
          pages,
          free,
          created,
          last,
          SqliteSchema.VERSION);
    } catch (SQLException e) {
      throw transactions.failure("cannot read", e);
    } catch (IOException e) {
      throw new IndexException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Runs SQLite's full consistency check ({@code PRAGMA integrity_check}) and checks that every
   * article has exactly one band key per band.
   *
   * @return problems found; empty when the index is sound
   */
  static List<String> check(
      Connection connection, IndexSettings settings, SqliteTransactions transactions) {
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
      if (keys != articles * settings.bands()) {
        problems.add(
            keys + " band keys for " + articles + " articles × " + settings.bands() + " bands");
      }
      long orphans =
          single(
              s, "SELECT count(*) FROM band_keys WHERE article NOT IN (SELECT num FROM articles)");
      if (orphans > 0) {
        problems.add(orphans + " band keys of missing articles");
      }
    } catch (SQLException e) {
      throw transactions.failure("cannot check", e);
    }
    return problems;
  }

  private static long single(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
