package dev.neardup.cli;

import dev.neardup.io.OutputFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code -o/--output FORMAT}, one definition for every command that writes results. A command
 * creates its own instance naming the formats it writes, its default first ({@code @Mixin
 * OutputOption output = new OutputOption(OutputFormat.JSONL, OutputFormat.CSV)}); a format it does
 * not write is refused while parsing, with the message picocli gives for an enum option.
 */
final class OutputOption {
  private final List<OutputFormat> formats;
  private final Map<OutputFormat, String> notes = new EnumMap<>(OutputFormat.class);
  private OutputFormat chosen;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  /** Writes {@code fallback} unless told otherwise, or one of {@code others}. */
  OutputOption(OutputFormat fallback, OutputFormat... others) {
    formats = new ArrayList<>(List.of(fallback));
    formats.addAll(List.of(others));
  }

  /** Adds a word about {@code format} to the option's help, e.g. "all rows". */
  OutputOption noting(OutputFormat format, String note) {
    notes.put(format, note);
    return this;
  }

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description = "Output format (see OutputOption).")
  void parse(String value) {
    for (OutputFormat f : formats) {
      if (f.name().equalsIgnoreCase(value)) {
        chosen = f;
        return;
      }
    }
    String expected =
        formats.stream().sorted().map(Enum::name).collect(Collectors.joining(", ", "[", "]"));
    throw new ParameterException(
        mixee.commandLine(),
        "Invalid value for option '--output': expected one of "
            + expected
            + " (case-insensitive) but was '"
            + value
            + "'");
  }

  /** The format asked for, or the command's default. */
  OutputFormat format() {
    return chosen != null ? chosen : formats.get(0);
  }

  /** "jsonl, csv or text. Default: jsonl.", with the notes. */
  String description() {
    List<String> names = new ArrayList<>();
    for (OutputFormat f : formats) {
      String name = f.name().toLowerCase(Locale.ROOT);
      names.add(notes.containsKey(f) ? name + " (" + notes.get(f) + ")" : name);
    }
    String list =
        names.size() == 1
            ? names.get(0)
            : String.join(", ", names.subList(0, names.size() - 1))
                + " or "
                + names.get(names.size() - 1);
    return list + ". Default: " + formats.get(0).name().toLowerCase(Locale.ROOT) + ".";
  }

  /**
   * Gives every {@code --output} of {@code line} and its subcommands the help its command's
   * instance words (an annotation cannot differ per command).
   */
  static void describe(CommandLine line) {
    CommandSpec spec = line.getCommandSpec();
    for (CommandSpec mixin : spec.mixins().values()) {
      if (mixin.userObject() instanceof OutputOption option) {
        OptionSpec old = spec.findOption("--output");
        spec.remove(old);
        spec.addOption(OptionSpec.builder(old).description(option.description()).build());
      }
    }
    line.getSubcommands().values().forEach(OutputOption::describe);
  }
}
