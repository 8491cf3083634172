package dev.neardup.core.verify;

import dev.neardup.core.text.Article;
import java.util.Locale;

/**
 * What, besides shared text, says two articles are different stories: figures that differ in the
 * same place ({@link Figures}), datelines naming days too far apart ({@link Dateline}) and
 * publication times too far apart.
 *
 * <p>Why: in templated wire copy (earnings, dividends, offerings, daily market estimates) two
 * reports about different companies or days share nearly all their words, so no overlap threshold
 * separates them from a resend; the few figures that differ, and the day each was sent, do.
 * Versions of one story appear within hours or days of each other.
 *
 * @param figures how the two articles' figures compare
 * @param hoursApart hours between their publication times, or NaN when either has none
 */
public record StoryEvidence(Figures.Comparison figures, double hoursApart) {
  /** Publication times further apart than this mean different stories (three days). */
  public static final double MAX_HOURS_APART = 72;

  /** The evidence of two fingerprints. */
  public static StoryEvidence of(Fingerprint a, Fingerprint b) {
    return of(a.figures(), a.time(), b.figures(), b.time());
  }

  /**
   * The evidence of two articles' figures and publication times ({@link Article#NO_TIME} when
   * unknown).
   */
  public static StoryEvidence of(Figures figuresA, long timeA, Figures figuresB, long timeB) {
    double hours =
        timeA == Article.NO_TIME || timeB == Article.NO_TIME
            ? Double.NaN
            : Math.abs((double) timeA - timeB) / 3600;
    return new StoryEvidence(figuresA.compare(figuresB), hours);
  }

  /** Whether the evidence says different stories, whatever text the two share. */
  public boolean differentStories() {
    return figures.differ() || hoursApart > MAX_HOURS_APART;
  }

  /** Why {@link #differentStories()}, in words; null when it does not. */
  public String reason() {
    if (hoursApart > MAX_HOURS_APART) {
      return String.format(Locale.ROOT, "published %.0f hours apart", hoursApart);
    }
    if (figures.datelineDaysApart() >= Figures.Comparison.MIN_DATELINE_DAYS_APART) {
      return "datelines " + figures.datelineDaysApart() + " days apart";
    }
    if (figures.differ()) {
      return figures.conflicts()
          + " figure"
          + (figures.conflicts() == 1 ? "" : "s")
          + " differ in the same place, "
          + figures.agreements()
          + " agree";
    }
    return null;
  }
}
