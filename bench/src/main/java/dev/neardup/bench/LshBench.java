package dev.neardup.bench;

import dev.neardup.core.Pipeline;
import dev.neardup.core.Settings;
import dev.neardup.core.lsh.CandidateFinder;
import dev.neardup.core.minhash.Signature;
import dev.neardup.core.text.Article;
import dev.neardup.core.verify.Fingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
 * LSH candidate search (every article inserted into every band and its band-mates found) with the
 * default settings (character 9-shingles sampled 1 in 4, 128 permutations, 64 bands × 2 rows,
 * signatures without the batch's common shingles, as {@code neardup cluster} makes them), on the
 * first articles of the {@link SyntheticCorpus} (seed 1; ~45 % planted rewrites). CandidateFinder
 * is a batch API, so one invocation handles the whole batch and JMH divides by the batch size: the
 * reported time is per article, including emitting and deduplicating its candidate pairs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LshBench {
  /** Signatures of {@code size} articles. */
  abstract static class Batch {
    Signature[] signatures;
    final CandidateFinder finder = new CandidateFinder(Settings.DEFAULTS.lshParams());

    void build(int size) {
      List<String> texts = new ArrayList<>(size);
      try {
        new SyntheticCorpus(1).generate(size, (index, story, text) -> texts.add(text));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      List<Article> articles = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        articles.add(new Article(String.format("a%07d", i), texts.get(i)));
      }
      signatures =
          new Pipeline(2)
              .fingerprint(articles, Settings.DEFAULTS).fingerprints().stream()
                  .map(Fingerprint::signature)
                  .toArray(Signature[]::new);
      System.out.printf(
          "%n[%d articles: %d candidate pairs]%n", size, finder.candidatePairs(signatures).length);
    }
  }

  @State(Scope.Benchmark)
  public static class Batch10k extends Batch {
    @Setup
    public void setUp() {
      build(10_000);
    }
  }

  @State(Scope.Benchmark)
  public static class Batch100k extends Batch {
    @Setup
    public void setUp() {
      build(100_000);
    }
  }

  @Benchmark
  @OperationsPerInvocation(10_000)
  public long[] candidatePairs10k(Batch10k b) {
    return b.finder.candidatePairs(b.signatures);
  }

  @Benchmark
  @OperationsPerInvocation(100_000)
  public long[] candidatePairs100k(Batch100k b) {
    return b.finder.candidatePairs(b.signatures);
  }
}
