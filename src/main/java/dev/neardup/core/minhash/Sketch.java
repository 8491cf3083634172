package dev.neardup.core.minhash;

import java.util.Objects;

/**
 * What other tools need of an article to find its duplicates without its text: its MinHash
 * signature and the sizes the estimated scores are computed from.
 *
 * @param id article id
 * @param tokenCount words after normalisation; orders cluster members, fullest first
 * @param shingleCount distinct shingles; the set size for {@link
 *     dev.neardup.core.verify.EstimatedScores}
 * @param signature MinHash signature
 */
public record Sketch(String id, int tokenCount, int shingleCount, Signature signature) {
  public Sketch {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(signature, "signature of " + id);
    if (tokenCount < 0 || shingleCount < 0) {
      throw new IllegalArgumentException(
          "counts of "
              + id
              + " must not be negative: tokens "
              + tokenCount
              + ", shingles "
              + shingleCount);
    }
  }
}
