package dev.neardup.core.verify;

/**
 * What a paragraph of one text is with respect to another, by how much of it lies in passages both
 * share ({@link PassageFinder}): what an editor asks of a copy (which paragraphs were taken whole,
 * which were rewritten, which an outlet added).
 */
public enum ParagraphStatus {
  /** At least {@link #COPIED_SHARE} of its words lie in shared passages. */
  COPIED("copied"),
  /** Some of its words, but less than {@link #COPIED_SHARE}, lie in shared passages. */
  PARTIAL("partial"),
  /** None of its words lie in a shared passage: text only this version has. */
  ONLY_HERE("only here"),
  /** Dropped by the normaliser as site chrome or as a repeat of an earlier line: not compared. */
  IGNORED("ignored");

  /**
   * The share of a paragraph's words in shared passages from which it counts as copied: a copied
   * paragraph may still differ in a word or two at its ends (a dateline, a changed attribution).
   */
  public static final double COPIED_SHARE = 0.9;

  private final String label;

  ParagraphStatus(String label) {
    this.label = label;
  }

  /** The status of {@code paragraph}. */
  public static ParagraphStatus of(PassageFinder.Paragraph paragraph) {
    if (paragraph.ignored()) {
      return IGNORED;
    }
    double share = paragraph.coverage();
    return share >= COPIED_SHARE ? COPIED : share > 0 ? PARTIAL : ONLY_HERE;
  }

  /** The status in words, as printed: "copied", "partial", "only here", "ignored". */
  public String label() {
    return label;
  }
}
