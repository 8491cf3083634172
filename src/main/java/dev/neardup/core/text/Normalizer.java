package dev.neardup.core.text;

/**
 * First stage: turns raw article text into the canonical text that tokens are taken from.
 *
 * <p>Implementations are pure and stateless, hence thread-safe: the same input gives the same
 * output on every machine and run.
 */
@FunctionalInterface
public interface Normalizer {
  /** Returns the canonical form of {@code rawText}; never null, possibly empty. */
  String normalize(String rawText);
}
