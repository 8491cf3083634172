package dev.neardup.spark;

import dev.neardup.core.cluster.Cluster;
import dev.neardup.io.ClusterWriter;
import dev.neardup.io.InputProblem;
import dev.neardup.io.TerminalText;
import dev.neardup.spark.ArticleFiles.Problem;
import dev.neardup.spark.InputFiles.InputFile;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * {@code neardup cluster} as a Spark job: {@code spark-submit --class dev.neardup.spark.ClusterJob
 * neardup-spark.jar [OPTIONS] INPUT...}. Same options, same clusters, same JSON Lines as {@code
 * neardup cluster --output jsonl} (see {@link DistributedClustering}); also a per-article Parquet
 * table (id, cluster, representative, score, kept) for a dedup step to join back to the input.
 *
 * <p>Exit codes as the CLI's: 0 done, 2 bad command line, 3 some input could not be read (the
 * results of the rest are written), 70 the job failed. Problems and the summary go to stderr, each
 * one line starting {@code neardup: }.
 */
public final class ClusterJob {
  static final int OK = 0;
  static final int USAGE = 2;
  static final int INPUT_ERRORS = 3;
  static final int FAILED = 70;

  private ClusterJob() {}

  public static void main(String[] args) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (JobOptions.UsageError e) {
      System.err.println("neardup: error: " + e.getMessage());
      System.err.println(JobOptions.USAGE);
      System.exit(USAGE);
      return;
    }
    int code;
    try (SparkSession spark =
        SparkSession.builder()
            .config(configured(new SparkConf()))
            .appName("neardup cluster")
            .getOrCreate()) {
      code = run(spark, options, System.out, System.err);
    }
    System.exit(code);
  }

  /**
   * {@code conf} with what the job needs: Kryo for the shuffles, with the core's types registered,
   * and without reference tracking (nothing shuffled refers to itself; with it, Kryo cleared a
   * table the size of the largest record's graph before every record, most of the band keys' time).
   */
  static SparkConf configured(SparkConf conf) {
    return conf.set("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
        .set("spark.kryo.registrator", CoreTypesRegistrator.class.getName())
        .set("spark.kryo.referenceTracking", "false");
  }

  /**
   * Runs the job in {@code spark} (configured by {@link #configured}), clusters to {@code out} when
   * the JSON Lines go to standard output, problems, timings and the summary to {@code err}.
   *
   * @return the exit code
   */
  static int run(SparkSession spark, JobOptions options, PrintStream out, PrintStream err) {
    List<InputProblem> listing = new ArrayList<>();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<InputFile> files =
        InputFiles.list(options.inputs(), options.glob(), jsc.hadoopConfiguration(), listing::add);
    boolean errors = false;
    for (InputProblem p : listing) {
      err.println("neardup: error: " + p.render());
      errors = true;
    }
    try {
      DistributedClustering.Result result =
          new DistributedClustering(
                  jsc, options, line -> note(options.timings() ? line : null, options, err))
              .run(files);
      for (Problem p : result.problems()) {
        errors |= p.error();
        if (p.error() || !options.quiet()) {
          err.println("neardup: " + p.problem());
        }
      }
      long start = System.nanoTime();
      writeJsonl(result.clusters(), options, out);
      if (options.parquetOut() != null) {
        writeParquet(spark, result.clusters(), options);
      }
      if (options.timings()) {
        note(
            String.format(Locale.ROOT, "timings: output %.2f s", (System.nanoTime() - start) / 1e9),
            options,
            err);
      }
      for (String id : result.emptyIds()) {
        note("warning: " + id + ": no words left after normalisation, skipped", options, err);
      }
      long multi = result.multi();
      note(
          String.format(
              Locale.ROOT,
              "%d articles: %d duplicate cluster%s holding %d articles, %d singletons",
              result.articles(),
              multi,
              multi == 1 ? "" : "s",
              result.inMulti(),
              result.articles() - result.inMulti()),
          options,
          err);
      return errors ? INPUT_ERRORS : OK;
    } catch (Exception e) { // Spark rethrows its checked exceptions unchecked
      err.println("neardup: error: the Spark job failed: " + oneLine(e));
      return FAILED;
    }
  }

  private static void note(String message, JobOptions options, PrintStream err) {
    if (message != null && !options.quiet()) {
      err.println("neardup: " + TerminalText.escape(message));
    }
  }

  private static String oneLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return (root.getClass().getSimpleName() + ": " + root.getMessage()).replaceAll("\\R", " ");
  }

  /**
   * The clusters {@code neardup cluster --output jsonl} prints (those of two or more unless {@code
   * --singletons}), numbered as it numbers them: to {@code out}, fetched partition by partition, or
   * as part files under {@code --jsonl}.
   */
  private static void writeJsonl(
      JavaPairRDD<Long, Cluster> clusters, JobOptions options, PrintStream out) {
    boolean singletons = options.singletons();
    JavaPairRDD<Long, Cluster> shown = clusters.filter(t -> singletons || t._2().size() > 1);
    dev.neardup.core.verify.Measure measure = options.settings().measure();
    if (options.jsonlOut().equals("-")) {
      Writer writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
      ClusterWriter lines = new ClusterWriter(dev.neardup.io.OutputFormat.JSONL, measure);
      try {
        Iterator<Tuple2<Long, Cluster>> it = shown.toLocalIterator();
        while (it.hasNext()) {
          Tuple2<Long, Cluster> c = it.next();
          lines.writeJsonl(c._2(), c._1(), writer);
        }
        writer.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    JavaRDD<String> text =
        shown.map(
            t -> {
              StringWriter line = new StringWriter();
              new ClusterWriter(dev.neardup.io.OutputFormat.JSONL, measure)
                  .writeJsonl(t._2(), t._1(), line);
              return line.toString().substring(0, line.getBuffer().length() - 1);
            });
    text.saveAsTextFile(options.jsonlOut());
  }

  /** Schema of the per-article table. */
  static final StructType ARTICLE_TABLE =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("cluster", DataTypes.StringType, false)
          .add("representative", DataTypes.StringType, false)
          .add("score", DataTypes.DoubleType, false)
          .add("kept", DataTypes.BooleanType, false);

  /**
   * One row per article with words: its cluster's id (the JSON Lines' {@code c<N>}; singletons
   * numbered after the clusters, as {@code --singletons} numbers them), the representative, its
   * score against it, and whether it is kept (it is the representative).
   */
  private static void writeParquet(
      SparkSession spark, JavaPairRDD<Long, Cluster> clusters, JobOptions options) {
    dev.neardup.core.verify.Measure measure = options.settings().measure();
    JavaRDD<Row> rows =
        clusters.flatMap(
            t -> {
              List<Row> out = new ArrayList<>(t._2().size());
              for (Cluster.Member m : t._2().members()) {
                out.add(
                    RowFactory.create(
                        m.id(),
                        "c" + t._1(),
                        t._2().representative(),
                        measure.score(m.scores()),
                        m.id().equals(t._2().representative())));
              }
              return out.iterator();
            });
    spark
        .createDataFrame(rows, ARTICLE_TABLE)
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(options.parquetOut());
  }
}
