package dev.neardup.cli;

import dev.neardup.core.Pipeline;
import dev.neardup.core.Settings;
import dev.neardup.core.text.Article;
import dev.neardup.core.verify.Fingerprint;
import dev.neardup.core.verify.ScoredPair;
import dev.neardup.io.PairWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of the batch pipeline kept in its three parts, so commands that report pairs ({@code
 * pairs}, {@code check}) can reach the fingerprints behind them.
 *
 * @param corpus the fingerprinted articles
 * @param verified every LSH candidate pair with its exact scores
 * @param clustering the clusters under the run's settings
 */
record BatchRun(Pipeline.Corpus corpus, List<ScoredPair> verified, Pipeline.Clustering clustering) {
  static BatchRun of(List<Article> articles, Settings settings, int threads) {
    Pipeline pipeline = new Pipeline(threads);
    Pipeline.Corpus corpus = pipeline.fingerprint(articles, settings);
    List<ScoredPair> verified = pipeline.verify(corpus, settings.lshParams());
    return new BatchRun(corpus, verified, pipeline.cluster(corpus, verified, settings));
  }

  /** Output rows of {@code pairs} (indices into the corpus), in the order given. */
  List<PairWriter.Row> rows(List<ScoredPair> pairs) {
    List<PairWriter.Row> rows = new ArrayList<>(pairs.size());
    for (ScoredPair p : pairs) {
      Fingerprint a = corpus.fingerprints().get(p.a());
      Fingerprint b = corpus.fingerprints().get(p.b());
      rows.add(
          new PairWriter.Row(
              corpus.ids().get(p.a()),
              corpus.ids().get(p.b()),
              a.tokenCount(),
              b.tokenCount(),
              p.scores(),
              a.signature().estimateJaccard(b.signature())));
    }
    return rows;
  }

  /** Warns about articles without words, as {@code cluster} does. */
  void noteEmpty(ArticleInputs inputs) {
    for (String id : clustering.emptyIds()) {
      inputs.noteEmpty(id);
    }
  }
}
