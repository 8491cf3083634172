package dev.neardup.cli;

import dev.neardup.io.ArticleWriter;
import dev.neardup.io.OutputFormat;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code neardup extract}: the articles every other command would see in its inputs. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Writes the article the detector sees in each input: for web pages (.html, .htm, .warc, JSON Lines"
            + " records with an html field, any of them .gz) the headline and body extracted from the page, chrome"
            + " (navigation, share bars, related links, comments, ads, cookie notices) left out.",
    footer = {
      "",
      "One JSON line per article: {\"id\", \"url\" (when known), \"title\", \"text\"}, text being the body without"
          + " the headline, paragraphs separated by blank lines. Other commands see the headline, a blank line and"
          + " the body. A page with no article body is a warning and skipped.",
      "",
      "Examples:",
      "  neardup extract pages/ > articles.jsonl",
      "  neardup extract --output text crawl.warc.gz | less",
      "  neardup extract --html-field body scraped.jsonl.gz"
    })
final class ExtractCommand implements Callable<Integer> {
  @ParentCommand NeardupCommand root;
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin ArticleInputOptions input;

  @Mixin
  OutputOption output =
      new OutputOption(OutputFormat.JSONL, OutputFormat.TEXT)
          .noting(OutputFormat.TEXT, "for reading");

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ArticleInputs inputs =
        new ArticleInputs(
            input, () -> new FlushBeforeBlocking(root.stdin(), out), spec.commandLine().getErr());
    ArticleWriter writer = new ArticleWriter(output.format());
    long[] written = new long[1];
    try (Progress progress =
        Progress.start(spec.commandLine().getErr(), "articles", inputs.quiet())) {
      inputs.showing(progress);
      inputs.streamUnique(
          record -> {
            progress.step();
            writer.write(record, out);
            written[0]++;
          });
    }
    out.flush();
    inputs.note(
        String.format(
            Locale.ROOT, "%,d article%s extracted", written[0], written[0] == 1 ? "" : "s"));
    return inputs.exitCode(ExitCodes.OK);
  }
}
