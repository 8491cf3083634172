package dev.neardup.cli;

import dev.neardup.core.Pipeline;
import dev.neardup.core.Settings;
import dev.neardup.core.minhash.MinHasher;
import dev.neardup.core.shingle.ShingleKind;
import dev.neardup.core.text.NewsNormalizer;
import dev.neardup.io.SideInputException;
import dev.neardup.io.SketchCodec;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cluster --signatures}: clusters sketches read back from {@code neardup sketch} output. */
final class SignatureClustering {
  private SignatureClustering() {}

  /** The settings the run used (shingling, permutations and seed from the file) and its clusters. */
  record Result(Settings settings, Pipeline.Clustering clustering) {}

  /**
   * @throws UsageException when articles are given as well, the file is bad, or an
   *     explicit --shingle, --shingle-size, --permutations or --seed contradicts the file
   */
  static Result run(Path file, InputOptions input, MatchingOptions matching, CommandSpec spec, ArticleInputs inputs) {
    if (!input.inputs.isEmpty()) {
      throw new UsageException("--signatures replaces the inputs; give one or the other");
    }
    SketchCodec.Contents contents = SketchCodec.read(file);
    Settings options = matching.settings();
    Settings settings = options;
    if (contents.made() != null) {
      SketchCodec.Made made = contents.made();
      ShingleLabel shingle;
      try {
        shingle = ShingleLabel.parse(made.shingle());
      } catch (UsageException e) {
        throw new SideInputException(file + ": " + e.getMessage(), e);
      }
      ShingleKind kind = shingle.kind();
      int size = shingle.size();
      int sampling = shingle.samplingOr(1); // sketches say when they were sampled
      var parsed = spec.commandLine().getParseResult();
      if (parsed.hasMatchedOption("--shingle") && kind != options.shingleKind()
          || parsed.hasMatchedOption("--shingle-size") && size != options.shingleSize()
          || parsed.hasMatchedOption("--sample") && sampling != options.sampling()
          || parsed.hasMatchedOption("--permutations") && made.permutations() != options.permutations()
          || parsed.hasMatchedOption("--seed") && made.seed() != options.seed()) {
        throw new UsageException(file + " was sketched with " + made.shingle() + ", "
            + made.permutations() + " permutations and seed " + made.seed() + ", which the options contradict");
      }
      if (made.minhash() != MinHasher.ALGORITHM_VERSION) {
        throw new UsageException(file + " was sketched with MinHash algorithm version " + made.minhash()
            + " and this neardup signs with version " + MinHasher.ALGORITHM_VERSION
            + ": the signatures cannot be compared; sketch the articles again");
      }
      if (made.normalizer() != NewsNormalizer.VERSION) {
        inputs.note("warning: " + file + " was sketched with normalizer version " + made.normalizer()
            + ", this is version " + NewsNormalizer.VERSION);
      }
      settings = options.withShingles(kind, size).withSampling(sampling).withPermutations(made.permutations()).withSeed(made.seed());
    }
    inputs.note(contents.sketches().size() + " sketches from " + file + "; scores are estimated from the signatures");
    Pipeline.Clustering clustering = new Pipeline(matching.threads).clusterSketches(contents.sketches(), settings);
    return new Result(settings, clustering);
  }
}
