package dev.neardup.bench;

import dev.neardup.core.shingle.CharShingler;
import dev.neardup.core.shingle.ShingleSet;
import dev.neardup.core.shingle.WordShingler;
import dev.neardup.core.text.NewsNormalizer;
import dev.neardup.core.text.Tokenizer;
import dev.neardup.core.text.Tokens;
import dev.neardup.core.verify.PairScores;
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
 * Per-article stages of the hashing core on sample-derived text of 1, 4 and 32 KB: normalising,
 * tokenising, shingle hashing (the default character 9-shingles and word 5-shingles) and exact
 * verification of a near-duplicate pair of that size. Times are per article (or pair); MB/s = bytes
 * / µs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CoreBench {
  @Param({"1024", "4096", "32768"})
  public int bytes;

  private final NewsNormalizer normalizer = new NewsNormalizer();
  private final Tokenizer tokenizer = new Tokenizer();
  private final WordShingler word5 = new WordShingler(5);
  private final CharShingler char9 = new CharShingler(9);
  private String raw;
  private String normalized;
  private Tokens tokens;
  private ShingleSet charA;
  private ShingleSet charB;
  private ShingleSet wordA;
  private ShingleSet wordB;

  @Setup
  public void setUp() {
    SampleText samples = SampleText.load();
    raw = samples.article(bytes, 42);
    normalized = normalizer.normalize(raw);
    tokens = tokenizer.tokenize(normalized);
    charA = char9.shingles(normalized, tokens);
    wordA = word5.shingles(normalized, tokens);
    // A near-duplicate: 10 % of words reworded, the last 20 % cut.
    String copy = normalizer.normalize(samples.rewrite(raw, 0.1, 0.8, 7));
    Tokens copyTokens = tokenizer.tokenize(copy);
    charB = char9.shingles(copy, copyTokens);
    wordB = word5.shingles(copy, copyTokens);
  }

  /** NewsNormalizer alone. */
  @Benchmark
  public String normalize() {
    return normalizer.normalize(raw);
  }

  /** Tokenizer alone, on normalised text. */
  @Benchmark
  public Tokens tokenize() {
    return tokenizer.tokenize(normalized);
  }

  /** Normalise + tokenise from the raw text. */
  @Benchmark
  public Tokens normalizeTokenize() {
    return tokenizer.tokenize(normalizer.normalize(raw));
  }

  /** Character 9-shingle hashing (the default) into a sorted distinct set, from tokens. */
  @Benchmark
  public ShingleSet shingleChar9() {
    return char9.shingles(normalized, tokens);
  }

  /** Word 5-shingle hashing into a sorted distinct set, from tokens. */
  @Benchmark
  public ShingleSet shingleWord5() {
    return word5.shingles(normalized, tokens);
  }

  /** Exact verification of one candidate pair, character 9-shingles (one linear merge). */
  @Benchmark
  public PairScores verifyChar9() {
    return PairScores.of(charA, charB);
  }

  /** Exact verification of one candidate pair, word 5-shingles. */
  @Benchmark
  public PairScores verifyWord5() {
    return PairScores.of(wordA, wordB);
  }
}
