package dev.neardup.store;

import dev.neardup.core.minhash.Sketch;
import java.util.Objects;

/**
 * An article to add to an index.
 *
 * @param sketch its sketch, made with the index's settings
 * @param source where it was read from, for people inspecting the index; may be empty
 */
public record NewArticle(Sketch sketch, String source) {
  public NewArticle {
    Objects.requireNonNull(sketch, "sketch");
    Objects.requireNonNull(source, "source of " + sketch.id());
  }
}
