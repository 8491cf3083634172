package dev.neardup.core;

import java.util.Objects;

/**
 * What other tools need of an article to find its duplicates without its text: its MinHash
 * signature and the sizes the estimated scores are computed from.
 *
 * @param id           article id
 * @param tokenCount   words after normalisation; orders cluster members, fullest first
 * @param shingleCount distinct shingles; the set size for {@link EstimatedScores}
 * @param signature    MinHash signature
 */
public record Sketch(String id, int tokenCount, int shingleCount, Signature signature) {
  public Sketch {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(signature, "signature of " + id);
    if (tokenCount < 0 || shingleCount < 0) {
      throw new IllegalArgumentException("counts of " + id + " must not be negative: tokens "
          + tokenCount + ", shingles " + shingleCount);
    }
  }

  /** The sketch of a fingerprinted article. */
  public static Sketch of(String id, Fingerprinter.Fingerprint print) {
    return new Sketch(id, print.tokenCount(), print.shingles().size(), print.signature());
  }
}
