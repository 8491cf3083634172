package dev.neardup.bench;

import dev.neardup.core.minhash.MinHasher;
import dev.neardup.core.minhash.Signature;
import dev.neardup.core.shingle.ShingleSet;
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
 * neardup's MinHash signature per article at 64 and 256 permutations (128 is in {@link
 * SignatureBench}), on the default character 9-shingles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PermutationsBench {
  @Param({"64", "256"})
  public int permutations;

  @Param({"1024", "4096", "32768"})
  public int bytes;

  private ShingleSet shingles;
  private MinHasher minHasher;

  @Setup
  public void setUp() {
    shingles = SignatureBench.shingles("char:9", bytes);
    minHasher = new MinHasher(permutations, MinHasher.DEFAULT_SEED);
  }

  @Benchmark
  public Signature neardup() {
    return minHasher.sign(shingles);
  }
}
