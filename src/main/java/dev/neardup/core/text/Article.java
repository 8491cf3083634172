package dev.neardup.core.text;

import java.util.Objects;

/**
 * One news article as read from the input: a caller-chosen identifier, its raw text and, when the
 * input gives one, when it was published.
 *
 * <p>Immutable. The identifier is opaque to the core; it only orders articles so that results do
 * not depend on input order.
 *
 * @param id non-null identifier, unique within one run
 * @param text non-null raw article text, before normalisation
 * @param time publication time in seconds since the epoch, or {@link #NO_TIME}
 */
public record Article(String id, String text, long time) {
  /** {@link #time()} of an article whose input gives none. */
  public static final long NO_TIME = Long.MIN_VALUE;

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text of article " + id);
  }

  /** An article without a publication time. */
  public Article(String id, String text) {
    this(id, text, NO_TIME);
  }

  public boolean hasTime() {
    return time != NO_TIME;
  }
}
