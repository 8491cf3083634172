package dev.neardup.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;

/**
 * Writes a corpus where sentences recur across articles, as they do in a real crawl (stock
 * background paragraphs, boilerplate sentences, wire copy quoted everywhere), for measuring how
 * candidates and time grow: real Reuters sentences recombined into articles of 12–30 sentences,
 * drawn from a pool sized so that each sentence appears about {@code REUSE} times in the whole
 * corpus, popular sentences (Zipf) far more; 10 % of the articles are planted copies of an earlier
 * one (a tail of 0–3 sentences cut, one sentence replaced), labelled by {@code story}. Plain Java,
 * independent of the product code, deterministic for a seed.
 *
 * <p>Usage: {@code DenseOverlapCorpus reuters21578.jsonl.gz ARTICLES OUT.jsonl [SEED]}.
 */
public final class DenseOverlapCorpus {
  /** About how many times each sentence of the pool appears in the corpus. */
  static final int REUSE = 40;

  private DenseOverlapCorpus() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println(
          "usage: DenseOverlapCorpus reuters21578.jsonl.gz ARTICLES OUT.jsonl [SEED]");
      System.exit(2);
    }
    List<String> sentences = sentences(Path.of(args[0]));
    int articles = Integer.parseInt(args[1]);
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
    SplittableRandom random = new SplittableRandom(seed);
    int pool = (int) Math.min(sentences.size(), Math.max(1000, (long) articles * 21 / REUSE));
    double[] cumulative = zipfCumulative(pool);
    long bytes = 0;
    int copies = 0;
    List<int[]> kept = new ArrayList<>();
    JsonFactory json = new JsonFactory();
    try (Writer out =
        new BufferedWriter(
            Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8), 1 << 16)) {
      for (int a = 0; a < articles; a++) {
        int[] chosen;
        int story = a;
        if (a > 10 && random.nextInt(10) == 0) {
          int source = random.nextInt(kept.size());
          int[] original = kept.get(source); // its sentences, then its story
          int length = original.length - 1;
          chosen = java.util.Arrays.copyOf(original, Math.max(3, length - random.nextInt(4)));
          chosen[random.nextInt(chosen.length)] = draw(random, cumulative);
          story = original[length];
          copies++;
        } else {
          chosen = new int[12 + random.nextInt(19)];
          for (int i = 0; i < chosen.length; i++) {
            chosen[i] = draw(random, cumulative);
          }
        }
        kept.add(withStory(chosen, story));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < chosen.length; i++) {
          text.append(i == 0 ? "" : i % 4 == 0 ? "\n\n" : " ").append(sentences.get(chosen[i]));
        }
        bytes += text.length();
        try (JsonGenerator g = json.createGenerator(new NonClosing(out))) {
          g.writeStartObject();
          g.writeStringField("id", String.format(Locale.ROOT, "d%07d", a));
          g.writeStringField("story", String.format(Locale.ROOT, "s%07d", story));
          g.writeStringField("text", text.toString());
          g.writeEndObject();
        }
        out.write('\n');
      }
    }
    System.err.printf(
        Locale.ROOT,
        "%,d articles, %,d planted copies, %.1f MB of text, sentence pool %,d of %,d%n",
        articles,
        copies,
        bytes / 1e6,
        pool,
        sentences.size());
  }

  private static int[] withStory(int[] chosen, int story) {
    int[] out = java.util.Arrays.copyOf(chosen, chosen.length + 1);
    out[chosen.length] = story;
    return out;
  }

  private static int draw(SplittableRandom random, double[] cumulative) {
    int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
    return Math.min(cumulative.length - 1, at < 0 ? -at - 1 : at);
  }

  private static double[] zipfCumulative(int n) {
    double[] c = new double[n];
    double sum = 0;
    for (int r = 0; r < n; r++) {
      sum += 1.0 / Math.pow(r + 1, 0.8);
      c[r] = sum;
    }
    for (int r = 0; r < n; r++) {
      c[r] /= sum;
    }
    return c;
  }

  /**
   * Distinct sentences of the collection's texts, in file order: split at '.', '?' or '!' then
   * space.
   */
  private static List<String> sentences(Path reuters) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(reuters)), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        JsonNode text = mapper.readTree(line).path("text");
        for (String s : text.asText("").replaceAll("\\s+", " ").split("(?<=[.?!]) (?=[A-Z\"])")) {
          if (s.length() >= 40 && s.length() <= 400) {
            out.add(s.strip());
          }
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** Lets each record's generator close without closing the file. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
