package dev.neardup.cli;

import java.io.InputStream;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/** The top-level {@code neardup} command; holds what every subcommand shares. */
@Command(
    name = "neardup",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Finds near-duplicate news articles and clusters syndicated rewrites of one story.",
    subcommands = {
      ClusterCommand.class,
      DedupCommand.class,
      PairsCommand.class,
      CheckCommand.class,
      ExplainCommand.class,
      ExtractCommand.class,
      SketchCommand.class,
      IndexCommand.class,
      QueryCommand.class,
      EvalCommand.class,
      TuneCommand.class,
      CompletionCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 success, 1 duplicates found (check), 2 bad usage, 3 some inputs unreadable, 74 an output could not be written, 75 index locked by another writer, 141 stdout closed by its reader, 70 internal error or a batch too large for the heap, 137 out of memory (the neardup launcher)."
    })
final class NeardupCommand implements Runnable {
  private final InputStream stdin;
  private final Path stdout;
  private final long heapBytes;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** For tools that build the command from its class (the man page generator): reads System.in. */
  NeardupCommand() {
    this(System.in, null);
  }

  /**
   * @param stdout a path naming the process's standard output ({@code /proc/self/fd/1}), so that an
   *     output redirected onto an input is refused; null when stdout is not the process's
   */
  NeardupCommand(InputStream stdin, Path stdout) {
    this(stdin, stdout, Runtime.getRuntime().maxMemory());
  }

  /**
   * @param heapBytes the heap a batch may fill ({@link Runtime#maxMemory()}; less in tests)
   */
  NeardupCommand(InputStream stdin, Path stdout, long heapBytes) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.heapBytes = heapBytes;
  }

  /**
   * @throws UsageException when standard output is redirected to one of {@code inputs}
   */
  void refuseStdoutOnto(java.util.Collection<String> inputs) {
    if (stdout != null) {
      OutputFiles.refuseInputs(stdout, "standard output", inputs);
    }
  }

  long heapBytes() {
    return heapBytes;
  }

  InputStream stdin() {
    return stdin;
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "missing command; see neardup --help");
  }
}
