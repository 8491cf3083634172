package dev.neardup.cli;

import dev.neardup.io.TerminalText;
import dev.neardup.store.SqliteIndex;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code neardup index remove}: removes articles by id. */
@Command(
    name = "remove",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Removes the articles with these ids from the index, in one transaction.",
    footer = {
      "",
      "An id not in the index is named in a warning; the exit code stays 0 (removing is idempotent).",
      "",
      "Examples:",
      "  neardup index remove --index wire.db story-17 story-18",
      "  neardup index remove --index wire.db $(cat retracted.txt)"
    })
final class IndexRemoveCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin IndexFileOptions store;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print errors only.")
  boolean quiet;

  @Parameters(paramLabel = "ID", arity = "1..*", description = "Ids of the articles to remove.")
  List<String> ids;

  @Override
  public Integer call() throws Exception {
    return remove();
  }

  private Integer remove() {
    Set<String> wanted = new LinkedHashSet<>(ids);
    List<String> removed;
    long left;
    try (SqliteIndex index =
        IndexOpening.openFile(
            store.file, null, false, IndexOpening.busyMillis(store.busy.seconds))) {
      removed = index.remove(wanted);
      left = index.stats().articles();
    }
    PrintWriter err = spec.commandLine().getErr();
    if (!quiet) {
      List<String> missing = new ArrayList<>(wanted);
      missing.removeAll(removed);
      for (String id : missing) {
        err.println("neardup: warning: " + TerminalText.escape(id) + ": not in the index");
      }
      err.printf(
          "neardup: index remove: %d removed; %s holds %,d articles%n",
          removed.size(), store.file, left);
    }
    return ExitCodes.OK;
  }
}
