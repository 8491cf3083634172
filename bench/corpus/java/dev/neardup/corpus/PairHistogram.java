package dev.neardup.corpus;

import dev.neardup.corpus.CorpusGenerator.Doc;
import dev.neardup.corpus.CorpusGenerator.GeneratedCorpus;
import dev.neardup.corpus.CorpusGenerator.IdPair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word 5-shingle Jaccard of the generated pairs, computed with this package's own tokenizer (not
 * the detector's), printed as a text histogram to calibrate the rates and document the corpus.
 */
public final class PairHistogram {
  /** Uneven bins: the interesting boundary between negatives and weak positives is below 0.1. */
  static final double[] EDGES = {0.0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.6, 0.8, 1.0};

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final int SHINGLE = 5;

  private PairHistogram() {}

  /** Lower-cased runs of letters and digits. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** 64-bit FNV-1a over {@code k} tokens, so shingle sets stay small and collisions negligible. */
  static long hash(List<String> tokens, int from, int k) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < from + k; i++) {
      String t = tokens.get(i);
      for (int c = 0; c < t.length(); c++) {
        h = (h ^ t.charAt(c)) * 0x100000001b3L;
      }
      h = (h ^ ' ') * 0x100000001b3L;
    }
    return h;
  }

  /** Sorted distinct hashed word 5-shingles; a text shorter than five words is one shingle. */
  public static long[] shingles(String text) {
    List<String> t = tokens(text);
    if (t.isEmpty()) {
      return new long[0];
    }
    int k = Math.min(SHINGLE, t.size());
    long[] out = new long[t.size() - k + 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = hash(t, i, k);
    }
    return Arrays.stream(out).distinct().sorted().toArray();
  }

  public static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int both = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        both++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - both;
    return union == 0 ? 1.0 : (double) both / union;
  }

  /**
   * Shared shingles over the smaller set's size: how much of the shorter text is in the longer one.
   */
  public static double containment(long[] a, long[] b) {
    int smaller = Math.min(a.length, b.length);
    if (smaller == 0) {
      return a.length == b.length ? 1.0 : 0.0;
    }
    double j = jaccard(a, b);
    // |A and B| from the Jaccard: both = J (|A| + |B|) / (1 + J).
    return Math.min(1.0, j * (a.length + b.length) / (1 + j) / smaller);
  }

  public static double jaccard(String a, String b) {
    return jaccard(shingles(a), shingles(b));
  }

  /** The histogram of positive, hard-negative and sampled other negative pairs, as plain text. */
  public static String render(GeneratedCorpus corpus, long seed) {
    Map<String, long[]> sh = new HashMap<>();
    for (Doc d : corpus.articles()) {
      sh.put(d.id(), shingles(d.text()));
    }
    Map<String, List<String>> clusters = new TreeMap<>();
    corpus.gold().forEach((id, c) -> clusters.computeIfAbsent(c, k -> new ArrayList<>()).add(id));
    List<Double> positive = new ArrayList<>();
    for (List<String> members : clusters.values()) {
      for (int a = 0; a < members.size(); a++) {
        for (int b = a + 1; b < members.size(); b++) {
          positive.add(jaccard(sh.get(members.get(a)), sh.get(members.get(b))));
        }
      }
    }
    List<Double> hard = new ArrayList<>();
    Set<String> hardKeys = new HashSet<>();
    for (IdPair p : corpus.hardNegativePairs()) {
      hard.add(jaccard(sh.get(p.a()), sh.get(p.b())));
      hardKeys.add(p.a() + "|" + p.b());
      hardKeys.add(p.b() + "|" + p.a());
    }
    List<Double> random = new ArrayList<>();
    List<Doc> docs = corpus.articles();
    SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
    int attempts = 0;
    while (random.size() < Rates.HISTOGRAM_RANDOM_NEGATIVES
        && docs.size() > 1
        && attempts++ < 50 * Rates.HISTOGRAM_RANDOM_NEGATIVES) {
      String a = docs.get(r.nextInt(docs.size())).id();
      String b = docs.get(r.nextInt(docs.size())).id();
      if (!corpus.gold().get(a).equals(corpus.gold().get(b)) && !hardKeys.contains(a + "|" + b)) {
        random.add(jaccard(sh.get(a), sh.get(b)));
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "word 5-shingle Jaccard, %d articles, %d clusters%n",
            corpus.articles().size(),
            clusters.size()));
    out.append(
        String.format(
            Locale.ROOT,
            "%-12s %10s %10s %12s%n",
            "Jaccard",
            "positive",
            "hard-neg",
            "random-neg"));
    int[] p = bin(positive);
    int[] h = bin(hard);
    int[] n = bin(random);
    for (int i = 0; i + 1 < EDGES.length; i++) {
      String label =
          String.format(
              Locale.ROOT,
              "%.2f-%.2f%s",
              EDGES[i],
              EDGES[i + 1],
              i + 2 == EDGES.length ? "]" : ")");
      out.append(String.format(Locale.ROOT, "%-12s %10d %10d %12d%n", label, p[i], h[i], n[i]));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%-12s %10d %10d %12d%n",
            "pairs",
            positive.size(),
            hard.size(),
            random.size()));
    out.append(
        String.format(
            Locale.ROOT,
            "%-12s %10.3f %10.3f %12.3f%n",
            "median",
            median(positive),
            median(hard),
            median(random)));
    return out.toString();
  }

  /**
   * Jaccard and containment histograms, one row per pair group: all positives, each hard kind
   * ({@code +} one story, {@code -} different stories) and sampled other negatives (every negative
   * pair when there are few). Works on any labelled set, so a real sample prints the same rows.
   */
  public static String renderByKind(
      String title,
      Map<String, String> texts,
      Map<String, String> gold,
      List<WebCorpusGenerator.KindPair> hardPairs,
      Set<String> positiveKinds,
      long seed) {
    Map<String, long[]> sh = new HashMap<>();
    texts.forEach((id, text) -> sh.put(id, shingles(text)));
    List<String> ids = new ArrayList<>(texts.keySet());
    Map<String, List<String>> clusters = new TreeMap<>();
    for (String id : ids) {
      clusters.computeIfAbsent(gold.get(id), k -> new ArrayList<>()).add(id);
    }
    Map<String, List<String[]>> groups = new java.util.LinkedHashMap<>();
    List<String[]> positive = new ArrayList<>();
    for (List<String> members : clusters.values()) {
      for (int a = 0; a < members.size(); a++) {
        for (int b = a + 1; b < members.size(); b++) {
          positive.add(new String[] {members.get(a), members.get(b)});
        }
      }
    }
    groups.put("positive (all)", positive);
    Map<String, List<String[]>> byKind = new TreeMap<>();
    Set<String> hardKeys = new HashSet<>();
    for (WebCorpusGenerator.KindPair p : hardPairs) {
      String label = (positiveKinds.contains(p.kind()) ? "+" : "-") + p.kind();
      byKind.computeIfAbsent(label, k -> new ArrayList<>()).add(new String[] {p.a(), p.b()});
      hardKeys.add(p.a() + "|" + p.b());
      hardKeys.add(p.b() + "|" + p.a());
    }
    groups.putAll(byKind);
    List<String[]> random = new ArrayList<>();
    long allPairs = (long) ids.size() * (ids.size() - 1) / 2;
    if (allPairs <= Rates.HISTOGRAM_RANDOM_NEGATIVES) {
      for (int a = 0; a < ids.size(); a++) {
        for (int b = a + 1; b < ids.size(); b++) {
          if (!gold.get(ids.get(a)).equals(gold.get(ids.get(b)))
              && !hardKeys.contains(ids.get(a) + "|" + ids.get(b))) {
            random.add(new String[] {ids.get(a), ids.get(b)});
          }
        }
      }
    } else {
      SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
      int attempts = 0;
      while (random.size() < Rates.HISTOGRAM_RANDOM_NEGATIVES
          && attempts++ < 50 * Rates.HISTOGRAM_RANDOM_NEGATIVES) {
        String a = ids.get(r.nextInt(ids.size()));
        String b = ids.get(r.nextInt(ids.size()));
        if (!gold.get(a).equals(gold.get(b)) && !hardKeys.contains(a + "|" + b)) {
          random.add(new String[] {a, b});
        }
      }
    }
    groups.put(
        allPairs <= Rates.HISTOGRAM_RANDOM_NEGATIVES ? "negative (all other)" : "random-neg",
        random);
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%s: %d articles, %d clusters; word 5-shingles%n",
            title,
            ids.size(),
            clusters.size()));
    for (boolean jaccard : new boolean[] {true, false}) {
      out.append(String.format(Locale.ROOT, "%-22s", jaccard ? "Jaccard" : "containment"));
      for (int i = 0; i + 1 < EDGES.length; i++) {
        out.append(
            String.format(
                Locale.ROOT,
                "%6s",
                String.format(Locale.ROOT, "<%.2f", EDGES[i + 1]).replace("<1.00", "<=1")));
      }
      out.append(String.format(Locale.ROOT, "%8s %7s%n", "pairs", "median"));
      groups.forEach(
          (label, list) -> {
            List<Double> values = new ArrayList<>();
            for (String[] p : list) {
              long[] a = sh.get(p[0]);
              long[] b = sh.get(p[1]);
              values.add(jaccard ? jaccard(a, b) : containment(a, b));
            }
            out.append(String.format(Locale.ROOT, "%-22s", label));
            for (int c : bin(values)) {
              out.append(String.format(Locale.ROOT, "%6d", c));
            }
            out.append(String.format(Locale.ROOT, "%8d %7.3f%n", values.size(), median(values)));
          });
      out.append('\n');
    }
    return out.toString();
  }

  private static int[] bin(List<Double> values) {
    int[] counts = new int[EDGES.length - 1];
    for (double v : values) {
      int i = 0;
      while (i < counts.length - 1 && v >= EDGES[i + 1]) {
        i++;
      }
      counts[i]++;
    }
    return counts;
  }

  private static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return v[v.length / 2];
  }
}
