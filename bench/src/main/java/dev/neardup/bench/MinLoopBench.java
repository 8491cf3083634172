package dev.neardup.bench;

import dev.neardup.core.minhash.MinHasher;
import dev.neardup.core.minhash.Signature;
import dev.neardup.core.shingle.CharShingler;
import dev.neardup.core.shingle.ShingleSet;
import dev.neardup.core.text.NewsNormalizer;
import dev.neardup.core.text.Tokenizer;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Does C2 vectorise MinHasher's inner min loop? Each variant is timed with and without the
 * superword (auto-vectorisation) pass; equal times mean the loop runs scalar. On the default
 * character 9-shingles of a 4 KB article: the product method (one-permutation hashing, today's
 * algorithm, as the reference point) and bench copies of version 1's k-permutation loop, all three
 * giving identical values (checked in setup): the {@code Math.min} loop, the sign-mask loop, and
 * the loops swapped (permutation outer, shingles inner: a min-reduction per permutation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MinLoopBench {
  @Param({"4096"})
  public int bytes;

  private ShingleSet shingles;
  private long[] shingleArray;
  private final MinHasher minHasher = new MinHasher(128, MinHasher.DEFAULT_SEED);
  private final long[] a = new long[128];
  private final long[] b = new long[128];

  @Setup
  public void setUp() {
    String text = new NewsNormalizer().normalize(SampleText.load().article(bytes, 42));
    shingles = new CharShingler(9).shingles(text, new Tokenizer().tokenize(text));
    shingleArray = new long[shingles.size()];
    for (int i = 0; i < shingleArray.length; i++) {
      shingleArray[i] = shingles.get(i);
    }
    SplittableRandom random = new SplittableRandom(MinHasher.DEFAULT_SEED);
    for (int i = 0; i < a.length; i++) {
      a[i] = random.nextLong() | 1L;
      b[i] = random.nextLong();
    }
    // The three k-permutation loops are version 1's algorithm, not MinHasher's (one-permutation
    // hashing since version 2): they must agree with each other, not with it.
    int[] reference = mathMinLoop();
    if (!Arrays.equals(permutationOuter(), reference)
        || !Arrays.equals(arithmeticMinLoop(), reference)) {
      throw new IllegalStateException("the bench copies of the k-permutation min loop disagree");
    }
  }

  @Benchmark
  public Signature product() {
    return minHasher.sign(shingles);
  }

  @Benchmark
  @Fork(jvmArgsAppend = "-XX:-UseSuperWord")
  public Signature productNoSuperWord() {
    return minHasher.sign(shingles);
  }

  /** The loop as it was before the sign-mask select: {@code Math.min} on longs. */
  @Benchmark
  public int[] mathMin() {
    return mathMinLoop();
  }

  @Benchmark
  @Fork(jvmArgsAppend = "-XX:-UseSuperWord")
  public int[] mathMinNoSuperWord() {
    return mathMinLoop();
  }

  private int[] mathMinLoop() {
    int k = a.length;
    long[] mins = new long[k];
    Arrays.fill(mins, 0xFFFFFFFFL);
    long[] x = shingleArray;
    for (int s = 0; s < x.length; s++) {
      long xs = x[s];
      for (int i = 0; i < k; i++) {
        mins[i] = Math.min(mins[i], (a[i] * xs + b[i]) >>> 32);
      }
    }
    int[] out = new int[k];
    for (int i = 0; i < k; i++) {
      out[i] = (int) mins[i];
    }
    return out;
  }

  @Benchmark
  public int[] arithmeticMin() {
    return arithmeticMinLoop();
  }

  @Benchmark
  @Fork(jvmArgsAppend = "-XX:-UseSuperWord")
  public int[] arithmeticMinNoSuperWord() {
    return arithmeticMinLoop();
  }

  private int[] arithmeticMinLoop() {
    int k = a.length;
    long[] mins = new long[k];
    Arrays.fill(mins, 0xFFFFFFFFL);
    long[] x = shingleArray;
    for (int s = 0; s < x.length; s++) {
      long xs = x[s];
      for (int i = 0; i < k; i++) {
        long v = (a[i] * xs + b[i]) >>> 32;
        long d = v - mins[i];
        mins[i] += d & (d >> 63);
      }
    }
    int[] out = new int[k];
    for (int i = 0; i < k; i++) {
      out[i] = (int) mins[i];
    }
    return out;
  }

  @Benchmark
  public int[] permutationOuter() {
    long[] x = shingleArray;
    int[] out = new int[a.length];
    for (int i = 0; i < a.length; i++) {
      long ai = a[i];
      long bi = b[i];
      long min = 0xFFFFFFFFL;
      for (long s : x) {
        min = Math.min(min, (ai * s + bi) >>> 32);
      }
      out[i] = (int) min;
    }
    return out;
  }
}
