package dev.neardup.core.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.neardup.core.verify.Measure;
import dev.neardup.core.verify.PairScores;
import dev.neardup.core.verify.ScoredPair;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterBuilderTest {
  @Test
  void aMemberNotVerifiedAgainstItsRepresentativeSaysWhichMemberItJoinedThrough() {
    // a is the fullest; b is a version of a; c a version of b that shares nothing with a.
    List<String> ids = List.of("a", "b", "c");
    int[] tokens = {100, 80, 60};
    List<ScoredPair> verified =
        List.of(
            new ScoredPair(0, 1, new PairScores(70, 100, 80)),
            new ScoredPair(1, 2, new PairScores(50, 80, 60)));
    ClusterBuilder.Built built =
        ClusterBuilder.build(
            ids,
            tokens,
            verified,
            Measure.CONTAINMENT,
            0.4,
            Linkage.SINGLE,
            (m, rep) -> new PairScores(m == 1 ? 70 : 0, tokens[m], tokens[rep]));
    Cluster cluster = built.clusters().get(0);
    assertEquals(
        List.of("a", "b", "c"), cluster.members().stream().map(Cluster.Member::id).toList());
    assertNull(cluster.members().get(0).via(), "the representative");
    assertNull(cluster.members().get(1).via(), "b is verified against a");
    assertEquals(new Cluster.Link("b", 50.0 / 60), cluster.members().get(2).via());
  }
}
