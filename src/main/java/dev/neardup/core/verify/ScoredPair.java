package dev.neardup.core.verify;

/** A verified candidate pair: article indices {@code a < b} and their exact scores (A = a). */
public record ScoredPair(int a, int b, PairScores scores) {
  public ScoredPair {
    if (a < 0 || a >= b) {
      throw new IllegalArgumentException("pair indices must satisfy 0 <= a < b: " + a + ", " + b);
    }
  }
}
