package dev.neardup.bench;

import dev.neardup.io.ArticleReader;
import dev.neardup.io.InputFormat;
import dev.neardup.io.InputOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JSON Lines intake alone, on one thread: {@value #ARTICLES} synthetic articles ({@link
 * SyntheticCorpus}, seed 1, about 2.6 KB each, the corpus {@code bench/e2e.sh} times) held in
 * memory as one JSON Lines file and read the way {@code neardup cluster} reads a file, records
 * handed to a sink that only counts them. Scores are records per second; MB/s is that times the
 * average record size, which setup prints. {@link #splitLines} is the floor: finding the line ends
 * of the same bytes and nothing else.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IntakeBench {
  static final int ARTICLES = 20_000;

  private final InputOptions options =
      new InputOptions(InputFormat.AUTO, "id", "text", null, 64L << 20, "date");
  private byte[] file;

  @Setup
  public void setUp() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      new SyntheticCorpus(1).write(ARTICLES, out);
    }
    file = bytes.toByteArray();
    System.out.printf(
        "%nIntakeBench: %d records, %d bytes, %.1f bytes per record%n",
        ARTICLES, file.length, file.length / (double) ARTICLES);
  }

  /** Every record parsed into an article, as {@code cluster} reads a {@code .jsonl} file. */
  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public long readJsonl() {
    long[] chars = new long[1];
    ArticleReader reader = new ArticleReader(options, InputStream::nullInputStream, p -> {});
    reader.readFile(
        new ByteArrayInputStream(file),
        "bench.jsonl",
        "bench.jsonl",
        "bench.jsonl",
        file.length,
        record -> chars[0] += record.article().text().length() + record.article().id().length());
    return chars[0];
  }

  /** The line ends of the same bytes, read in the reader's 64 KiB chunks: the floor. */
  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public long splitLines() throws IOException {
    InputStream in = new ByteArrayInputStream(file);
    byte[] chunk = new byte[64 * 1024];
    long lines = 0;
    int n;
    while ((n = in.read(chunk)) != -1) {
      for (int i = 0; i < n; i++) {
        if (chunk[i] == '\n') {
          lines++;
        }
      }
    }
    return lines;
  }
}
