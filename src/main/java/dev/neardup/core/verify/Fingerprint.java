package dev.neardup.core.verify;

import dev.neardup.core.minhash.Signature;
import dev.neardup.core.minhash.Sketch;
import dev.neardup.core.shingle.ShingleSet;

/**
 * What the pipeline keeps of an article.
 *
 * @param tokenCount words after normalisation (chrome removed); the article's length
 * @param shingles exact shingle set, for verification
 * @param signature MinHash signature, for candidate search
 * @param signedCount shingles the signature was computed from: all of them, or those not common in
 *     the batch ({@link dev.neardup.core.shingle.CommonShingles}); the set size that goes with the
 *     signature when scores are estimated from it
 * @param lead MinHash signature ({@value dev.neardup.core.Fingerprinter#LEAD_PERMUTATIONS} values)
 *     of the shingles of the article's lead, less the common ones: a teaser or excerpt is its
 *     story's lead but a tenth of it, too small a share for the whole signatures to meet in LSH
 * @param figures its figures in their places, for {@link StoryEvidence}
 * @param time publication time ({@link dev.neardup.core.text.Article#time()})
 */
public record Fingerprint(
    int tokenCount,
    ShingleSet shingles,
    Signature signature,
    int signedCount,
    Signature lead,
    Figures figures,
    long time) {

  /**
   * Whether nothing is left to compare: no words after normalisation (a page of chrome, an empty
   * record). Every command skips such an article with the same warning; it duplicates nothing.
   */
  public boolean isEmpty() {
    return tokenCount == 0 || shingles.isEmpty();
  }

  /** What other tools need of this article to find its duplicates without its text. */
  public Sketch sketch(String id) {
    return new Sketch(id, tokenCount, shingles.size(), signature);
  }
}
