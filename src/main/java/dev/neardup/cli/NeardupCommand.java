package dev.neardup.cli;

import java.io.InputStream;
import picocli.CommandLine.Command;

/** The top-level {@code neardup} command; holds what every subcommand shares. */
@Command(
    name = "neardup",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Finds near-duplicate news articles and clusters syndicated rewrites of one story.",
    subcommands = {ClusterCommand.class, DedupCommand.class, PairsCommand.class, CheckCommand.class,
        ExplainCommand.class, ExtractCommand.class, SketchCommand.class, IndexCommand.class, QueryCommand.class,
        EvalCommand.class, TuneCommand.class, CompletionCommand.class},
    footer = {"", "Exit codes: 0 success, 1 duplicates found (check), 2 bad usage, 3 some inputs unreadable, 75 index locked by another writer, 70 internal error."})
final class NeardupCommand implements Runnable {
  private final InputStream stdin;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  /** For tools that build the command from its class (the man page generator): reads System.in. */
  NeardupCommand() {
    this(System.in);
  }

  NeardupCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  InputStream stdin() {
    return stdin;
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command; see neardup --help");
  }
}
