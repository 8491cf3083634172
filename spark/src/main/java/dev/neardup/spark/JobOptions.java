package dev.neardup.spark;

import dev.neardup.core.Settings;
import dev.neardup.core.cluster.Linkage;
import dev.neardup.core.lsh.LshParams;
import dev.neardup.core.shingle.ShingleKind;
import dev.neardup.core.verify.Measure;
import dev.neardup.io.InputFormat;
import dev.neardup.io.InputOptions;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The job's command line: {@code neardup cluster}'s matching and input options, spelled as there,
 * and where the results go. Kept as plain values (the core's settings are not serializable), so it
 * travels to the executors inside Spark's closures and each side builds {@link #settings()} and
 * {@link #inputOptions()} from it.
 *
 * @param inputs Hadoop paths (files or directories), in the order given
 * @param jsonlOut where the clusters go as JSON Lines: {@code -} for the driver's standard output,
 *     else a directory of part files (Spark's text output)
 * @param parquetOut directory for the per-article Parquet table, or null
 * @param partitions partitions of the shuffled stages, or 0 for Spark's default parallelism
 */
record JobOptions(
    List<String> inputs,
    ShingleKind shingleKind,
    Integer shingleSize,
    Integer sampling,
    int permutations,
    long seed,
    Measure measure,
    double threshold,
    Linkage linkage,
    double lshThreshold,
    Integer bands,
    Integer rows,
    int commonShingles,
    InputFormat format,
    String idField,
    String textField,
    String dateField,
    String htmlField,
    String glob,
    int maxArticleMib,
    String jsonlOut,
    String parquetOut,
    boolean singletons,
    int partitions,
    boolean timings,
    boolean quiet)
    implements Serializable {

  /**
   * A command line the job cannot run: printed as one line, exit code {@value ClusterJob#USAGE}.
   */
  static final class UsageError extends Exception {
    @java.io.Serial private static final long serialVersionUID = 1L;

    UsageError(String message) {
      super(message);
    }
  }

  static final String USAGE =
      String.join(
          "\n",
          "usage: ClusterJob [OPTIONS] INPUT...",
          "  INPUT: Hadoop paths (file:, hdfs:, s3a: ...) of files or directories, read as neardup reads them:",
          "         .jsonl/.ndjson JSON Lines, .html pages, .warc archives, other files one text article; .gz decompressed",
          "  matching (as neardup cluster): --shingle KIND, -k/--shingle-size N, --sample N, --permutations N, --seed N,",
          "         --measure M, -t/--threshold X, --linkage L, --lsh-threshold J, --bands B --rows R, --common-shingles N",
          "  input (as neardup cluster): --input-format F, --id-field F, --text-field F, --date-field F, --html-field F,",
          "         --glob G, --max-article-mib N",
          "  output: --jsonl PATH (clusters as JSON Lines, part files; default -: standard output),",
          "         --parquet PATH (id, cluster, representative, score, kept per article), --singletons,",
          "         -o/--output jsonl (the only format), --partitions N, --timings, -q/--quiet");

  /**
   * Parses {@code args}.
   *
   * @throws UsageError on an unknown option, a missing or malformed value, or no input
   */
  static JobOptions parse(String[] args) throws UsageError {
    Settings d = Settings.DEFAULTS;
    List<String> inputs = new ArrayList<>();
    ShingleKind kind = d.shingleKind();
    Integer size = null;
    Integer sampling = null;
    int permutations = d.permutations();
    long seed = d.seed();
    Measure measure = d.measure();
    double threshold = d.threshold();
    Linkage linkage = d.linkage();
    double lshThreshold = d.lshThreshold();
    Integer bands = null;
    Integer rows = null;
    int common = d.commonShingles();
    InputFormat format = InputFormat.AUTO;
    String idField = InputOptions.DEFAULT_ID_FIELD;
    String textField = InputOptions.DEFAULT_TEXT_FIELD;
    String dateField = InputOptions.DEFAULT_DATE_FIELD;
    String htmlField = InputOptions.DEFAULT_HTML_FIELD;
    String glob = null;
    int maxMib = (int) (InputOptions.DEFAULT_MAX_ARTICLE_BYTES >> 20);
    String jsonl = "-";
    String parquet = null;
    boolean singletons = false;
    int partitions = 0;
    boolean timings = false;
    boolean quiet = false;
    boolean optionsEnd = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String inline = null;
      if (!optionsEnd && arg.startsWith("--") && arg.contains("=")) {
        name = arg.substring(0, arg.indexOf('='));
        inline = arg.substring(arg.indexOf('=') + 1);
      }
      if (optionsEnd || !arg.startsWith("-") || arg.equals("-")) {
        inputs.add(arg);
        continue;
      }
      switch (name) {
        case "--" -> optionsEnd = true;
        case "--singletons" -> singletons = true;
        case "--timings" -> timings = true;
        case "-q", "--quiet" -> quiet = true;
        default -> {
          String value = inline != null ? inline : ++i < args.length ? args[i] : null;
          if (value == null) {
            throw new UsageError("option " + name + " needs a value");
          }
          switch (name) {
            case "--shingle" -> kind = choice(ShingleKind.class, name, value);
            case "-k", "--shingle-size" -> size = integer(name, value);
            case "--sample" -> sampling = integer(name, value);
            case "--permutations" -> permutations = integer(name, value);
            case "--seed" -> seed = number(name, value);
            case "--measure" -> measure = choice(Measure.class, name, value);
            case "-t", "--threshold" -> threshold = decimal(name, value);
            case "--linkage" -> linkage = choice(Linkage.class, name, value);
            case "--lsh-threshold" -> lshThreshold = decimal(name, value);
            case "--bands" -> bands = integer(name, value);
            case "--rows" -> rows = integer(name, value);
            case "--common-shingles" -> common = integer(name, value);
            // Parallelism comes from Spark's executors; accepted so that a CLI command line runs as
            // is.
            case "--threads" -> integer(name, value);
            case "--input-format" -> format = choice(InputFormat.class, name, value);
            case "--id-field" -> idField = value;
            case "--text-field" -> textField = value;
            case "--date-field" -> dateField = value;
            case "--html-field" -> htmlField = value;
            case "--glob" -> glob = value;
            case "--max-article-mib" -> maxMib = integer(name, value);
            case "-o", "--output" -> {
              if (!value.equalsIgnoreCase("jsonl")) {
                throw new UsageError("--output: the job writes jsonl only, not " + value);
              }
            }
            case "--jsonl" -> jsonl = value;
            case "--parquet" -> parquet = value;
            case "--partitions" -> partitions = integer(name, value);
            default -> throw new UsageError("unknown option " + name);
          }
        }
      }
    }
    if (inputs.isEmpty()) {
      throw new UsageError("no INPUT given (the job reads no standard input)");
    }
    if (inputs.contains("-")) {
      throw new UsageError("INPUT -: the job reads Hadoop paths, not standard input");
    }
    if ((bands == null) != (rows == null)) {
      throw new UsageError("--bands and --rows must be given together");
    }
    if (maxMib < 1 || maxMib > 2047) {
      throw new UsageError("--max-article-mib must be in [1, 2047]: " + maxMib);
    }
    if (partitions < 0) {
      throw new UsageError("--partitions must not be negative: " + partitions);
    }
    JobOptions options =
        new JobOptions(
            List.copyOf(inputs),
            kind,
            size,
            sampling,
            permutations,
            seed,
            measure,
            threshold,
            linkage,
            lshThreshold,
            bands,
            rows,
            common,
            format,
            idField,
            textField,
            dateField,
            htmlField,
            glob,
            maxMib,
            jsonl,
            parquet,
            singletons,
            partitions,
            timings,
            quiet);
    try {
      options.settings();
      options.inputOptions();
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage());
    }
    return options;
  }

  /** The settings, worked out as {@code neardup cluster} works them out from the same options. */
  Settings settings() {
    int k = shingleSize != null ? shingleSize : shingleKind == ShingleKind.WORD ? 5 : 9;
    int sample = sampling != null ? sampling : Settings.defaultSampling(shingleKind);
    LshParams override = bands == null ? null : new LshParams(bands, rows);
    return new Settings(
        shingleKind,
        k,
        permutations,
        seed,
        measure,
        threshold,
        lshThreshold,
        override,
        linkage,
        commonShingles,
        sample);
  }

  /**
   * How files become articles, as the CLI reads them (symbolic links are the file system's
   * business).
   */
  InputOptions inputOptions() {
    return new InputOptions(
        format,
        idField,
        textField,
        glob,
        (long) maxArticleMib << 20,
        dateField,
        htmlField,
        false,
        false);
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String name, String value)
      throws UsageError {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> allowed = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        allowed.add(constant.name().toLowerCase(Locale.ROOT));
      }
      throw new UsageError(name + ": " + value + " is not one of " + String.join(", ", allowed));
    }
  }

  private static int integer(String name, String value) throws UsageError {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new UsageError(name + ": not a whole number: " + value);
    }
  }

  private static long number(String name, String value) throws UsageError {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new UsageError(name + ": not a whole number: " + value);
    }
  }

  private static double decimal(String name, String value) throws UsageError {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new UsageError(name + ": not a number: " + value);
    }
  }
}
