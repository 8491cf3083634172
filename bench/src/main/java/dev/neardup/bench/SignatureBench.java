package dev.neardup.bench;

import dev.neardup.core.minhash.MinHasher;
import dev.neardup.core.minhash.Signature;
import dev.neardup.core.shingle.ShingleKind;
import dev.neardup.core.shingle.ShingleSet;
import dev.neardup.core.shingle.Shingler;
import dev.neardup.core.text.NewsNormalizer;
import dev.neardup.core.text.Tokenizer;
import info.debatty.java.lsh.MinHash;
import java.util.Set;
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
 * MinHash signature of one article at 128 permutations, on the same shingles for every tool
 * (neardup's shingle hashes of the same sample-derived text: character 9-shingles, the default, or
 * word 5-shingles; see {@link Peers} for how each peer receives them). Building each tool's input
 * container is outside the timed region for all three.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SignatureBench {
  @Param({"char:9", "word:5"})
  public String shingling;

  @Param({"1024", "4096", "32768"})
  public int bytes;

  private ShingleSet shingles;
  private MinHasher minHasher;
  private Set<Integer> javaLshSet;
  private MinHash javaLsh;
  private char[][] luceneTerms;
  private Peers.LuceneTermsSigner lucene;

  /** neardup's shingle hashes of a sample-derived article. */
  static ShingleSet shingles(String shingling, int bytes) {
    String[] kindSize = shingling.split(":");
    Shingler shingler =
        Shingler.of(
            ShingleKind.valueOf(kindSize[0].toUpperCase(java.util.Locale.ROOT)),
            Integer.parseInt(kindSize[1]));
    String text = new NewsNormalizer().normalize(SampleText.load().article(bytes, 42));
    return shingler.shingles(text, new Tokenizer().tokenize(text));
  }

  @Setup
  public void setUp() {
    shingles = shingles(shingling, bytes);
    minHasher = new MinHasher(128, MinHasher.DEFAULT_SEED);
    javaLshSet = Peers.javaLshSet(shingles);
    javaLsh = Peers.javaLsh(128, MinHasher.DEFAULT_SEED);
    luceneTerms = Peers.luceneTerms(shingles);
    lucene = new Peers.LuceneTermsSigner(128);
    System.out.println(
        "\n[" + shingling + ", " + bytes + " B: " + shingles.size() + " distinct shingles]");
  }

  @Benchmark
  public Signature neardup() {
    return minHasher.sign(shingles);
  }

  @Benchmark
  public int[] javaLsh() {
    return javaLsh.signature(javaLshSet);
  }

  @Benchmark
  public long[] lucene() {
    return lucene.sign(luceneTerms);
  }
}
