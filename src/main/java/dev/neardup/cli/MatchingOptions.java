package dev.neardup.cli;

import dev.neardup.core.Settings;
import dev.neardup.core.cluster.Linkage;
import dev.neardup.core.lsh.LshParams;
import dev.neardup.core.shingle.ShingleKind;
import dev.neardup.core.verify.Measure;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How articles are compared; shared by every command that matches articles. */
final class MatchingOptions {
  private static final Settings D = Settings.DEFAULTS;

  @Option(
      names = "--shingle",
      paramLabel = "KIND",
      description = "word or char shingles. Default: ${DEFAULT-VALUE}.")
  ShingleKind shingleKind = D.shingleKind();

  @Option(
      names = {"-k", "--shingle-size"},
      paramLabel = "N",
      description =
          "Words (or characters) per shingle. Default: "
              + ShingleKind.DEFAULT_WORD_SIZE
              + " (words), "
              + ShingleKind.DEFAULT_CHAR_SIZE
              + " (chars).")
  Integer shingleSize;

  @Option(
      names = "--sample",
      paramLabel = "N",
      description =
          "Keep 1 in N shingles (1, 2, 4 ... 64), chosen by hash so that every article keeps the same ones:"
              + " N times less work and memory, overlaps estimated from the sample; 1 compares whole sets."
              + " Default: 4 (chars), 1 (words).")
  Integer sampling;

  @Option(
      names = "--permutations",
      paramLabel = "N",
      description = "MinHash signature length. Default: ${DEFAULT-VALUE}.")
  int permutations = D.permutations();

  @Mixin SeedOption seed;

  @Option(
      names = "--measure",
      paramLabel = "M",
      description =
          "passage (the shorter article's share in passages both share, unless they sit inside the longer one "
              + "past its lead; 0 when figures in the same places differ or publication times are over 72 h apart), "
              + "containment (|A∩B| / min(|A|,|B|), forgiving truncated copies) or jaccard. Default: ${DEFAULT-VALUE}.")
  Measure measure = D.measure();

  @Option(
      names = {"-t", "--threshold"},
      paramLabel = "X",
      description =
          "Minimum exact score for two articles to be duplicates, in (0, 1]. Default: ${DEFAULT-VALUE}.")
  double threshold = D.threshold();

  @Option(
      names = "--linkage",
      paramLabel = "L",
      description =
          "center (members verified against the fullest version), single (connected components) or average. Default: ${DEFAULT-VALUE}.")
  Linkage linkage = D.linkage();

  @Option(
      names = "--lsh-threshold",
      paramLabel = "J",
      description =
          "Jaccard similarity the LSH banding is tuned for; lower finds more candidates. Default: ${DEFAULT-VALUE}.")
  double lshThreshold = D.lshThreshold();

  @Option(
      names = "--bands",
      paramLabel = "B",
      description = "LSH bands (with --rows); overrides --lsh-threshold.")
  Integer bands;

  @Option(names = "--rows", paramLabel = "R", description = "LSH rows per band (with --bands).")
  Integer rows;

  @Option(
      names = "--common-shingles",
      paramLabel = "N",
      description =
          "Leave shingles found in more than N of the batch's articles out of signatures, so boilerplate"
              + " and stock phrases make no candidates (exact scores still count them); 0 keeps all. Streaming dedup:"
              + " more than N per 100,000 of the stream's first 20,000 articles. Not for sketches or indexes."
              + " Default: ${DEFAULT-VALUE}.")
  int commonShingles = D.commonShingles();

  @Mixin ThreadsOption threadsOption;

  /**
   * Worker threads.
   *
   * @throws UsageException unless in [1, {@link ThreadsOption#MAX_THREADS}]
   */
  int threads() {
    return threadsOption.count();
  }

  /**
   * The settings these options describe.
   *
   * @throws UsageException when a value is out of range or --bands comes without --rows
   */
  Settings settings() {
    threads();
    if ((bands == null) != (rows == null)) {
      throw new UsageException("--bands and --rows must be given together");
    }
    int size = shingleSize != null ? shingleSize : shingleKind.defaultSize();
    int sample = sampling != null ? sampling : Settings.defaultSampling(shingleKind);
    try {
      LshParams override = bands == null ? null : new LshParams(bands, rows);
      return new Settings(
          shingleKind,
          size,
          permutations,
          seed.seed,
          measure,
          threshold,
          lshThreshold,
          override,
          linkage,
          commonShingles,
          sample);
    } catch (IllegalArgumentException e) {
      // Settings checks every value; here each came from an option.
      throw UsageException.of(e);
    }
  }
}
