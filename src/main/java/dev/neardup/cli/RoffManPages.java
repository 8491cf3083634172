package dev.neardup.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes one roff man page per command ({@code neardup.1}, {@code neardup-cluster.1}, {@code
 * neardup-index-add.1}, …) from the commands' picocli model, the same text {@code --help} prints,
 * so that {@code man -l target/man/neardup-cluster.1} reads. Run by the build ({@code ./mvnw
 * package}); not part of the tool's commands.
 */
public final class RoffManPages {
  private RoffManPages() {}

  /** {@code args[0]}: the folder to write into (created if missing). */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: RoffManPages OUTDIR");
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    CommandLine root = Main.commandLine(new ByteArrayInputStream(new byte[0]));
    for (CommandLine line : commands(root)) {
      Files.writeString(
          dir.resolve(pageName(line.getCommandSpec()) + ".1"),
          page(line.getCommandSpec(), root),
          StandardCharsets.UTF_8);
    }
  }

  /** The root and every subcommand, depth first, help and completion helpers included. */
  static List<CommandLine> commands(CommandLine root) {
    List<CommandLine> out = new ArrayList<>();
    out.add(root);
    for (CommandLine sub : root.getSubcommands().values()) {
      out.addAll(commands(sub));
    }
    return out;
  }

  /** {@code neardup-index-add} for {@code neardup index add}. */
  static String pageName(CommandSpec spec) {
    return spec.qualifiedName("-");
  }

  /** The roff text of one command's page. */
  static String page(CommandSpec spec, CommandLine root) {
    StringBuilder b = new StringBuilder();
    String version = "neardup " + VersionProvider.version();
    b.append(".TH ")
        .append(text(pageName(spec).toUpperCase(Locale.ROOT)))
        .append(" 1 \"\" \"")
        .append(text(version))
        .append("\" \"neardup manual\"\n");
    String[] description = spec.usageMessage().description();
    b.append(".SH NAME\n")
        .append(text(pageName(spec)))
        .append(" \\- ")
        .append(text(description.length > 0 ? firstSentence(description[0]) : ""))
        .append('\n');
    b.append(".SH SYNOPSIS\n.nf\n")
        .append(
            lines(
                new Help(spec, Help.defaultColorScheme(Help.Ansi.OFF)).synopsis(0).stripTrailing()))
        .append("\n.fi\n");
    if (description.length > 0) {
      b.append(".SH DESCRIPTION\n");
      paragraphs(b, description);
    }
    parameterSections(b, spec);
    String[] footer = spec.usageMessage().footer();
    if (footer.length > 0) {
      b.append(".SH NOTES\n");
      footer(b, footer);
    }
    seeAlso(b, spec);
    return b.toString();
  }

  /** The ARGUMENTS, OPTIONS and COMMANDS sections, each when the command has any. */
  private static void parameterSections(StringBuilder b, CommandSpec spec) {
    if (!spec.positionalParameters().isEmpty()) {
      b.append(".SH ARGUMENTS\n");
      for (PositionalParamSpec p : spec.positionalParameters()) {
        b.append(".TP\n.I ").append(text(p.paramLabel())).append('\n');
        paragraphs(b, p.description());
      }
    }
    if (!spec.options().isEmpty()) {
      b.append(".SH OPTIONS\n");
      for (OptionSpec o : sorted(spec.options())) {
        b.append(".TP\n").append(optionHead(o)).append('\n');
        paragraphs(b, o.description());
      }
    }
    if (!spec.subcommands().isEmpty()) {
      b.append(".SH COMMANDS\n");
      spec.subcommands()
          .forEach(
              (name, sub) -> {
                b.append(".TP\n.B ").append(text(name)).append('\n');
                String[] d = sub.getCommandSpec().usageMessage().description();
                paragraphs(b, d.length > 0 ? new String[] {d[0]} : new String[0]);
              });
    }
  }

  /** SEE ALSO: the parent command's page and the subcommands' pages. */
  private static void seeAlso(StringBuilder b, CommandSpec spec) {
    b.append(".SH SEE ALSO\n");
    List<String> related = new ArrayList<>();
    if (spec.parent() != null) {
      related.add(pageName(spec.parent()));
    }
    spec.subcommands().values().forEach(sub -> related.add(pageName(sub.getCommandSpec())));
    b.append(
            related.isEmpty()
                ? "neardup --help"
                : String.join(
                    ", ", related.stream().map(name -> "\\fB" + text(name) + "\\fR(1)").toList()))
        .append('\n');
  }

  private static List<OptionSpec> sorted(List<OptionSpec> options) {
    List<OptionSpec> out = new ArrayList<>(options);
    out.removeIf(OptionSpec::hidden);
    out.sort(
        (a, b) ->
            a.longestName()
                .replaceFirst("^-+", "")
                .compareToIgnoreCase(b.longestName().replaceFirst("^-+", "")));
    return out;
  }

  /** {@code \fB\-o\fR, \fB\-\-output\fR=\fIFORMAT\fR}. */
  private static String optionHead(OptionSpec o) {
    List<String> names = new ArrayList<>();
    for (String name : o.names()) {
      names.add("\\fB" + text(name) + "\\fR");
    }
    String head = String.join(", ", names);
    if (o.typeInfo().isBoolean() || o.arity().max() == 0) {
      return head;
    }
    return head + "=\\fI" + text(o.paramLabel()) + "\\fR";
  }

  /** Each string a paragraph, filled by man. */
  private static void paragraphs(StringBuilder b, String[] texts) {
    for (int i = 0; i < texts.length; i++) {
      if (i > 0) {
        b.append(".sp\n");
      }
      b.append(lines(texts[i])).append('\n');
    }
  }

  /**
   * The footer: empty strings separate paragraphs; lines indented by two spaces are examples, shown
   * as they are.
   */
  private static void footer(StringBuilder b, String[] footer) {
    boolean inExample = false;
    boolean first = true;
    for (String line : footer) {
      if (line.isEmpty()) {
        continue;
      }
      boolean example = line.startsWith("  ");
      if (example && !inExample) {
        b.append(".sp\n.nf\n.RS 4\n");
      } else if (!example && inExample) {
        b.append(".RE\n.fi\n");
      }
      if (!example && !first) {
        b.append(".sp\n");
      }
      b.append(example ? text(line.strip()) : lines(line)).append('\n');
      inExample = example;
      first = false;
    }
    if (inExample) {
      b.append(".RE\n.fi\n");
    }
  }

  private static String firstSentence(String s) {
    int dot = s.indexOf(". ");
    return dot < 0 ? s.replaceFirst("\\.$", "") : s.substring(0, dot);
  }

  /** Text safe to put on roff lines: no request or escape is triggered by the text itself. */
  private static String lines(String s) {
    StringBuilder b = new StringBuilder();
    for (String line : s.split("\n", -1)) {
      if (b.length() > 0) {
        b.append('\n');
      }
      b.append(text(line));
    }
    return b.toString();
  }

  /**
   * Escapes backslashes and hyphens, and a leading period or apostrophe (which would start a
   * request).
   */
  static String text(String s) {
    String t = s.replace("\\", "\\e").replace("-", "\\-");
    return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
  }
}
