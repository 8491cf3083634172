package dev.neardup.cli;

import dev.neardup.io.JsonOutput;
import dev.neardup.io.OutputFormat;
import dev.neardup.store.IndexSettings;
import dev.neardup.store.IndexStats;
import dev.neardup.store.SqliteIndex;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code neardup index stats}: what an index holds and how big it is. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Prints the index's settings, article count, file size and bytes per article.",
    footer = {
      "",
      "--check also runs SQLite's integrity check and verifies that every article has one band key"
          + " per band; problems are listed and the exit code is 70.",
      "",
      "Examples:",
      "  neardup index stats --index wire.db",
      "  neardup index stats --index wire.db --output json --check"
    })
final class IndexStatsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin IndexFileOptions store;

  @Mixin OutputOption output = new OutputOption(OutputFormat.TEXT, OutputFormat.JSON);

  @Option(names = "--check", description = "Also check the file's integrity (reads all of it).")
  boolean check;

  @Override
  public Integer call() throws Exception {
    return stats();
  }

  private Integer stats() throws Exception {
    IndexStats s;
    List<String> problems = null;
    try (SqliteIndex index =
        IndexOpening.openFile(
            store.file, null, false, IndexOpening.busyMillis(store.busy.seconds))) {
      s = index.stats();
      if (check) {
        problems = index.check();
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    IndexSettings set = s.settings();
    if (output.format() == OutputFormat.JSON) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("index", store.file.toString());
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
      m.put("settings", settings);
      if (problems != null) {
        m.put("check", problems.isEmpty() ? "ok" : problems);
      }
      out.println(JsonOutput.line(m));
    } else {
      out.printf(Locale.ROOT, "index:        %s (schema %d)%n", store.file, s.schema());
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
      out.printf(
          Locale.ROOT, "last added:   %s%n", s.lastAddedAt() == null ? "-" : s.lastAddedAt());
      if (problems != null) {
        out.printf(
            Locale.ROOT,
            "check:        %s%n",
            problems.isEmpty() ? "ok" : String.join("; ", problems));
      }
    }
    out.flush();
    return problems != null && !problems.isEmpty() ? ExitCodes.INTERNAL : ExitCodes.OK;
  }

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
