package dev.neardup.core;

import java.util.Objects;

/**
 * One news article as read from the input: a caller-chosen identifier and its raw text.
 *
 * <p>Immutable. The identifier is opaque to the core; it only orders articles so that results do
 * not depend on input order.
 *
 * @param id   non-null identifier, unique within one run
 * @param text non-null raw article text, before normalisation
 */
public record Article(String id, String text) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text of article " + id);
  }
}
