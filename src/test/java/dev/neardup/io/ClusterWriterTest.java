package dev.neardup.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neardup.core.cluster.Cluster;
import dev.neardup.core.verify.Measure;
import dev.neardup.core.verify.PairScores;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterWriterTest {
  /** a is the representative; b is verified against it; c joined through b only. */
  private static final Cluster JOINED_THROUGH_A_MEMBER =
      new Cluster(
          "a",
          List.of(
              new Cluster.Member("a", 100, new PairScores(100, 100, 100)),
              new Cluster.Member("b", 80, new PairScores(70, 80, 100)),
              new Cluster.Member(
                  "c", 60, new PairScores(0, 60, 100), new Cluster.Link("b", 0.85))));

  private static String written(OutputFormat format) {
    StringWriter out = new StringWriter();
    new ClusterWriter(format, Measure.CONTAINMENT).write(List.of(JOINED_THROUGH_A_MEMBER), out);
    return out.toString();
  }

  @Test
  void aMemberJoinedThroughAnotherSaysWhichInText() {
    List<String> lines = written(OutputFormat.TEXT).lines().toList();
    assertEquals("  b               80 words  containment 0.8750", lines.get(2));
    assertEquals(
        "  c               60 words  containment 0.0000, via b (containment 0.8500)", lines.get(3));
  }

  @Test
  void aMemberJoinedThroughAnotherSaysWhichInJsonLines() {
    String line = written(OutputFormat.JSONL);
    assertTrue(line.contains("{\"id\":\"c\",\"tokens\":60,\"score\":0.0,"), line);
    assertTrue(line.contains(",\"via\":{\"id\":\"b\",\"score\":0.85}}"), line);
    assertEquals(1, line.split("\"via\"", -1).length - 1, "only c has a via: " + line);
  }
}
