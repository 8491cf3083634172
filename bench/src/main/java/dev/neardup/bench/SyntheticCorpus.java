package dev.neardup.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes a large synthetic news corpus as JSON Lines ({@code {"id":..,"story":..,"text":..}}) for
 * end-to-end throughput runs. Plain Java, independent of the product code, deterministic for a
 * seed.
 *
 * <p>Real collections here are far too small for a million distinct stories, so text is made of
 * pseudo-words drawn from a Zipf(1.0) distribution over a 100,000-word vocabulary, in sentences of
 * 8–28 words and paragraphs of 1–4 sentences; story length is log-normal (median about 330 words,
 * about 2.3 KB per article on average). About 60 % of stories appear once; the rest are carried by
 * 2–30 outlets each, and every copy after the first is a planted rewrite: truncated to 40–90 % of
 * its paragraphs (35 % of copies), reworded with 3–15 % of words replaced (60 %), a new lede (30
 * %), two adjacent paragraphs swapped (20 %). Every article carries its outlet's boilerplate: short
 * chrome lines that the normaliser removes, and two long footer sentences shared by every article
 * of that outlet (50 outlets), which it cannot.
 *
 * <p>Usage: {@code SyntheticCorpus ARTICLES OUT.jsonl [SEED]}; prints a summary and writes {@code
 * OUT.jsonl.meta} (articles, text bytes, stories, planted rewrites).
 */
public final class SyntheticCorpus {
  private static final String[] SYLLABLES = {
    "ba", "ka", "ta", "ra", "lo", "mi", "ne", "su", "do", "fi", "ga", "he", "jo", "ku", "le",
    "mo", "nu", "pa", "qui", "ri", "se", "ti", "vo", "wa", "xe", "yo", "za", "an", "er", "in",
    "on", "us", "el", "ar", "or", "ist", "ent", "ion", "ter", "str", "pl", "gr", "th", "sh"
  };
  private static final int VOCABULARY = 100_000;
  private static final int OUTLETS = 50;

  private final SplittableRandom random;
  private final String[] words;
  private final AliasTable zipf;
  private final Outlet[] outlets;

  private record Outlet(String name, String header, String footer) {}

  public SyntheticCorpus(long seed) {
    random = new SplittableRandom(seed);
    words = vocabulary(new SplittableRandom(seed ^ 0x5DEECE66DL));
    double[] weights = new double[VOCABULARY];
    for (int r = 0; r < VOCABULARY; r++) {
      weights[r] = 1.0 / (r + 1);
    }
    zipf = new AliasTable(weights);
    outlets = new Outlet[OUTLETS];
    for (int o = 0; o < OUTLETS; o++) {
      String name =
          capitalise(words[1000 + random.nextInt(50_000)])
              + " "
              + capitalise(words[1000 + random.nextInt(50_000)]);
      String header =
          name.toUpperCase(Locale.ROOT)
              + "\nAdvertisement\nShare this article\nBy "
              + name
              + " Staff\n";
      StringBuilder footer = new StringBuilder("\n");
      sentence(footer, 14 + random.nextInt(6));
      footer.append(' ');
      sentence(footer, 12 + random.nextInt(6));
      footer.append("\nRead more\n");
      outlets[o] = new Outlet(name, header, footer.toString());
    }
  }

  private static String[] vocabulary(SplittableRandom random) {
    Set<String> seen = new HashSet<>();
    String[] out = new String[VOCABULARY];
    int n = 0;
    while (n < VOCABULARY) {
      // Frequent words short, rare words long, as in natural language.
      int syllables = 1 + random.nextInt(n < 100 ? 2 : n < 5000 ? 3 : 4);
      StringBuilder w = new StringBuilder();
      for (int s = 0; s < syllables; s++) {
        w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      if (seen.add(w.toString())) {
        out[n++] = w.toString();
      }
    }
    return out;
  }

  private static String capitalise(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  private String word() {
    return words[zipf.sample(random)];
  }

  private void sentence(StringBuilder out, int length) {
    for (int i = 0; i < length; i++) {
      String w = word();
      if (i == 0) {
        w = capitalise(w);
      } else {
        out.append(' ');
      }
      out.append(w);
      if (i > 2 && i < length - 2 && random.nextInt(12) == 0) {
        out.append(',');
      }
    }
    out.append('.');
  }

  /** A story: paragraphs of sentences. */
  private List<String> story() {
    double logWords = Math.log(330) + 0.55 * gaussian();
    int targetWords = (int) Math.max(60, Math.min(2500, Math.exp(logWords)));
    List<String> paragraphs = new ArrayList<>();
    int words = 0;
    while (words < targetWords) {
      StringBuilder p = new StringBuilder();
      int sentences = 1 + random.nextInt(4);
      for (int s = 0; s < sentences && words < targetWords; s++) {
        int len = 8 + random.nextInt(21);
        if (p.length() > 0) {
          p.append(' ');
        }
        sentence(p, len);
        words += len;
      }
      paragraphs.add(p.toString());
    }
    return paragraphs;
  }

  private double gaussian() {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private List<String> rewrite(List<String> original) {
    List<String> p = new ArrayList<>(original);
    if (random.nextDouble() < 0.35 && p.size() > 1) {
      int keep = Math.max(1, (int) Math.round(p.size() * (0.4 + 0.5 * random.nextDouble())));
      p = new ArrayList<>(p.subList(0, keep));
    }
    if (random.nextDouble() < 0.6) {
      double rate = 0.03 + 0.12 * random.nextDouble();
      for (int i = 0; i < p.size(); i++) {
        String[] tokens = p.get(i).split(" ");
        for (int t = 0; t < tokens.length; t++) {
          if (random.nextDouble() < rate) {
            String end = tokens[t].endsWith(".") ? "." : tokens[t].endsWith(",") ? "," : "";
            tokens[t] = (t == 0 ? capitalise(word()) : word()) + end;
          }
        }
        p.set(i, String.join(" ", tokens));
      }
    }
    if (random.nextDouble() < 0.3) {
      StringBuilder lede = new StringBuilder();
      sentence(lede, 15 + random.nextInt(10));
      p.set(0, lede.toString());
    }
    if (random.nextDouble() < 0.2 && p.size() > 2) {
      int i = 1 + random.nextInt(p.size() - 2);
      String t = p.get(i);
      p.set(i, p.get(i + 1));
      p.set(i + 1, t);
    }
    return p;
  }

  private String article(Outlet outlet, List<String> paragraphs) {
    StringBuilder text = new StringBuilder(4096);
    text.append(outlet.header);
    for (String p : paragraphs) {
      text.append(p).append('\n');
    }
    text.append(outlet.footer);
    return text.toString();
  }

  private int copies() {
    double u = random.nextDouble();
    if (u < 0.6) {
      return 1;
    }
    if (u < 0.9) {
      return 2 + random.nextInt(2);
    }
    if (u < 0.98) {
      return 4 + random.nextInt(5);
    }
    return 9 + random.nextInt(22);
  }

  /** Receives generated articles in order. */
  public interface Sink {
    void accept(int index, int story, String text) throws IOException;
  }

  /** Generates {@code articles} articles; returns [text bytes, stories, rewrites]. */
  public long[] generate(int articles, Sink sink) throws IOException {
    long bytes = 0;
    int stories = 0;
    int rewrites = 0;
    int n = 0;
    while (n < articles) {
      List<String> story = story();
      int copies = Math.min(copies(), articles - n);
      int firstOutlet = random.nextInt(OUTLETS);
      for (int c = 0; c < copies; c++) {
        Outlet outlet = outlets[(firstOutlet + c) % OUTLETS];
        String text = article(outlet, c == 0 ? story : rewrite(story));
        bytes += text.length(); // ASCII only
        sink.accept(n, stories, text);
        n++;
        rewrites += c == 0 ? 0 : 1;
      }
      stories++;
    }
    return new long[] {bytes, stories, rewrites};
  }

  /**
   * Writes {@code articles} articles to {@code out} as JSON Lines; returns as {@link #generate}.
   */
  public long[] write(int articles, Writer out) throws IOException {
    return generate(
        articles,
        (index, story, text) -> {
          out.write("{\"id\":\"a");
          out.write(String.format(Locale.ROOT, "%07d", index));
          out.write("\",\"story\":\"s");
          out.write(String.format(Locale.ROOT, "%07d", story));
          out.write("\",\"text\":\"");
          out.write(text.replace("\n", "\\n"));
          out.write("\"}\n");
        });
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: SyntheticCorpus ARTICLES OUT.jsonl [SEED]");
      System.exit(2);
    }
    int articles = Integer.parseInt(args[0]);
    Path path = Path.of(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    long[] r;
    try (Writer w =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), 1 << 20)) {
      r = new SyntheticCorpus(seed).write(articles, w);
    }
    String meta =
        String.format(
            Locale.ROOT,
            "articles=%d%ntext_bytes=%d%nstories=%d%nrewrites=%d%nseed=%d%n",
            articles,
            r[0],
            r[1],
            r[2],
            seed);
    Files.writeString(Path.of(args[1] + ".meta"), meta);
    System.out.print(meta);
  }

  /** Vose's alias method: O(1) sampling from a fixed discrete distribution. */
  private static final class AliasTable {
    private final double[] probability;
    private final int[] alias;

    AliasTable(double[] weights) {
      int n = weights.length;
      double sum = 0;
      for (double w : weights) {
        sum += w;
      }
      probability = new double[n];
      alias = new int[n];
      double[] scaled = new double[n];
      int[] small = new int[n];
      int[] large = new int[n];
      int ns = 0;
      int nl = 0;
      for (int i = 0; i < n; i++) {
        scaled[i] = weights[i] * n / sum;
        if (scaled[i] < 1) {
          small[ns++] = i;
        } else {
          large[nl++] = i;
        }
      }
      while (ns > 0 && nl > 0) {
        int s = small[--ns];
        int l = large[--nl];
        probability[s] = scaled[s];
        alias[s] = l;
        scaled[l] = scaled[l] + scaled[s] - 1;
        if (scaled[l] < 1) {
          small[ns++] = l;
        } else {
          large[nl++] = l;
        }
      }
      while (nl > 0) {
        probability[large[--nl]] = 1;
      }
      while (ns > 0) {
        probability[small[--ns]] = 1;
      }
    }

    int sample(SplittableRandom random) {
      int i = random.nextInt(probability.length);
      return random.nextDouble() < probability[i] ? i : alias[i];
    }
  }
}
