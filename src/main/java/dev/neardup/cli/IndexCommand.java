package dev.neardup.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code neardup index}: builds and maintains a persistent index of articles seen before. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Maintains a persistent index (one SQLite file) of articles seen before, which query and"
            + " check --against compare new articles with.",
    subcommands = {IndexAddCommand.class, IndexStatsCommand.class, IndexRemoveCommand.class},
    footer = {
      "",
      "The index keeps each article's id, source, word and shingle counts, MinHash signature and"
          + " LSH band keys, never its text. Its shingling, permutations, seed and banding are fixed when it is"
          + " created; later commands use them, and options contradicting them are an error.",
      "",
      "Exit codes: 0 success, 2 bad usage, 3 some inputs unreadable, 70 internal error or damaged index,"
          + " 75 index locked by another process for longer than the busy timeout (nothing written; retry).",
      "",
      "Examples:",
      "  neardup index add --index wire.db archive/2024/",
      "  neardup index stats --index wire.db",
      "  neardup index remove --index wire.db story-17 story-18"
    })
final class IndexCommand implements Runnable {
  @ParentCommand NeardupCommand root;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "missing subcommand: add, stats or remove; see neardup index --help");
  }
}
