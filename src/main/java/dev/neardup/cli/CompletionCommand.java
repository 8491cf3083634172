package dev.neardup.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code neardup completion}: the shell completion script. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Prints a bash completion script for neardup, its commands and options; zsh loads it too"
            + " (through bashcompinit, which the script enables).",
    footer = {
      "",
      "Examples:",
      "  source <(neardup completion)                       # this shell, bash or zsh",
      "  neardup completion > ~/.local/share/bash-completion/completions/neardup",
      "  echo 'source <(neardup completion)' >> ~/.zshrc"
    })
final class CompletionCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    String script = AutoComplete.bash("neardup", spec.root().commandLine());
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
