package dev.neardup.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Write transactions on one index connection and what their failures mean: a lock held by another
 * process ({@link IndexBusyException}, retried within the busy timeout) or anything else ({@link
 * IndexException}), each naming the file.
 */
final class SqliteTransactions {
  private final Path file;
  private final Connection connection;
  private final int busyTimeoutMillis;

  SqliteTransactions(Path file, Connection connection, int busyTimeoutMillis) {
    this.file = file;
    this.connection = connection;
    this.busyTimeoutMillis = busyTimeoutMillis;
  }

  /** A unit of work inside one write transaction. */
  interface Work<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code work} in a {@code BEGIN IMMEDIATE} transaction, committing on success and rolling
   * back on any failure. The busy timeout covers waiting for the write lock; a busy error that
   * still gets through (SQLite returns some without waiting) is retried a few times.
   */
  <T> T write(String what, Work<T> work) {
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
      return code == SQLiteErrorCode.SQLITE_BUSY
          || code == SQLiteErrorCode.SQLITE_LOCKED
          || code.name().startsWith("SQLITE_BUSY_")
          || code.name().startsWith("SQLITE_LOCKED_");
    }
    return false;
  }

  /**
   * The failure of a read or write of this index: {@link IndexBusyException} or {@link
   * IndexException}.
   */
  RuntimeException failure(String what, SQLException e) {
    return failure(file, what, e, busyTimeoutMillis);
  }

  static RuntimeException failure(Path file, String what, SQLException e, int busyTimeoutMillis) {
    if (isBusy(e)) {
      return new IndexBusyException(
          file
              + ": index is locked by another process (waited "
              + busyTimeoutMillis / 1000.0
              + " s); nothing was written, try again",
          e);
    }
    String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    return new IndexException(file + ": " + what + " the index: " + reason, e);
  }

  static void rollbackQuietly(Connection c) {
    try (Statement s = c.createStatement()) {
      s.execute("ROLLBACK");
    } catch (SQLException ignored) {
      // no transaction open, or the connection is gone: nothing to undo
    }
  }

  static void closeQuietly(Connection c) {
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
