package dev.neardup.core.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neardup.core.cluster.Clusterer.WeightedEdge;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClusterersTest {
  private static Set<String> groups(
      Linkage linkage, int[] ranks, List<WeightedEdge> edges, double threshold) {
    return linkage.clusterer().cluster(ranks, edges, threshold).stream()
        .map(g -> Arrays.toString(g))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void digestQuotingTwoStoriesDoesNotGlueThemUnderCenterLinkage() {
    // 0 and 1 are two long stories, 2 is a short digest quoting a paragraph of each (a tenth).
    int[] ranks = {0, 1, 2};
    List<WeightedEdge> edges =
        List.of(new WeightedEdge(0, 2, 0.45, 0.1), new WeightedEdge(1, 2, 0.4, 0.1));
    assertEquals(Set.of("[0, 2]", "[1]"), groups(Linkage.CENTER, ranks, edges, 0.3));
    assertEquals(Set.of("[0, 1, 2]"), groups(Linkage.SINGLE, ranks, edges, 0.3));
    assertEquals(Set.of("[0, 2]", "[1]"), groups(Linkage.AVERAGE, ranks, edges, 0.3));
  }

  @Test
  void versionsLinkedOnlyThroughTheFullestOneStayTogether() {
    // 1 is the fullest; 0 and 2 are each close to it and barely to each other.
    int[] ranks = {1, 0, 2};
    List<WeightedEdge> edges =
        List.of(
            new WeightedEdge(0, 1, 0.41),
            new WeightedEdge(1, 2, 0.36),
            new WeightedEdge(0, 2, 0.11));
    for (Linkage linkage : new Linkage[] {Linkage.CENTER, Linkage.SINGLE}) {
      assertEquals(Set.of("[0, 1, 2]"), groups(linkage, ranks, edges, 0.3), linkage.label());
    }
  }

  @Test
  void memberJoinsTheCenterItScoresHighestAgainst() {
    int[] ranks = {0, 1, 2};
    // 2 is a fifth of 0 and most of 1.
    List<WeightedEdge> edges =
        List.of(new WeightedEdge(0, 2, 0.35, 0.2), new WeightedEdge(1, 2, 0.8));
    assertEquals(Set.of("[0]", "[1, 2]"), groups(Linkage.CENTER, ranks, edges, 0.3));
  }

  @Test
  void onANearTieAMemberChoosesTheCentreItIsMoreOf() {
    // 0 is a long page 2 is a fifth of; 1 a version of 2's length sharing half of each.
    int[] ranks = {0, 1, 2};
    List<WeightedEdge> edges =
        List.of(new WeightedEdge(0, 2, 0.60, 0.19), new WeightedEdge(1, 2, 0.58, 0.45));
    assertEquals(Set.of("[0]", "[1, 2]"), groups(Linkage.CENTER, ranks, edges, 0.4));
  }

  @Test
  void aCentreNoArticleChoseJoinsAMemberItIsMostlyBothWays() {
    // 0 is the fullest version, 1 a long version sharing too little with it, 2 a version of both:
    // 1 ranks before 2 and becomes a centre, 2 chooses 0, and 1 would be left alone.
    int[] ranks = {0, 1, 2};
    List<WeightedEdge> edges =
        List.of(new WeightedEdge(0, 2, 0.8, 0.6), new WeightedEdge(1, 2, 0.7, 0.55));
    assertEquals(Set.of("[0, 1, 2]"), groups(Linkage.CENTER, ranks, edges, 0.4));
  }

  @Test
  void aCentreSharingMoreThanAThirdOfEachWithAMemberJoinsIt() {
    int[] ranks = {0, 1, 2};
    List<WeightedEdge> edges =
        List.of(new WeightedEdge(0, 2, 0.8, 0.6), new WeightedEdge(1, 2, 0.6, 0.4));
    assertEquals(Set.of("[0, 1, 2]"), groups(Linkage.CENTER, ranks, edges, 0.4));
  }

  @Test
  void aLongPageSharingOneBriefWithAMemberStaysApart() {
    // 1 is a live page holding much of 2 (a tenth of 1); 2 is a copy of the story 0 and chooses it.
    int[] ranks = {0, 1, 2};
    List<WeightedEdge> edges =
        List.of(new WeightedEdge(0, 2, 0.8, 0.6), new WeightedEdge(1, 2, 0.6, 0.1));
    assertEquals(Set.of("[0, 2]", "[1]"), groups(Linkage.CENTER, ranks, edges, 0.4));
  }

  /**
   * 0 and 1 are two long versions of one story adding different paragraphs (no edge); 2 and 3
   * choose 0, 4 and 5 choose 1; {@code across} are the pairs verified across the two halves.
   */
  private static Set<String> twoHalves(List<WeightedEdge> across) {
    List<WeightedEdge> edges =
        new ArrayList<>(
            List.of(
                new WeightedEdge(0, 2, 0.8),
                new WeightedEdge(0, 3, 0.8),
                new WeightedEdge(1, 4, 0.8),
                new WeightedEdge(1, 5, 0.8)));
    edges.addAll(across);
    return groups(Linkage.CENTER, new int[] {0, 1, 2, 3, 4, 5}, edges, 0.4);
  }

  /** Six of the nine pairs across the two halves of {@link #twoHalves}. */
  private static final List<WeightedEdge> SIX_ACROSS =
      List.of(
          new WeightedEdge(2, 4, 0.6),
          new WeightedEdge(2, 5, 0.6),
          new WeightedEdge(3, 4, 0.6),
          new WeightedEdge(3, 5, 0.6),
          new WeightedEdge(0, 4, 0.5),
          new WeightedEdge(1, 2, 0.5));

  @Test
  void twoHalvesOfAStoryVerifiedAcrossMostOfTheirPairsJoin() {
    assertEquals(Set.of("[0, 1, 2, 3, 4, 5]"), twoHalves(SIX_ACROSS));
  }

  @Test
  void clustersVerifiedAcrossFewerThanTwoThirdsOfTheirPairsStayApart() {
    // Five of the nine pairs across: a page sharing a passage with some of the other's versions.
    assertEquals(Set.of("[0, 2, 3]", "[1, 4, 5]"), twoHalves(SIX_ACROSS.subList(0, 5)));
  }

  /**
   * 0 and 1 are centres; 3 is 1's member; 2 can only choose 0 among the centres (a long page it is
   * a fifth of), and scores {@code toPartner} against 3 (sharing half of each: no strong link).
   */
  private static Set<String> memberWithAPartnerElsewhere(double toPartner) {
    List<WeightedEdge> edges =
        List.of(
            new WeightedEdge(0, 2, 0.45, 0.2),
            new WeightedEdge(1, 3, 0.7),
            new WeightedEdge(2, 3, toPartner, 0.5));
    return groups(Linkage.CENTER, new int[] {0, 1, 2, 3}, edges, 0.4);
  }

  @Test
  void aMemberFollowsAClearlyCloserPartnerIntoItsCluster() {
    assertEquals(Set.of("[0]", "[1, 2, 3]"), memberWithAPartnerElsewhere(0.8));
  }

  @Test
  void aMemberOnlySlightlyCloserToAPartnerStaysWithItsCentre() {
    assertEquals(Set.of("[0, 2]", "[1, 3]"), memberWithAPartnerElsewhere(0.6));
  }

  @Test
  void pairsBelowTheThresholdAreIgnored() {
    int[] ranks = {0, 1};
    List<WeightedEdge> edges = List.of(new WeightedEdge(0, 1, 0.2));
    for (Linkage linkage : Linkage.values()) {
      assertEquals(Set.of("[0]", "[1]"), groups(linkage, ranks, edges, 0.3), linkage.label());
    }
  }
}
