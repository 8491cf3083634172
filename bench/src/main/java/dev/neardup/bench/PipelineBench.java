package dev.neardup.bench;

import dev.neardup.core.Fingerprinter;
import dev.neardup.core.Settings;
import dev.neardup.core.shingle.ShingleKind;
import dev.neardup.core.verify.Fingerprint;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Each tool's natural text pipeline from the same raw text to a 128-value signature: neardup's
 * Fingerprinter (NFKC + news normalisation, tokenise, shingle, MinHash; with the default character
 * 9-shingles and with word 5-shingles) against Lucene's StandardTokenizer → LowerCaseFilter →
 * ShingleFilter(5) → MinHashFilter. java-lsh has no text pipeline. neardup also keeps the exact
 * shingle set, which Lucene's chain does not produce.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PipelineBench {
  @Param({"1024", "4096", "32768"})
  public int bytes;

  private String raw;
  private final Fingerprinter defaults = Fingerprinter.of(Settings.DEFAULTS);
  private final Fingerprinter char9All = Fingerprinter.of(Settings.DEFAULTS.withSampling(1));
  private final Fingerprinter word5 =
      Fingerprinter.of(Settings.DEFAULTS.withShingles(ShingleKind.WORD, 5).withSampling(1));
  private final Peers.LuceneNaturalSigner lucene = new Peers.LuceneNaturalSigner(128, true);

  @Setup
  public void setUp() {
    raw = SampleText.load().article(bytes, 42);
  }

  /** The default settings (character 9-shingles, 1 in 4 kept). */
  @Benchmark
  public Fingerprint neardup() {
    return defaults.fingerprint(raw);
  }

  /** Every character 9-shingle kept ({@code --sample 1}). */
  @Benchmark
  public Fingerprint neardupChar9All() {
    return char9All.fingerprint(raw);
  }

  /** Word 5-shingles, the same shingling as Lucene's chain here. */
  @Benchmark
  public Fingerprint neardupWord5() {
    return word5.fingerprint(raw);
  }

  @Benchmark
  public long[] lucene() {
    return lucene.sign(raw);
  }
}
