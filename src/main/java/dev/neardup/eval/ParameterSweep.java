package dev.neardup.eval;

import dev.neardup.core.Pipeline;
import dev.neardup.core.Settings;
import dev.neardup.core.cluster.Linkage;
import dev.neardup.core.shingle.ShingleKind;
import dev.neardup.core.shingle.Shingler;
import dev.neardup.core.text.Article;
import dev.neardup.core.verify.Measure;
import dev.neardup.core.verify.ScoredPair;
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
   * @param shingles shingle kinds and sizes
   * @param permutations signature lengths
   * @param lshThresholds Jaccard levels to tune banding for
   * @param measures measures
   * @param thresholds score thresholds
   * @param linkages clustering linkages
   * @param seed MinHash seed
   */
  public record Grid(
      List<Shingling> shingles,
      List<Integer> permutations,
      List<Double> lshThresholds,
      List<Measure> measures,
      List<Double> thresholds,
      List<Linkage> linkages,
      long seed) {
    public Grid {
      shingles = List.copyOf(shingles);
      permutations = List.copyOf(permutations);
      lshThresholds = List.copyOf(lshThresholds);
      measures = List.copyOf(measures);
      thresholds = List.copyOf(thresholds);
      linkages = List.copyOf(linkages);
    }

    public int size() {
      return shingles.size()
          * permutations.size()
          * lshThresholds.size()
          * measures.size()
          * thresholds.size()
          * linkages.size();
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

  /**
   * Scores every point of {@code grid}; {@code progress} receives a line per fingerprinting pass.
   */
  public static List<Row> run(
      List<Article> articles,
      Map<String, String> gold,
      Grid grid,
      Pipeline pipeline,
      Consumer<String> progress) {
    List<Row> rows = new ArrayList<>();
    double lowestThreshold =
        grid.thresholds().stream().mapToDouble(Double::doubleValue).min().orElse(0);
    for (Shingling shingling : grid.shingles()) {
      for (int permutations : grid.permutations()) {
        Settings base =
            Settings.DEFAULTS
                .withShingles(shingling.kind(), shingling.size())
                .withSampling(shingling.sampling())
                .withPermutations(permutations)
                .withSeed(grid.seed());
        progress.accept(
            String.format(
                java.util.Locale.ROOT,
                "fingerprinting %s with %d permutations",
                shingling.label(),
                permutations));
        Pipeline.Corpus corpus = pipeline.fingerprint(articles, base);
        for (double lshThreshold : grid.lshThresholds()) {
          Settings banded = base.withLsh(lshThreshold, null);
          List<ScoredPair> verified = pipeline.verify(corpus, banded.lshParams(), lowestThreshold);
          for (Measure measure : grid.measures()) {
            for (double threshold : grid.thresholds()) {
              for (Linkage linkage : grid.linkages()) {
                Settings settings = banded.withMatching(measure, threshold, linkage);
                Pipeline.Clustering clustering = pipeline.cluster(corpus, verified, settings);
                rows.add(
                    new Row(
                        settings,
                        ClusteringMetrics.compare(
                            Evaluation.goldLabels(clustering, gold),
                            Evaluation.predictedLabels(clustering)),
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
        .min(
            Comparator.comparingDouble((Row r) -> -r.scores().pairF1())
                .thenComparingInt(r -> r.settings().permutations())
                .thenComparingInt(Row::candidates)
                .thenComparingDouble(r -> -r.scores().adjustedRand()));
  }

  /**
   * One point of the grid scored on several labelled sets.
   *
   * @param perSet the point's row on each set, in the order the sets were given
   */
  public record SetsRow(Settings settings, List<Row> perSet) {
    public SetsRow {
      perSet = List.copyOf(perSet);
      if (perSet.isEmpty()) {
        throw new IllegalArgumentException("no sets");
      }
    }

    /** The lowest pair precision of any set. */
    public double worstPrecision() {
      return perSet.stream().mapToDouble(r -> r.scores().pairPrecision()).min().orElseThrow();
    }

    /** The lowest pair recall of any set. */
    public double worstRecall() {
      return perSet.stream().mapToDouble(r -> r.scores().pairRecall()).min().orElseThrow();
    }

    /** The lowest pair F1 of any set. */
    public double worstF1() {
      return perSet.stream().mapToDouble(r -> r.scores().pairF1()).min().orElseThrow();
    }

    /** LSH candidates verified over all sets (the cost of the setting). */
    public long candidates() {
      return perSet.stream().mapToLong(Row::candidates).sum();
    }

    private double worstAdjustedRand() {
      return perSet.stream().mapToDouble(r -> r.scores().adjustedRand()).min().orElseThrow();
    }
  }

  /**
   * Joins the sweeps of several sets, each {@link #run} with the same grid, point by point.
   *
   * @throws IllegalArgumentException when the sweeps do not list the same settings in the same
   *     order
   */
  public static List<SetsRow> combine(List<List<Row>> sweeps) {
    if (sweeps.isEmpty()) {
      throw new IllegalArgumentException("no sets");
    }
    int points = sweeps.get(0).size();
    List<SetsRow> out = new ArrayList<>(points);
    for (int i = 0; i < points; i++) {
      Settings settings = sweeps.get(0).get(i).settings();
      List<Row> perSet = new ArrayList<>(sweeps.size());
      for (List<Row> sweep : sweeps) {
        if (sweep.size() != points || !sweep.get(i).settings().equals(settings)) {
          throw new IllegalArgumentException("the sets were not swept with one grid");
        }
        perSet.add(sweep.get(i));
      }
      out.add(new SetsRow(settings, perSet));
    }
    return out;
  }

  /** Worst-set pair F1 first, then worst-set precision: the order the tables list points in. */
  public static final Comparator<SetsRow> BY_WORST =
      Comparator.comparingDouble((SetsRow r) -> -r.worstF1())
          .thenComparingDouble(r -> -r.worstPrecision());

  /**
   * The point with the best worst-set pair F1 among those whose pair precision is at least {@code
   * minPrecision} on every set; ties go to the cheaper setting, as {@link #recommend} breaks them.
   */
  public static Optional<SetsRow> recommendWorst(List<SetsRow> rows, double minPrecision) {
    return rows.stream()
        .filter(r -> r.worstPrecision() >= minPrecision)
        .min(
            Comparator.comparingDouble((SetsRow r) -> -r.worstF1())
                .thenComparingInt(r -> r.settings().permutations())
                .thenComparingLong(SetsRow::candidates)
                .thenComparingDouble(r -> -r.worstAdjustedRand()));
  }
}
