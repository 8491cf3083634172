package dev.neardup.eval;

import dev.neardup.core.Article;
import dev.neardup.core.Linkage;
import dev.neardup.core.Measure;
import dev.neardup.core.Pipeline;
import dev.neardup.core.ScoredPair;
import dev.neardup.core.Settings;
import dev.neardup.core.Shingler;
import dev.neardup.core.ShingleKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Sweeps a grid of settings against gold labels. Each shingling × permutation count is
 * fingerprinted once and each banding verified once; only clustering is repeated per measure,
 * threshold and linkage, so a large grid costs little more than a few runs.
 */
public final class ParameterSweep {
  private ParameterSweep() {}

  /**
   * The grid to sweep.
   *
   * @param shingles      shingle kinds and sizes
   * @param permutations  signature lengths
   * @param lshThresholds Jaccard levels to tune banding for
   * @param measures      measures
   * @param thresholds    score thresholds
   * @param linkages      clustering linkages
   * @param seed          MinHash seed
   */
  public record Grid(List<Shingling> shingles, List<Integer> permutations, List<Double> lshThresholds,
      List<Measure> measures, List<Double> thresholds, List<Linkage> linkages, long seed) {
    public Grid {
      shingles = List.copyOf(shingles);
      permutations = List.copyOf(permutations);
      lshThresholds = List.copyOf(lshThresholds);
      measures = List.copyOf(measures);
      thresholds = List.copyOf(thresholds);
      linkages = List.copyOf(linkages);
    }

    public int size() {
      return shingles.size() * permutations.size() * lshThresholds.size() * measures.size()
          * thresholds.size() * linkages.size();
    }
  }

  /** A shingle kind and size. */
  public record Shingling(ShingleKind kind, int size, int sampling) {
    /** As {@code Shingler#describe}: {@code word:5}, {@code char:9/4}. */
    public String label() {
      return Shingler.of(kind, size, sampling).describe();
    }
  }

  /**
   * One point of the grid and how it scored.
   *
   * @param candidates LSH candidate pairs verified at this banding (the cost of the setting)
   */
  public record Row(Settings settings, MetricScores scores, int candidates) {}

  /** Scores every point of {@code grid}; {@code progress} receives a line per fingerprinting pass. */
  public static List<Row> run(List<Article> articles, Map<String, String> gold, Grid grid, Pipeline pipeline,
      Consumer<String> progress) {
    List<Row> rows = new ArrayList<>();
    double lowestThreshold = grid.thresholds().stream().mapToDouble(Double::doubleValue).min().orElse(0);
    for (Shingling shingling : grid.shingles()) {
      for (int permutations : grid.permutations()) {
        Settings base = Settings.DEFAULTS.withShingles(shingling.kind(), shingling.size())
            .withSampling(shingling.sampling()).withPermutations(permutations).withSeed(grid.seed());
        progress.accept(String.format(java.util.Locale.ROOT, "fingerprinting %s with %d permutations",
            shingling.label(), permutations));
        Pipeline.Corpus corpus = pipeline.fingerprint(articles, base);
        for (double lshThreshold : grid.lshThresholds()) {
          Settings banded = base.withLsh(lshThreshold, null);
          List<ScoredPair> verified = pipeline.verify(corpus, banded.lshParams(), lowestThreshold);
          for (Measure measure : grid.measures()) {
            for (double threshold : grid.thresholds()) {
              for (Linkage linkage : grid.linkages()) {
                Settings settings = banded.withMatching(measure, threshold, linkage);
                Pipeline.Clustering clustering = pipeline.cluster(corpus, verified, settings);
                rows.add(new Row(settings, ClusteringMetrics.compare(Evaluation.goldLabels(clustering, gold), Evaluation.predictedLabels(clustering)),
                    verified.size()));
              }
            }
          }
        }
      }
    }
    return rows;
  }

  /**
   * The row with the best pair F1 among those with pair precision at least {@code minPrecision};
   * ties go to the cheaper setting (fewer permutations, then fewer candidates).
   */
  public static Optional<Row> recommend(List<Row> rows, double minPrecision) {
    return rows.stream()
        .filter(r -> r.scores().pairPrecision() >= minPrecision)
        .min(Comparator.comparingDouble((Row r) -> -r.scores().pairF1())
            .thenComparingInt(r -> r.settings().permutations())
            .thenComparingInt(Row::candidates)
            .thenComparingDouble(r -> -r.scores().adjustedRand()));
  }
}
