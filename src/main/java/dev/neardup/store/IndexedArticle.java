package dev.neardup.store;

import dev.neardup.core.minhash.Sketch;
import java.util.Objects;

/**
 * An article as an index holds it: no text, only what finding and scoring duplicates needs.
 *
 * @param number the index's internal number for it (the {@code articles.num} row id); stable while
 *     the article stays, possibly reused after it is removed
 * @param sketch id, token count, shingle count and MinHash signature
 * @param source where it was read from (file, or file:line for JSON Lines), may be empty
 * @param addedAt when it was added, ISO-8601 UTC to the second
 */
public record IndexedArticle(long number, Sketch sketch, String source, String addedAt) {
  public IndexedArticle {
    Objects.requireNonNull(sketch, "sketch");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(addedAt, "addedAt");
  }

  public String id() {
    return sketch.id();
  }
}
