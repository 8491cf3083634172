package dev.neardup.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.neardup.corpus.WebCorpusGenerator.Config;
import dev.neardup.corpus.WebCorpusGenerator.GeneratedWebCorpus;
import dev.neardup.corpus.WebCorpusGenerator.KindPair;
import dev.neardup.corpus.WebCorpusGenerator.WebDoc;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command line: {@code GenerateWebCorpus [--source reuters.jsonl.gz] [--pages DIR] [--stories N]
 * [--seed S] [--out DIR] [--histogram] [--sample DIR]} writes {@code articles.jsonl}, {@code
 * gold.jsonl} and {@code hard-pairs.jsonl} to DIR; {@code --histogram} prints the Jaccard and
 * containment histograms by pair kind, {@code --sample DIR} the same for a real labelled sample.
 */
public final class GenerateWebCorpus {
  private static final String USAGE =
      "usage: GenerateWebCorpus [--source reuters21578.jsonl.gz] [--pages article-extraction/]"
          + " [--stories 1200] [--seed 42] [--out DIR] [--histogram] [--sample web-sample/]";

  private GenerateWebCorpus() {}

  public static void main(String[] args) throws IOException {
    Path source = CorpusGenerator.defaultSource();
    Path pages = SiteChrome.defaultSource();
    int stories = 1200;
    long seed = 42;
    Path out = null;
    Path sample = null;
    boolean histogram = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--source" -> source = Path.of(CommandLine.value(args, ++i, USAGE));
        case "--pages" -> pages = Path.of(CommandLine.value(args, ++i, USAGE));
        case "--stories" -> stories = Integer.parseInt(CommandLine.value(args, ++i, USAGE));
        case "--seed" -> seed = Long.parseLong(CommandLine.value(args, ++i, USAGE));
        case "--out" -> out = Path.of(CommandLine.value(args, ++i, USAGE));
        case "--histogram" -> histogram = true;
        case "--sample" -> sample = Path.of(CommandLine.value(args, ++i, USAGE));
        default -> CommandLine.fail("unknown argument " + args[i], USAGE);
      }
    }
    if (out == null && !histogram && sample == null) {
      CommandLine.fail("--out DIR, --histogram or --sample DIR is required", USAGE);
    }
    if (out != null || histogram) {
      if (!Files.isRegularFile(source) || !Files.isDirectory(pages)) {
        CommandLine.fail(
            "source or pages not found: "
                + source
                + ", "
                + pages
                + " (set NEARDUP_SHARED or pass --source/--pages)",
            USAGE);
      }
      long start = System.nanoTime();
      GeneratedWebCorpus corpus =
          WebCorpusGenerator.generate(source, pages, new Config(stories, seed));
      System.err.print(corpus.describe());
      System.err.printf("generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
      if (out != null) {
        write(corpus, out);
        System.err.println("wrote articles.jsonl, gold.jsonl and hard-pairs.jsonl to " + out);
      }
      if (histogram) {
        Map<String, String> texts = new LinkedHashMap<>();
        corpus.articles().forEach(d -> texts.put(d.id(), d.text()));
        System.out.print(
            PairHistogram.renderByKind(
                "generated, seed " + seed,
                texts,
                corpus.gold(),
                corpus.hardPairs(),
                WebCorpusGenerator.POSITIVE_KINDS,
                seed));
      }
    }
    if (sample != null) {
      Map<String, String> texts = new LinkedHashMap<>();
      Map<String, String> gold = new LinkedHashMap<>();
      JsonLines.read(
          sample.resolve("articles.jsonl"),
          n -> texts.put(n.path("id").asText(), n.path("text").asText()));
      JsonLines.read(
          sample.resolve("gold.jsonl"),
          n -> gold.put(n.path("id").asText(), n.path("cluster").asText()));
      System.out.print(
          PairHistogram.renderByKind(
              "real sample " + sample,
              texts,
              gold,
              List.of(),
              WebCorpusGenerator.POSITIVE_KINDS,
              seed));
    }
  }

  /**
   * articles.jsonl ({"id","text","date"}), gold.jsonl ({"id","cluster"}), hard-pairs.jsonl
   * ({"a","b","kind"}).
   */
  public static void write(GeneratedWebCorpus corpus, Path dir) throws IOException {
    Files.createDirectories(dir);
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedWriter a =
            Files.newBufferedWriter(dir.resolve("articles.jsonl"), StandardCharsets.UTF_8);
        BufferedWriter g =
            Files.newBufferedWriter(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8);
        BufferedWriter h =
            Files.newBufferedWriter(dir.resolve("hard-pairs.jsonl"), StandardCharsets.UTF_8)) {
      for (WebDoc d : corpus.articles()) {
        ObjectNode article =
            mapper.createObjectNode().put("id", d.id()).put("text", d.text()).put("date", d.date());
        a.write(mapper.writeValueAsString(article));
        a.write('\n');
        g.write(
            mapper.writeValueAsString(
                mapper
                    .createObjectNode()
                    .put("id", d.id())
                    .put("cluster", corpus.gold().get(d.id()))));
        g.write('\n');
      }
      for (KindPair p : corpus.hardPairs()) {
        h.write(
            mapper.writeValueAsString(
                mapper.createObjectNode().put("a", p.a()).put("b", p.b()).put("kind", p.kind())));
        h.write('\n');
      }
    }
  }
}
