package dev.neardup.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Runs the job in a local-mode Spark session inside the test JVM, and {@code neardup cluster} as
 * its own process from the product jar, for tests that compare the two.
 */
final class LocalJob implements AutoCloseable {
  /** What one run printed and returned. */
  record Run(int code, String out, String err) {}

  private final SparkSession spark;

  LocalJob() {
    spark =
        SparkSession.builder()
            .config(ClusterJob.configured(new SparkConf()))
            .master("local[2]")
            .appName("neardup test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
  }

  SparkSession spark() {
    return spark;
  }

  Run job(String... args) throws JobOptions.UsageError {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = ClusterJob.run(spark, JobOptions.parse(args), o, e);
    }
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * {@code neardup ARGS} from the jar named by the {@code neardup.jar} property. Skipped (with a
   * message) when the jar is missing outside CI; in CI (CI=true) a missing jar fails the test.
   */
  static Run cli(String... args) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("neardup.jar", "../target/neardup.jar"));
    if (!Files.isRegularFile(jar)) {
      String message = jar + " is missing: build it with ./mvnw -q -B package -DskipTests";
      assertTrue(!"true".equals(System.getenv("CI")), message);
      assumeTrue(false, message);
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("neardup-cli", ".out");
    Path err = Files.createTempFile("neardup-cli", ".err");
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .start();
      assertTrue(p.waitFor(10, TimeUnit.MINUTES), "neardup did not finish in 10 minutes");
      return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Override
  public void close() {
    spark.stop();
  }
}
