package dev.neardup.core;

import dev.neardup.core.lsh.CandidateFinder;
import dev.neardup.core.minhash.Signature;
import dev.neardup.core.minhash.Sketch;
import dev.neardup.core.verify.EstimatedScores;
import dev.neardup.core.verify.PairScores;
import dev.neardup.core.verify.ScoredPair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The pipeline of {@code cluster --signatures}: sketches (read back from {@code neardup sketch}
 * output) → LSH candidates → estimated scores → clusters. Deterministic like {@link Pipeline}:
 * sketches are ordered by id first, whatever the input order or thread count.
 */
public final class SketchClustering {
  private final int threads;

  /**
   * @param threads worker threads for banding, at least 1
   */
  public SketchClustering(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.threads = threads;
  }

  /**
   * Clusters articles known only by their sketches (for example read back from {@code neardup
   * sketch} output): LSH candidates as in {@link Pipeline#verify}, each scored by {@link
   * EstimatedScores} instead of exact shingle overlap, then clustered as {@link Pipeline#cluster}
   * does. The clusters equal those of the text run whenever every pair's estimated and exact scores
   * fall on the same side of the threshold; member scores are estimates.
   *
   * @param sketches sketches made with the shingling, permutations and seed of {@code settings};
   *     ids unique; those without shingles are set aside as empty
   * @throws IllegalArgumentException when a signature's length differs from the permutations
   */
  public Pipeline.Clustering cluster(List<Sketch> sketches, Settings settings) {
    Sketch[] sorted = sketches.toArray(Sketch[]::new);
    Arrays.sort(sorted, Comparator.comparing(Sketch::id));
    List<Sketch> kept = new ArrayList<>(sorted.length);
    List<String> empty = new ArrayList<>();
    for (Sketch s : sorted) {
      if (s.signature().length() != settings.permutations()) {
        throw new IllegalArgumentException(
            "signature of "
                + s.id()
                + " has "
                + s.signature().length()
                + " values, expected "
                + settings.permutations());
      }
      if (s.shingleCount() == 0 || s.tokenCount() == 0) {
        empty.add(s.id());
      } else {
        kept.add(s);
      }
    }
    int n = kept.size();
    Signature[] signatures = new Signature[n];
    int[] tokens = new int[n];
    List<String> ids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      signatures[i] = kept.get(i).signature();
      tokens[i] = kept.get(i).tokenCount();
      ids.add(kept.get(i).id());
    }
    long[] candidates =
        new CandidateFinder(settings.lshParams()).candidatePairs(signatures, threads);
    List<ScoredPair> verified = new ArrayList<>(candidates.length);
    for (long c : candidates) {
      int a = (int) (c >>> 32);
      int b = (int) c;
      verified.add(new ScoredPair(a, b, estimate(kept.get(a), kept.get(b))));
    }
    return Pipeline.clusterScored(
        ids, tokens, verified, settings, empty, (m, rep) -> estimate(kept.get(m), kept.get(rep)));
  }

  private static PairScores estimate(Sketch a, Sketch b) {
    return EstimatedScores.of(a.signature(), a.shingleCount(), b.signature(), b.shingleCount());
  }
}
