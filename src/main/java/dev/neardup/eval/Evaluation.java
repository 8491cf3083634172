package dev.neardup.eval;

import dev.neardup.core.Pipeline;
import dev.neardup.core.cluster.Cluster;
import dev.neardup.core.shingle.ShingleSet;
import dev.neardup.core.verify.Measure;
import dev.neardup.core.verify.PairScores;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A clustering judged against gold labels: the metrics plus the worst errors, so a user sees why a
 * setting fails (which pairs were wrongly merged, which were missed, and their scores).
 *
 * @param scores pair, B-cubed and ARI metrics
 * @param falseMerges members placed with a representative of another gold story, highest score
 *     first
 * @param misses pairs of one gold story that ended in different clusters, highest score first
 */
public record Evaluation(MetricScores scores, List<PairError> falseMerges, List<PairError> misses) {
  /** Gold pairs beyond this many are not enumerated for the list of misses. */
  static final int MAX_GOLD_PAIRS = 2_000_000;

  public Evaluation {
    falseMerges = List.copyOf(falseMerges);
    misses = List.copyOf(misses);
  }

  /**
   * One wrongly merged or wrongly separated pair.
   *
   * @param a an article id
   * @param b the other
   * @param scores their exact overlap
   * @param score their score under the run's measure
   */
  public record PairError(String a, String b, PairScores scores, double score) {}

  /**
   * Evaluates {@code clustering} of {@code corpus} against {@code gold} (id → story label).
   * Articles skipped as empty count as singletons.
   *
   * @param examples how many false merges and misses to keep
   * @throws IllegalArgumentException when some article has no gold label
   */
  public static Evaluation of(
      Pipeline.Corpus corpus,
      Pipeline.Clustering clustering,
      Map<String, String> gold,
      Measure measure,
      int examples) {
    Map<String, String> predicted = predictedLabels(clustering);
    Map<String, String> goldOfInput = goldLabels(clustering, gold);
    MetricScores scores = ClusteringMetrics.compare(goldOfInput, predicted);

    List<PairError> falseMerges = new ArrayList<>();
    for (Cluster cluster : clustering.clusters()) {
      String repLabel = gold.get(cluster.representative());
      for (Cluster.Member m : cluster.members()) {
        if (!gold.get(m.id()).equals(repLabel)) {
          falseMerges.add(
              new PairError(
                  m.id(), cluster.representative(), m.scores(), measure.score(m.scores())));
        }
      }
    }

    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < corpus.ids().size(); i++) {
      index.put(corpus.ids().get(i), i);
    }
    Map<String, List<Integer>> stories = new HashMap<>();
    for (String id : corpus.ids()) {
      stories.computeIfAbsent(gold.get(id), k -> new ArrayList<>()).add(index.get(id));
    }
    List<PairError> misses = new ArrayList<>();
    long enumerated = 0;
    List<String> labels = new ArrayList<>(stories.keySet());
    labels.sort(null);
    for (String label : labels) {
      List<Integer> members = stories.get(label);
      for (int x = 0; x < members.size() && enumerated < MAX_GOLD_PAIRS; x++) {
        for (int y = x + 1; y < members.size(); y++, enumerated++) {
          String a = corpus.ids().get(members.get(x));
          String b = corpus.ids().get(members.get(y));
          if (!predicted.get(a).equals(predicted.get(b))) {
            ShingleSet sa = corpus.fingerprints().get(members.get(x)).shingles();
            ShingleSet sb = corpus.fingerprints().get(members.get(y)).shingles();
            PairScores s = PairScores.of(sa, sb);
            misses.add(new PairError(a, b, s, measure.score(s)));
          }
        }
      }
    }
    Comparator<PairError> worstFirst =
        Comparator.comparingDouble((PairError e) -> -e.score())
            .thenComparing(PairError::a)
            .thenComparing(PairError::b);
    falseMerges.sort(worstFirst);
    misses.sort(worstFirst);
    return new Evaluation(
        scores,
        falseMerges.subList(0, Math.min(examples, falseMerges.size())),
        misses.subList(0, Math.min(examples, misses.size())));
  }

  /** Cluster label of every article of a run; articles skipped as empty are singletons. */
  static Map<String, String> predictedLabels(Pipeline.Clustering clustering) {
    Map<String, String> predicted = new HashMap<>();
    for (int c = 0; c < clustering.clusters().size(); c++) {
      for (Cluster.Member m : clustering.clusters().get(c).members()) {
        predicted.put(m.id(), "c" + c);
      }
    }
    for (String id : clustering.emptyIds()) {
      predicted.put(id, "empty:" + id);
    }
    return predicted;
  }

  /**
   * {@code gold} restricted to the articles of a run.
   *
   * @throws IllegalArgumentException naming up to five articles without a gold label
   */
  static Map<String, String> goldLabels(Pipeline.Clustering clustering, Map<String, String> gold) {
    Map<String, String> out = new HashMap<>();
    List<String> unlabelled = new ArrayList<>();
    List<String> all = new ArrayList<>(clustering.ids());
    all.addAll(clustering.emptyIds());
    for (String id : all) {
      String label = gold.get(id);
      if (label == null) {
        unlabelled.add(id);
      } else {
        out.put(id, label);
      }
    }
    if (!unlabelled.isEmpty()) {
      unlabelled.sort(null);
      throw new IllegalArgumentException(
          unlabelled.size()
              + " articles have no gold label, e.g. "
              + unlabelled.subList(0, Math.min(5, unlabelled.size())));
    }
    return out;
  }
}
