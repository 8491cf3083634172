package dev.neardup.core.shingle;

/** What a shingle is made of. */
public enum ShingleKind {
  /** Runs of consecutive word tokens: robust to spacing, sensitive to rewording. */
  WORD,
  /** Runs of consecutive characters of the token stream (tokens joined by one space). */
  CHAR;

  /** Default k for word shingles. */
  public static final int DEFAULT_WORD_SIZE = 5;

  /** Default k for character shingles (a word and a half of English). */
  public static final int DEFAULT_CHAR_SIZE = 9;

  /**
   * The k used when none is given: {@value #DEFAULT_WORD_SIZE} words or {@value #DEFAULT_CHAR_SIZE}
   * characters.
   */
  public int defaultSize() {
    return this == WORD ? DEFAULT_WORD_SIZE : DEFAULT_CHAR_SIZE;
  }
}
