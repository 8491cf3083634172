package dev.neardup.cli;

import dev.neardup.io.InputFormat;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command-line options naming where articles come from and how to read them; a mixin shared by
 * every command that reads articles ({@link ArticleInputs} turns them into the reader's {@link
 * dev.neardup.io.InputOptions}).
 */
final class ArticleInputOptions {
  @Parameters(
      paramLabel = "INPUT",
      arity = "0..*",
      description =
          "Files, directories (recursive, hidden files skipped) or - for stdin. Default: stdin.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--glob",
      paramLabel = "PATTERN",
      description =
          "Only read files in directories whose name or relative path matches, e.g. '*.txt'.")
  String glob;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      defaultValue = "auto",
      description =
          "auto (by extension, after .gz: .jsonl/.ndjson are JSON Lines, .html/.htm web pages, .warc web archives; stdin is sniffed), text, jsonl, html or warc. Default: ${DEFAULT-VALUE}.")
  InputFormat format;

  @Option(
      names = "--id-field",
      paramLabel = "NAME",
      defaultValue = "id",
      description = "JSON Lines field holding the article id. Default: ${DEFAULT-VALUE}.")
  String idField;

  @Option(
      names = "--text-field",
      paramLabel = "NAME",
      defaultValue = "text",
      description = "JSON Lines field holding the article text. Default: ${DEFAULT-VALUE}.")
  String textField;

  @Option(
      names = "--html-field",
      paramLabel = "NAME",
      defaultValue = "html",
      description =
          "JSON Lines field holding a web page; records with it are read as the article extracted from the page. Default: ${DEFAULT-VALUE}.")
  String htmlField;

  @Option(
      names = "--date-field",
      paramLabel = "NAME",
      defaultValue = "date",
      description =
          "JSON Lines field with the publication time (ISO-8601 or epoch seconds); versions of one story "
              + "are published within days of each other, so under --measure passage records more than 3 days apart never match. "
              + "Records without it match on text alone. Default: ${DEFAULT-VALUE}.")
  String dateField;

  @Option(
      names = "--max-article-mib",
      paramLabel = "MIB",
      defaultValue = "64",
      description = "Larger articles are rejected as errors. Default: ${DEFAULT-VALUE}.")
  int maxArticleMib;

  @Option(
      names = "--follow-symlinks",
      description =
          "Follow symbolic links found inside input directories (by default they are skipped with a warning,"
              + " so a link cannot pull files from outside the tree in). Links named as INPUT are always followed.")
  boolean followSymlinks;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print errors only, no warnings or summary.")
  boolean quiet;

  List<String> inputsOrStdin() {
    return inputs.isEmpty() ? List.of("-") : inputs;
  }
}
