package dev.neardup.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.neardup.corpus.CorpusGenerator.Config;
import dev.neardup.corpus.CorpusGenerator.Doc;
import dev.neardup.corpus.CorpusGenerator.GeneratedCorpus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Command line: {@code GenerateCorpus --source FILE --stories N --seed S --out DIR [--histogram]}
 * writes {@code articles.jsonl} and {@code gold.jsonl} to DIR; {@code --histogram} also prints the
 * Jaccard histogram of positive, hard-negative and sampled other pairs (then --out is optional).
 */
public final class GenerateCorpus {
  private static final String USAGE =
      "usage: GenerateCorpus [--source reuters21578.jsonl.gz] [--stories 2000] [--seed 42]"
          + " (--out DIR | --histogram) [--out DIR --histogram]";

  private GenerateCorpus() {}

  public static void main(String[] args) throws IOException {
    Path source = CorpusGenerator.defaultSource();
    int stories = 2000;
    long seed = 42;
    Path out = null;
    boolean histogram = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--source" -> source = Path.of(CommandLine.value(args, ++i, USAGE));
        case "--stories" -> stories = Integer.parseInt(CommandLine.value(args, ++i, USAGE));
        case "--seed" -> seed = Long.parseLong(CommandLine.value(args, ++i, USAGE));
        case "--out" -> out = Path.of(CommandLine.value(args, ++i, USAGE));
        case "--histogram" -> histogram = true;
        default -> CommandLine.fail("unknown argument " + args[i], USAGE);
      }
    }
    if (out == null && !histogram) {
      CommandLine.fail("--out DIR or --histogram is required", USAGE);
    }
    if (!Files.isRegularFile(source)) {
      CommandLine.fail(
          "source not found: " + source + " (set NEARDUP_SHARED or pass --source)", USAGE);
    }
    long start = System.nanoTime();
    GeneratedCorpus corpus = CorpusGenerator.generate(source, new Config(stories, seed));
    System.err.println(corpus.stats());
    if (out != null) {
      write(corpus, out);
      System.err.println(
          "wrote " + out.resolve("articles.jsonl") + " and " + out.resolve("gold.jsonl"));
    }
    System.err.printf("generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
    if (histogram) {
      System.out.print(PairHistogram.render(corpus, seed));
    }
  }

  /** Writes articles.jsonl ({"id","text"}) and gold.jsonl ({"id","cluster"}), one object a line. */
  public static void write(GeneratedCorpus corpus, Path dir) throws IOException {
    Files.createDirectories(dir);
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedWriter a =
            Files.newBufferedWriter(dir.resolve("articles.jsonl"), StandardCharsets.UTF_8);
        BufferedWriter g =
            Files.newBufferedWriter(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
      for (Doc d : corpus.articles()) {
        ObjectNode article = mapper.createObjectNode().put("id", d.id()).put("text", d.text());
        a.write(mapper.writeValueAsString(article));
        a.write('\n');
        ObjectNode gold =
            mapper.createObjectNode().put("id", d.id()).put("cluster", corpus.gold().get(d.id()));
        g.write(mapper.writeValueAsString(gold));
        g.write('\n');
      }
    }
  }
}
