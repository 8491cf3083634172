package dev.neardup.bench;

import dev.neardup.core.minhash.MinHasher;
import dev.neardup.core.shingle.ShingleKind;
import dev.neardup.core.shingle.ShingleSet;
import dev.neardup.core.shingle.Shingler;
import dev.neardup.core.text.NewsNormalizer;
import dev.neardup.core.text.Tokenizer;
import dev.neardup.core.verify.PairScores;
import info.debatty.java.lsh.MinHash;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Accuracy of each tool's Jaccard estimate against the exact Jaccard of the same shingle sets, on
 * pairs of sample-derived articles with planted overlap (random size 1–8 KB, 0–40 % of words
 * reworded, and half of the copies truncated to 30–100 %).
 *
 * <p>Same-shingles rows: all tools sign neardup's shingle hashes (character 9-shingles, the
 * default, unless another shingling is given) and are compared with their exact Jaccard. Lucene's
 * natural-pipeline row signs its own StandardTokenizer word 5-shingles and is compared with the
 * exact Jaccard of those shingle strings.
 *
 * <p>Usage, from the repo root: {@code java -cp bench/target/benchmarks.jar
 * dev.neardup.bench.EstimationError [pairs] [permutations] [seed] [shingling]}, for example {@code
 * 400 128 1 char:9}. The seed is that of neardup's and java-lsh's permutations; Lucene's
 * MinHashFilter has none.
 */
public final class EstimationError {
  private EstimationError() {}

  public static void main(String[] args) {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    int k = args.length > 1 ? Integer.parseInt(args[1]) : 128;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : MinHasher.DEFAULT_SEED;
    String shingling = args.length > 3 ? args[3] : "char:9";
    SampleText samples = SampleText.load();
    NewsNormalizer normalizer = new NewsNormalizer();
    Tokenizer tokenizer = new Tokenizer();
    String[] kindSize = shingling.split(":");
    Shingler shingler =
        Shingler.of(
            ShingleKind.valueOf(kindSize[0].toUpperCase(Locale.ROOT)),
            Integer.parseInt(kindSize[1]));
    MinHasher ours = new MinHasher(k, seed);
    MinHash javaLsh = Peers.javaLsh(k, seed);
    Peers.LuceneTermsSigner lucene = new Peers.LuceneTermsSigner(k);
    Peers.LuceneNaturalSigner luceneNatural = new Peers.LuceneNaturalSigner(k, true);
    Peers.LuceneNaturalSigner luceneShingles = new Peers.LuceneNaturalSigner(k, false);

    Stats[] stats = {
      new Stats("neardup MinHasher (same " + shingling + " shingles)"),
      new Stats("java-lsh 0.12 (same " + shingling + " shingles)"),
      new Stats("Lucene MinHashFilter (same " + shingling + " shingles)"),
      new Stats("Lucene MinHashFilter (natural pipeline, word 5-shingles)")
    };
    SplittableRandom random = new SplittableRandom(11);
    for (int p = 0; p < pairs; p++) {
      String raw = samples.article(1024 + random.nextInt(7 * 1024), 1000 + p);
      double keep = random.nextBoolean() ? 1.0 : 0.3 + 0.7 * random.nextDouble();
      String copy = samples.rewrite(raw, 0.4 * random.nextDouble(), keep, 2000 + p);
      String na = normalizer.normalize(raw);
      String nb = normalizer.normalize(copy);
      ShingleSet a = shingler.shingles(na, tokenizer.tokenize(na));
      ShingleSet b = shingler.shingles(nb, tokenizer.tokenize(nb));
      double exact = PairScores.of(a, b).jaccard();
      stats[0].add(exact, ours.sign(a).estimateJaccard(ours.sign(b)), k);
      stats[1].add(
          exact,
          javaLsh.similarity(
              javaLsh.signature(Peers.javaLshSet(a)), javaLsh.signature(Peers.javaLshSet(b))),
          k);
      stats[2].add(
          exact,
          Peers.agreement(lucene.sign(Peers.luceneTerms(a)), lucene.sign(Peers.luceneTerms(b))),
          k);
      Set<String> la = luceneShingles.shingles(raw);
      Set<String> lb = luceneShingles.shingles(copy);
      Set<String> common = new HashSet<>(la);
      common.retainAll(lb);
      double luceneExact = (double) common.size() / (la.size() + lb.size() - common.size());
      stats[3].add(
          luceneExact, Peers.agreement(luceneNatural.sign(raw), luceneNatural.sign(copy)), k);
    }
    System.out.printf(
        Locale.ROOT,
        "%d pairs, %d permutations, seed %d, exact Jaccard mean %.3f (range %.3f–%.3f)%n%n",
        pairs,
        k,
        seed,
        stats[0].exactSum / pairs,
        stats[0].exactMin,
        stats[0].exactMax);
    System.out.println(
        "| tool | mean abs error | bias (mean est − exact) | RMSE | theory RMSE √(J(1−J)/k) |");
    System.out.println("|---|---|---|---|---|");
    for (Stats s : stats) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %.4f | %+.4f | %.4f | %.4f |%n",
          s.name,
          s.absSum / s.n,
          s.errSum / s.n,
          Math.sqrt(s.sqSum / s.n),
          Math.sqrt(s.theorySq / s.n));
    }
  }

  private static final class Stats {
    final String name;
    int n;
    double absSum;
    double errSum;
    double sqSum;
    double theorySq;
    double exactSum;
    double exactMin = 1;
    double exactMax = 0;

    Stats(String name) {
      this.name = name;
    }

    void add(double exact, double estimate, int k) {
      double e = estimate - exact;
      n++;
      absSum += Math.abs(e);
      errSum += e;
      sqSum += e * e;
      theorySq += exact * (1 - exact) / k;
      exactSum += exact;
      exactMin = Math.min(exactMin, exact);
      exactMax = Math.max(exactMax, exact);
    }
  }
}
