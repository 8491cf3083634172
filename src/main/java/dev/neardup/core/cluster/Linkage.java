package dev.neardup.core.cluster;

import java.util.Locale;

/** How verified pairs above the threshold are turned into clusters. */
public enum Linkage {
  /**
   * Fullest version first: the longest article not yet linked to a centre becomes a centre, and
   * every other article joins the centre it scores highest against. Every member is verified
   * directly against its representative, so a digest quoting two stories cannot glue them; the
   * exceptions are pairs each mostly the other: a centre no article chose joins a member it shares
   * half of itself with both ways, and two clusters join through a pair strong from both sides.
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
