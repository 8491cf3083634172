package dev.neardup.cli;

import dev.neardup.io.IndexStatsWriter;
import dev.neardup.io.OutputFormat;
import dev.neardup.store.IndexStats;
import dev.neardup.store.SqliteIndex;
import java.io.PrintWriter;
import java.util.List;
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
    new IndexStatsWriter(output.format()).write(store.file, s, problems, out);
    out.flush();
    return problems != null && !problems.isEmpty() ? ExitCodes.INTERNAL : ExitCodes.OK;
  }
}
