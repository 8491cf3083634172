package dev.neardup.cli;

import dev.neardup.core.FingerprintSpec;
import dev.neardup.core.Pipeline;
import dev.neardup.core.Settings;
import dev.neardup.core.SketchClustering;
import dev.neardup.core.text.NewsNormalizer;
import dev.neardup.io.SketchCodec;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cluster --signatures}: clusters sketches read back from {@code neardup sketch} output. */
final class SignatureClustering {
  private SignatureClustering() {}

  /**
   * The settings the run used (shingling, permutations and seed from the file) and its clusters.
   */
  record Result(Settings settings, Pipeline.Clustering clustering) {}

  /**
   * @throws UsageException when articles are given as well, the file is bad, or an explicit
   *     --shingle, --shingle-size, --permutations or --seed contradicts the file
   */
  static Result run(
      Path file,
      ArticleInputOptions input,
      MatchingOptions matching,
      CommandSpec spec,
      ArticleInputs inputs) {
    if (!input.inputs.isEmpty()) {
      throw new UsageException("--signatures replaces the inputs; give one or the other");
    }
    SketchCodec.Contents contents = SketchCodec.read(file);
    Settings options = matching.settings();
    FingerprintSpec made = contents.made();
    Settings settings = made == null ? options : madeSettings(file, made, options, spec, inputs);
    inputs.note(
        contents.sketches().size()
            + " sketches from "
            + file
            + "; scores are estimated from the signatures");
    Pipeline.Clustering clustering =
        new SketchClustering(matching.threads()).cluster(contents.sketches(), settings);
    return new Result(settings, clustering);
  }

  /**
   * The settings with the file's fingerprint settings, after refusing explicit options that
   * contradict them and warning when another normaliser version made the sketches.
   */
  private static Settings madeSettings(
      Path file, FingerprintSpec made, Settings options, CommandSpec spec, ArticleInputs inputs) {
    StoredSettings.refuse(
        StoredSettings.contradictions(
            spec.commandLine().getParseResult(), options.fingerprint(), made),
        file,
        "was sketched with " + made.describe());
    String unsignable = made.unsignableReason(file.toString());
    if (unsignable != null) {
      throw new UsageException(unsignable + "; sketch the articles again");
    }
    if (!made.normalizedHere()) {
      inputs.note(
          "warning: "
              + file
              + " was sketched with normalizer version "
              + made.normalizerVersion()
              + ", this is version "
              + NewsNormalizer.VERSION);
    }
    return options.withFingerprint(
        FingerprintSpec.of(
            made.shingleKind(),
            made.shingleSize(),
            made.sampling(),
            made.permutations(),
            made.seed()));
  }
}
