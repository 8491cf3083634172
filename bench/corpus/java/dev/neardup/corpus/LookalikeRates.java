package dev.neardup.corpus;

import dev.neardup.corpus.LookalikeLabels.Label;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two rates of issue 11, kind 4, from a {@code neardup cluster --output jsonl} run over the
 * look-alike set: the share of different-story pairs (same labelled group, different story) that
 * end in one cluster, and the share of same-story pairs that do. Only pairs within a labelled group
 * count: those are the candidates today's defaults joined, the hard cases the rates are about.
 *
 * <p>Command line: {@code LookalikeRates [--labels FILE] CLUSTERS.jsonl}.
 */
public final class LookalikeRates {
  private LookalikeRates() {}

  public record Rates(
      long sameStoryPairs,
      long sameStoryFound,
      long differentStoryPairs,
      long differentStoryMerged) {
    public double found() {
      return sameStoryPairs == 0 ? 0 : (double) sameStoryFound / sameStoryPairs;
    }

    public double merged() {
      return differentStoryPairs == 0 ? 0 : (double) differentStoryMerged / differentStoryPairs;
    }
  }

  /**
   * {@code clusterOf} maps an article id to its output cluster; ids missing from it are singletons.
   */
  public static Rates rates(List<Label> labels, Map<String, String> clusterOf) {
    long[] c =
        new long
            [4]; // in the order of Rates: same-story pairs, found, different-story pairs, merged
    LookalikeLabels.forEachPairInGroup(
        labels,
        (a, b) -> {
          String ca = clusterOf.get(a.id());
          int together = ca != null && ca.equals(clusterOf.get(b.id())) ? 1 : 0;
          if (a.story().equals(b.story())) {
            c[0]++;
            c[1] += together;
          } else {
            c[2]++;
            c[3] += together;
          }
        });
    return new Rates(c[0], c[1], c[2], c[3]);
  }

  /** Reads {@code cluster --output jsonl}: one cluster a line with its members' ids. */
  public static Map<String, String> readClusters(Path file) throws IOException {
    Map<String, String> clusterOf = new HashMap<>();
    JsonLines.read(
        file,
        n -> {
          String cluster = n.path("cluster").asText();
          n.path("members").forEach(m -> clusterOf.put(m.path("id").asText(), cluster));
        });
    return clusterOf;
  }

  public static void main(String[] args) throws IOException {
    Path labels = LookalikeLabels.defaultFile();
    Path clusters = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--labels")) {
        labels = Path.of(args[++i]);
      } else {
        clusters = Path.of(args[i]);
      }
    }
    if (clusters == null) {
      throw new IllegalArgumentException("usage: LookalikeRates [--labels FILE] CLUSTERS.jsonl");
    }
    Rates r = rates(LookalikeLabels.read(labels), readClusters(clusters));
    System.out.printf(
        "different-story pairs merged: %d of %d (%.1f %%)%n",
        r.differentStoryMerged(), r.differentStoryPairs(), 100 * r.merged());
    System.out.printf(
        "same-story pairs found:       %d of %d (%.1f %%)%n",
        r.sameStoryFound(), r.sameStoryPairs(), 100 * r.found());
  }
}
