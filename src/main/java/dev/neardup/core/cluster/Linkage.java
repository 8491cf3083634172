package dev.neardup.core.cluster;

import java.util.Locale;

/** How verified pairs above the threshold are turned into clusters. */
public enum Linkage {
  /**
   * Fullest version first: the longest article not yet linked to a centre becomes a centre, and
   * every other article joins the centre for which its score plus a quarter of their mutual share
   * is highest. Members are verified against their representative, so a digest quoting two stories
   * cannot glue them; the exceptions each rest on verified pairs of the member's own: a member
   * scoring clearly higher against another cluster's article moves there, a centre no article chose
   * joins a member it shares 35 % of itself with both ways, two clusters join through a pair strong
   * from both sides or when two thirds of the pairs across them are verified ({@link
   * CenterClusterer}; {@link Cluster.Member#via} names the pair).
   */
  CENTER,
  /** Connected components: any chain of pairs joins; highest recall, prone to chaining. */
  SINGLE,
  /**
   * Average linkage: merges the two groups with the highest mean pair score (missing pairs score 0)
   * while that mean reaches the threshold.
   */
  AVERAGE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The clustering algorithm for this linkage. */
  public Clusterer clusterer() {
    return switch (this) {
      case CENTER -> new CenterClusterer();
      case SINGLE -> new ComponentClusterer();
      case AVERAGE -> new AverageLinkageClusterer();
    };
  }
}
