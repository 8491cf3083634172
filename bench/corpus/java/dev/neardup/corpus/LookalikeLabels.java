package dev.neardup.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The hand labels of the Reuters collection's own look-alikes ({@code
 * bench/corpus/reuters-lookalikes.jsonl}): ids only, never text. Each group is one cluster that
 * today's defaults formed on the wire feed; each story inside it is one report (a resend,
 * correction or update joins the report it repeats).
 */
public final class LookalikeLabels {
  /** Why a record has its story: a repeat of an earlier record, or a report of its own. */
  public static final Set<String> WHY =
      Set.of("first", "resend", "correction", "update", "template", "topic");

  private LookalikeLabels() {}

  /** One labelled record. */
  public record Label(String id, String group, String story, String why) {
    public Label {
      if (!WHY.contains(why)) {
        throw new IllegalArgumentException("unknown why '" + why + "' for " + id);
      }
      if (!story.startsWith(group + "-s")) {
        throw new IllegalArgumentException("story " + story + " is not in group " + group);
      }
    }
  }

  /** Pairs of labelled records inside one group: same story or different stories. */
  public record PairCounts(long sameStory, long differentStory) {}

  public static Path defaultFile() {
    return Path.of("bench", "corpus", "reuters-lookalikes.jsonl");
  }

  public static List<Label> read(Path file) throws IOException {
    List<Label> labels = new ArrayList<>();
    JsonLines.read(
        file,
        n ->
            labels.add(
                new Label(
                    n.path("id").asText(),
                    n.path("group").asText(),
                    n.path("story").asText(),
                    n.path("why").asText())));
    return labels;
  }

  public static PairCounts pairs(List<Label> labels) {
    long[] sameAndDifferent = new long[2];
    forEachPairInGroup(labels, (a, b) -> sameAndDifferent[a.story().equals(b.story()) ? 0 : 1]++);
    return new PairCounts(sameAndDifferent[0], sameAndDifferent[1]);
  }

  /** Every two records of one group, in label order: only those pairs were judged. */
  static void forEachPairInGroup(List<Label> labels, BiConsumer<Label, Label> pair) {
    for (int i = 0; i < labels.size(); i++) {
      for (int j = i + 1; j < labels.size(); j++) {
        Label a = labels.get(i);
        Label b = labels.get(j);
        if (a.group().equals(b.group())) {
          pair.accept(a, b);
        }
      }
    }
  }
}
