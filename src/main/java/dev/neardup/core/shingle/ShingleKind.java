package dev.neardup.core.shingle;

/** What a shingle is made of. */
public enum ShingleKind {
  /** Runs of consecutive word tokens: robust to spacing, sensitive to rewording. */
  WORD,
  /** Runs of consecutive characters of the token stream (tokens joined by one space). */
  CHAR
}
