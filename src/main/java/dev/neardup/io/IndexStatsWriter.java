package dev.neardup.io;

import dev.neardup.store.IndexSettings;
import dev.neardup.store.IndexStats;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes what an index holds and how big it is ({@code index stats}): aligned text with sizes in
 * binary units, or one line of JSON with the raw counts; with the problems of an integrity check
 * when one was run.
 */
public final class IndexStatsWriter {
  private final OutputFormat format;

  /**
   * @param format {@link OutputFormat#TEXT} or {@link OutputFormat#JSON}
   */
  public IndexStatsWriter(OutputFormat format) {
    this.format = Objects.requireNonNull(format, "format");
  }

  /**
   * Writes the statistics of the index at {@code file}.
   *
   * @param problems what the integrity check found (empty when none), or null when none was run
   */
  public void write(Path file, IndexStats s, List<String> problems, PrintWriter out) {
    if (format == OutputFormat.JSON) {
      out.println(JsonOutput.line(toJson(file, s, problems)));
    } else {
      printText(file, s, problems, out);
    }
  }

  private static Map<String, Object> toJson(Path file, IndexStats s, List<String> problems) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("index", file.toString());
    m.put("schema_version", s.schema());
    m.put("articles", s.articles());
    m.put("band_keys", s.bandKeys());
    m.put("file_bytes", s.fileBytes());
    m.put("wal_bytes", s.walBytes());
    m.put("bytes_per_article", Math.round(s.bytesPerArticle()));
    m.put("page_size", s.pageSize());
    m.put("pages", s.pages());
    m.put("free_pages", s.freePages());
    m.put("created_at", s.createdAt());
    m.put("last_added_at", s.lastAddedAt());
    m.put("settings", settingsJson(s.settings()));
    if (problems != null) {
      m.put("check", problems.isEmpty() ? "ok" : problems);
    }
    return m;
  }

  private static Map<String, Object> settingsJson(IndexSettings set) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("normalizer_version", set.fingerprint().normalizerVersion());
    settings.put("shingle", set.fingerprint().shingleKind().name().toLowerCase(Locale.ROOT));
    settings.put("shingle_size", set.fingerprint().shingleSize());
    settings.put("sample", set.fingerprint().sampling());
    settings.put("permutations", set.fingerprint().permutations());
    settings.put("seed", set.fingerprint().seed());
    settings.put("bands", set.bands());
    settings.put("rows", set.rows());
    settings.put("hash", set.hash());
    return settings;
  }

  private static void printText(Path file, IndexStats s, List<String> problems, PrintWriter out) {
    IndexSettings set = s.settings();
    out.printf(Locale.ROOT, "index:        %s (schema %d)%n", file, s.schema());
    out.printf(Locale.ROOT, "articles:     %,d%n", s.articles());
    out.printf(Locale.ROOT, "settings:     %s (hash %s)%n", set.describe(), set.hash());
    out.printf(Locale.ROOT, "band keys:    %,d%n", s.bandKeys());
    out.printf(
        Locale.ROOT,
        "file size:    %s + %s write-ahead log; %,.0f bytes per article%n",
        size(s.fileBytes()),
        size(s.walBytes()),
        s.bytesPerArticle());
    out.printf(
        Locale.ROOT,
        "pages:        %,d of %,d bytes, %,d free%n",
        s.pages(),
        s.pageSize(),
        s.freePages());
    out.printf(Locale.ROOT, "created:      %s%n", s.createdAt());
    out.printf(Locale.ROOT, "last added:   %s%n", s.lastAddedAt() == null ? "-" : s.lastAddedAt());
    if (problems != null) {
      out.printf(
          Locale.ROOT,
          "check:        %s%n",
          problems.isEmpty() ? "ok" : String.join("; ", problems));
    }
  }

  /** {@code bytes} in the largest binary unit that leaves at least 1, to one decimal. */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double v = bytes;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }
}
