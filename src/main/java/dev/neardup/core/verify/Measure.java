package dev.neardup.core.verify;

import java.util.Locale;

/** Which similarity of a verified pair is compared with the threshold. */
public enum Measure {
  /** |A ∩ B| / |A ∪ B|: symmetric, punishes a truncated copy for what it lacks. */
  JACCARD {
    @Override
    public double score(PairScores scores) {
      return scores.jaccard();
    }
  },
  /** |A ∩ B| / min(|A|, |B|): a copy cut from the bottom still scores high against its source. */
  CONTAINMENT {
    @Override
    public double score(PairScores scores) {
      return scores.containment();
    }
  },
  /**
   * Containment counted in shared passages only ({@link PairScores#passage()}): names and stock
   * phrases scattered through two texts on one topic do not count, sentences and paragraphs do.
   */
  PASSAGE {
    @Override
    public double score(PairScores scores) {
      return scores.passage();
    }
  };

  public abstract double score(PairScores scores);

  /**
   * The score as the lower of what each side has of the other: Jaccard for Jaccard, the smaller of
   * the two containments, the smaller of the two passage shares. Clustering joins two clusters
   * through a pair only when this is high (see {@link dev.neardup.core.cluster.Linkage#CENTER}).
   */
  public double mutual(PairScores scores) {
    return switch (this) {
      case JACCARD -> scores.jaccard();
      case CONTAINMENT -> Math.min(scores.containmentOfA(), scores.containmentOfB());
      case PASSAGE ->
          scores.passages() == null
              ? CONTAINMENT.mutual(scores)
              : Math.min(scores.passages().ofA(), scores.passages().ofB());
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
