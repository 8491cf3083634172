package dev.neardup.cli;

import dev.neardup.core.Settings;
import dev.neardup.store.IndexSettings;
import dev.neardup.store.SqliteIndex;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * Opens the index a command names and reconciles it with the command's matching options: options
 * left out take the index's stored values; options given that contradict them are an error (the
 * stored signatures and band keys could not be compared with the new ones).
 */
final class IndexOpening {

  private IndexOpening() {}

  /**
   * An open index and the settings to fingerprint and match with.
   *
   * @param index the open index (the caller closes it)
   * @param settings the command's settings with the index's shingling, permutations, seed and
   *     banding
   */
  record Opened(SqliteIndex index, Settings settings) {}

  /**
   * @throws UsageException (exit 2) when the file is missing and {@code create} is false, is not an
   *     index, or a matching option given contradicts its settings
   */
  static Opened open(Path file, MatchingOptions matching, CommandSpec spec, boolean create) {
    return open(file, matching, spec, create, SqliteIndex.DEFAULT_BUSY_TIMEOUT_MILLIS / 1000.0);
  }

  /**
   * {@link #open(Path, MatchingOptions, CommandSpec, boolean)} waiting at most {@code busySeconds}
   * for a lock.
   */
  static Opened open(
      Path file, MatchingOptions matching, CommandSpec spec, boolean create, double busySeconds) {
    Settings requested = matching.settings();
    SqliteIndex index =
        openFile(file, IndexSettings.of(requested), create, busyMillis(busySeconds));
    try {
      IndexSettings stored = index.settings();
      ParseResult parsed = spec.commandLine().getParseResult();
      List<String> contradicting =
          StoredSettings.contradictions(parsed, requested.fingerprint(), stored.fingerprint());
      if ((parsed.hasMatchedOption("--lsh-threshold") || parsed.hasMatchedOption("--bands"))
          && !requested.lshParams().equals(stored.lsh())) {
        contradicting.add(
            "a banding of "
                + requested.lshParams().bands()
                + " bands × "
                + requested.lshParams().rows()
                + " rows");
      }
      StoredSettings.refuse(contradicting, file, "was built with " + stored.describe());
      return new Opened(index, stored.applyTo(requested));
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /**
   * @throws UsageException (exit 2) when {@code seconds} is negative or not a number
   */
  static int busyMillis(double seconds) {
    if (!(seconds >= 0 && seconds <= 86_400)) {
      throw new UsageException("--busy-timeout must be in [0, 86400] seconds: " + seconds);
    }
    return (int) Math.round(seconds * 1000);
  }

  /**
   * {@link SqliteIndex#open(Path, IndexSettings, boolean, int)}, a file that is missing, not an
   * index or of another version being bad usage (the option named the wrong file).
   */
  static SqliteIndex openFile(Path file, IndexSettings settings, boolean create, int busyMillis) {
    try {
      return SqliteIndex.open(file, settings, create, busyMillis);
    } catch (IllegalArgumentException e) {
      throw UsageException.of(e);
    }
  }
}
