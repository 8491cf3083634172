package dev.neardup.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Command line: {@code HardKindMerges HARD_PAIRS CLUSTERS} prints, per hard-pair kind, how many of
 * its pairs a detector put in one cluster. CLUSTERS is {@code neardup cluster -o jsonl} output
 * (objects with a {@code members} array of {@code {"id"}}); read as plain JSON so this stays
 * detector-independent.
 */
public final class HardKindMerges {
  private HardKindMerges() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: HardKindMerges hard-pairs.jsonl clusters.jsonl");
      System.exit(2);
    }
    Map<String, String> predicted = new HashMap<>();
    JsonLines.read(
        Path.of(args[1]),
        n ->
            n.path("members")
                .forEach(m -> predicted.put(m.path("id").asText(), n.path("cluster").asText())));
    Map<String, int[]> byKind = new TreeMap<>();
    JsonLines.read(
        Path.of(args[0]),
        n -> {
          String a = predicted.get(n.path("a").asText());
          boolean merged = a != null && a.equals(predicted.get(n.path("b").asText()));
          int[] c = byKind.computeIfAbsent(n.path("kind").asText(), k -> new int[2]);
          c[0]++;
          c[1] += merged ? 1 : 0;
        });
    System.out.printf(
        Locale.ROOT, "%-18s %-9s %6s %7s %7s%n", "kind", "label", "pairs", "merged", "share");
    byKind.forEach(
        (kind, c) ->
            System.out.printf(
                Locale.ROOT,
                "%-18s %-9s %6d %7d %7.3f%n",
                kind,
                WebCorpusGenerator.POSITIVE_KINDS.contains(kind) ? "same" : "different",
                c[0],
                c[1],
                (double) c[1] / c[0]));
  }
}
