package dev.neardup.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Where sqlite-jdbc loads its native library from. By default it copies the library (about 1 MB)
 * out of the jar into {@code java.io.tmpdir} under a fresh name on every start and deletes it at
 * exit, so every killed run (and every test JVM that dies hard) leaves a copy behind. Instead the
 * library is copied once per sqlite-jdbc version into the user's cache directory ({@code
 * $XDG_CACHE_HOME/neardup}, else {@code ~/.cache/neardup}) and loaded from there through
 * sqlite-jdbc's {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name} properties. When that
 * fails (no home, read-only disk, a platform without a bundled library) sqlite-jdbc's own way is
 * left in place. Properties set by the user win.
 */
final class SqliteNativeLibrary {
  private static final String LIBRARY = System.mapLibraryName("sqlitejdbc");

  private SqliteNativeLibrary() {}

  /** Points sqlite-jdbc at the cached copy, making it if needed; idempotent. */
  static synchronized void install() {
    if (System.getProperty("org.sqlite.lib.path") != null
        || System.getProperty("org.sqlite.tmpdir") != null) {
      return;
    }
    try {
      Path dir =
          cacheDir()
              .resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
              .resolve(OSInfo.getNativeLibFolderPathForCurrentOS());
      Path library = dir.resolve(LIBRARY);
      if (!Files.isRegularFile(library)) {
        String resource =
            "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + LIBRARY;
        try (InputStream in = SqliteNativeLibrary.class.getResourceAsStream(resource)) {
          if (in == null) {
            return;
          }
          Files.createDirectories(dir);
          // Copied under a temporary name and renamed, so a concurrent or killed run never loads
          // half a file.
          Path temp = Files.createTempFile(dir, LIBRARY, ".tmp");
          try {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(
                temp, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
          } finally {
            Files.deleteIfExists(temp);
          }
        }
      }
      System.setProperty("org.sqlite.lib.path", dir.toString());
      System.setProperty("org.sqlite.lib.name", LIBRARY);
    } catch (IOException | RuntimeException e) {
      // sqlite-jdbc extracts to the temporary directory itself, as it always did.
    }
  }

  private static Path cacheDir() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "neardup");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "neardup");
  }
}
