package dev.neardup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neardup.core.Settings;
import dev.neardup.core.cluster.Cluster;
import dev.neardup.core.verify.PairScores;
import org.junit.jupiter.api.Test;

class HtmlReportsTest {
  private static final PairScores NOTHING_SHARED = new PairScores(0, 60, 100);

  @Test
  void aMemberJoinedThroughAnotherSaysWhichInItsVerdict() {
    Cluster.Member m = new Cluster.Member("c", 60, NOTHING_SHARED, new Cluster.Link("b", 0.658));
    String verdict = HtmlReports.verdict(m, Settings.DEFAULTS);
    assertTrue(verdict.endsWith("; in this cluster through b (passage 0.6580)"), verdict);
  }

  @Test
  void aMemberVerifiedAgainstTheRepresentativeKeepsItsVerdict() {
    Cluster.Member m = new Cluster.Member("b", 60, NOTHING_SHARED);
    assertEquals(
        NOTHING_SHARED.verdict("this copy", "the representative"),
        HtmlReports.verdict(m, Settings.DEFAULTS));
  }
}
