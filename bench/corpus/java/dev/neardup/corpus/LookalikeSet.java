package dev.neardup.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.neardup.corpus.LookalikeLabels.Label;
import dev.neardup.corpus.WireFeed.Item;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the labelled look-alike eval set at run time from the id-only labels and the Reuters file:
 * {@code articles.jsonl} (the wire-feed records of every labelled story, in label order) and {@code
 * gold.jsonl} ({@code {"id","cluster":story}}), the shapes {@code neardup eval} and {@code tune}
 * read.
 *
 * <p>Command line: {@code LookalikeSet [--source reuters21578.jsonl.gz] [--labels FILE] --out DIR}.
 */
public final class LookalikeSet {
  private static final String USAGE =
      "usage: LookalikeSet [--source FILE] [--labels FILE] --out DIR";

  private LookalikeSet() {}

  /** The eval set in memory: feed items in label order and the story of each. */
  public record EvalSet(List<Item> articles, Map<String, String> gold) {}

  public static EvalSet build(List<Label> labels, List<Item> feed) {
    Map<String, Item> byId = new HashMap<>();
    feed.forEach(item -> byId.put(item.id(), item));
    List<Item> articles = new ArrayList<>();
    Map<String, String> gold = new HashMap<>();
    for (Label label : labels) {
      Item item = byId.get(label.id());
      if (item == null) {
        throw new IllegalArgumentException(label.id() + " is labelled but not in the wire feed");
      }
      if (gold.put(label.id(), label.story()) != null) {
        throw new IllegalArgumentException(label.id() + " is labelled twice");
      }
      articles.add(item);
    }
    return new EvalSet(List.copyOf(articles), Map.copyOf(gold));
  }

  public static void write(EvalSet set, Path dir) throws IOException {
    Files.createDirectories(dir);
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedWriter a =
            Files.newBufferedWriter(dir.resolve("articles.jsonl"), StandardCharsets.UTF_8);
        BufferedWriter g =
            Files.newBufferedWriter(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
      WireFeed.write(set.articles(), a);
      for (Item item : set.articles()) {
        ObjectNode gold =
            mapper
                .createObjectNode()
                .put("id", item.id())
                .put("cluster", set.gold().get(item.id()));
        g.write(mapper.writeValueAsString(gold));
        g.write('\n');
      }
    }
  }

  public static void main(String[] args) throws IOException {
    Path source = CorpusGenerator.defaultSource();
    Path labels = LookalikeLabels.defaultFile();
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--source" -> source = Path.of(CommandLine.value(args, ++i, USAGE));
        case "--labels" -> labels = Path.of(CommandLine.value(args, ++i, USAGE));
        case "--out" -> out = Path.of(CommandLine.value(args, ++i, USAGE));
        default -> CommandLine.fail("unknown argument " + args[i], USAGE);
      }
    }
    if (out == null) {
      CommandLine.fail("--out DIR is required", USAGE);
    }
    List<Label> read = LookalikeLabels.read(labels);
    EvalSet set = build(read, WireFeed.read(source));
    write(set, out);
    LookalikeLabels.PairCounts pairs = LookalikeLabels.pairs(read);
    System.err.printf(
        "wrote %d articles, %d stories (%d same-story and %d different-story pairs in groups) to %s%n",
        set.articles().size(),
        set.gold().values().stream().distinct().count(),
        pairs.sameStory(),
        pairs.differentStory(),
        out);
  }
}
