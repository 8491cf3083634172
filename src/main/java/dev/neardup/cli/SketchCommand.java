package dev.neardup.cli;

import dev.neardup.core.FingerprintSpec;
import dev.neardup.core.Fingerprinter;
import dev.neardup.core.Settings;
import dev.neardup.core.parallel.InOrder;
import dev.neardup.core.verify.Fingerprint;
import dev.neardup.io.SketchCodec;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code neardup sketch}: each article's MinHash signature, for other tools. */
@Command(
    name = "sketch",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Writes each article's id, token and shingle counts and MinHash signature as JSON Lines, so other"
            + " tools (Spark, a database) can find duplicates without the texts; cluster --signatures reads them back.",
    footer = {
      "",
      "One line per article: {\"id\", \"tokens\", \"shingles\", \"permutations\", \"seed\", \"shingle\": e.g."
          + " \"word:5\", \"normalizer\": version, \"signature\"}. With --signature-format base64 the signature is"
          + " the base64 (RFC 4648) of the values as little-endian 32-bit integers; with ints, a JSON array of signed"
          + " 32-bit integers. Value i is the minimum of permutation i: the share of equal values estimates the"
          + " Jaccard similarity. Only signatures with equal permutations, seed, shingle and normalizer compare.",
      "",
      "Examples:",
      "  neardup sketch articles/ > sketches.jsonl",
      "  neardup cluster --signatures sketches.jsonl",
      "  cat batch.jsonl | neardup sketch --signature-format ints > sketches.jsonl"
    })
final class SketchCommand implements Callable<Integer> {
  @ParentCommand NeardupCommand root;
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin ArticleInputOptions input;
  @Mixin MatchingOptions matching;

  @Option(
      names = "--signature-format",
      paramLabel = "FORMAT",
      defaultValue = "base64",
      description =
          "base64 (little-endian int32s) or ints (JSON array). Default: ${DEFAULT-VALUE}.")
  SketchCodec.SignatureFormat signatureFormat;

  @Override
  public Integer call() {
    Settings settings = matching.settings();
    PrintWriter out = spec.commandLine().getOut();
    root.refuseStdoutOnto(input.inputs);
    PrintWriter err = spec.commandLine().getErr();
    Fingerprinter fingerprinter = Fingerprinter.of(settings);
    FingerprintSpec made = settings.fingerprint();
    long[] written = new long[1];
    ArticleInputs inputs;
    try (Progress progress = Progress.start(err, "articles", input.quiet);
        InOrder<Sketched> work =
            new InOrder<>(
                matching.threads(),
                "neardup-sketch",
                InOrder.DEFAULT_CHUNK,
                s -> written[0] += s.write(made, signatureFormat))) {
      // Fingerprints are made on the worker threads and written in input order; before reading
      // blocks on a quiet pipe, every one read so far is written and flushed.
      inputs =
          new ArticleInputs(
              input, () -> new FlushBeforeBlocking(root.stdin(), work::drain, out), err);
      inputs.showing(progress);
      ArticleInputs reading = inputs;
      inputs.streamUnique(
          record -> {
            progress.step();
            String id = record.article().id();
            String text = record.article().text();
            work.submit(() -> new Sketched(id, fingerprinter.fingerprint(text), reading, out));
          });
      work.drain();
    }
    out.flush();
    inputs.note(
        String.format(
            Locale.ROOT,
            "%,d sketches (%s, %d permutations, seed %d)",
            written[0],
            made.shingling(),
            made.permutations(),
            made.seed()));
    return inputs.exitCode(ExitCodes.OK);
  }

  /** One article's fingerprint, on its way to the output. */
  private record Sketched(String id, Fingerprint print, ArticleInputs inputs, PrintWriter out) {
    /** Writes the sketch, or notes the article empty; 1 when a sketch was written. */
    int write(FingerprintSpec made, SketchCodec.SignatureFormat format) {
      if (print.isEmpty()) {
        inputs.noteEmpty(id);
        return 0;
      }
      SketchCodec.write(print.sketch(id), made, format, out);
      return 1;
    }
  }
}
