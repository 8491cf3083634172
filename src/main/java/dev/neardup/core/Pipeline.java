package dev.neardup.core;

import dev.neardup.core.cluster.Cluster;
import dev.neardup.core.cluster.ClusterBuilder;
import dev.neardup.core.lsh.CandidateFinder;
import dev.neardup.core.lsh.LshParams;
import dev.neardup.core.lsh.PartnerCap;
import dev.neardup.core.minhash.Signature;
import dev.neardup.core.parallel.ParallelTasks;
import dev.neardup.core.shingle.CommonShingles;
import dev.neardup.core.text.Article;
import dev.neardup.core.verify.EstimatedScores;
import dev.neardup.core.verify.Fingerprint;
import dev.neardup.core.verify.Measure;
import dev.neardup.core.verify.PairScoreIndex;
import dev.neardup.core.verify.PairScores;
import dev.neardup.core.verify.ScoredPair;
import java.util.List;

/**
 * The whole pure pipeline: articles → fingerprints → LSH candidates → exact verification →
 * clusters. Split into three calls so that a parameter sweep can fingerprint once and verify once
 * per banding, then cluster at many thresholds.
 *
 * <p>Results are deterministic: articles are ordered by id (then, for equal ids, by fingerprint)
 * before anything else, and parallel work writes into per-article slots, so the output is identical
 * whatever the input order or thread count.
 */
public final class Pipeline {
  private final int threads;

  /**
   * @param threads worker threads for fingerprinting and verification, at least 1
   */
  public Pipeline(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.threads = threads;
  }

  /** Runs everything with one set of settings. */
  public Clustering run(List<Article> articles, Settings settings) {
    return run(fingerprint(articles, settings), settings);
  }

  /**
   * The rest of {@link #run(List, Settings)} for a corpus already fingerprinted with {@code
   * settings}.
   */
  public Clustering run(Corpus corpus, Settings settings) {
    return cluster(
        corpus,
        verify(corpus, settings.lshParams(), settings.threshold(), settings.measure()),
        settings);
  }

  /**
   * Fingerprints every article in parallel. Articles whose text has no token after normalisation
   * are set aside in {@link Corpus#emptyIds()}. Signatures leave out the batch's {@link
   * CommonShingles} when {@link Settings#commonShingles()} is above 0.
   */
  public Corpus fingerprint(List<Article> articles, Settings settings) {
    try (BatchIntake intake = intake(settings)) {
      articles.forEach(intake::add);
      return intake.finish();
    }
  }

  /**
   * Starts a batch whose articles are shingled on {@code threads} worker threads while the caller
   * is still adding (reading) more; {@link BatchIntake#finish()} then completes it exactly as
   * {@link #fingerprint} would have done with all of them.
   */
  public BatchIntake intake(Settings settings) {
    return new BatchIntake(settings, threads);
  }

  /** {@link #verify(Corpus, LshParams, double)} without screening: every candidate is scored. */
  public List<ScoredPair> verify(Corpus corpus, LshParams lsh) {
    return verify(corpus, lsh, 0);
  }

  /**
   * Finds candidates with {@code lsh} and computes the exact scores of each, in parallel.
   *
   * <p>Candidates whose containment cannot plausibly reach {@code minContainment} are screened out
   * before the exact merge, which dominates the cost on large inputs: the MinHash estimate of their
   * Jaccard similarity, raised by {@value EstimatedScores#SCREEN_SIGMAS} standard errors, must
   * still imply a containment of at least {@code minContainment}. Containment is never below
   * Jaccard, so the screen is safe for either measure at that threshold. Of those left, pairs whose
   * exact overlap cannot reach {@code minContainment} by any measure ({@link
   * PairScores#ofReaching}) are left out of the list too: no threshold in use would keep them.
   *
   * @param minContainment the lowest threshold the scores will be compared with; 0 screens nothing
   */
  public List<ScoredPair> verify(Corpus corpus, LshParams lsh, double minContainment) {
    return verify(corpus, lsh, minContainment, true);
  }

  /**
   * {@link #verify(Corpus, LshParams, double)} for one measure: passages are found only when {@code
   * measure} scores by them (their search costs as much as the merge).
   */
  public List<ScoredPair> verify(
      Corpus corpus, LshParams lsh, double minContainment, Measure measure) {
    return verify(corpus, lsh, minContainment, measure == Measure.PASSAGE);
  }

  private List<ScoredPair> verify(
      Corpus corpus, LshParams lsh, double minContainment, boolean passages) {
    List<Fingerprint> prints = corpus.fingerprints();
    long[] candidates = candidates(prints, lsh, minContainment);
    // Most candidates fail: no slot is kept per candidate, only the pairs verified.
    return ParallelTasks.mapNonNull(
        candidates.length < 64 ? 1 : threads,
        candidates.length,
        i -> {
          PairScores scores =
              verifyCandidate(
                  prints.get((int) (candidates[i] >>> 32)),
                  prints.get((int) candidates[i]),
                  minContainment,
                  passages);
          return scores == null
              ? null
              : new ScoredPair((int) (candidates[i] >>> 32), (int) candidates[i], scores);
        });
  }

  /**
   * Jaccard level the lead signatures are banded for: a teaser is most of its story's lead, and
   * leads that share less are found by the whole signatures if they are versions at all.
   */
  static final double LEAD_JACCARD = 0.3;

  /** Banding of the lead signatures. */
  public static final LshParams LEAD_LSH =
      LshParams.optimal(
          LEAD_JACCARD, Fingerprinter.LEAD_PERMUTATIONS, LshParams.DEFAULT_FALSE_POSITIVE_WEIGHT);

  /**
   * Candidates of the whole signatures banded by {@code lsh}, and of the lead signatures: a short
   * text inside a long one (a teaser, an excerpt) shares a tenth of the long one's shingles, a
   * Jaccard level no banding of 128 values finds without making most pairs candidates, but it is
   * most of the long one's lead. Sorted, without repeats.
   */
  private long[] candidates(List<Fingerprint> prints, LshParams lsh, double minContainment) {
    Signature[] signatures = prints.stream().map(Fingerprint::signature).toArray(Signature[]::new);
    // The screen and the cap, applied as the bands yield the pairs: neither the pairs the screen
    // drops nor those the cap drops are ever held, and verification screens nothing again. The
    // screen reads the values and counts from flat arrays: through each pair's Fingerprint and
    // Signature objects it missed the cache several times per pair, and the bands yield millions.
    int[][] values = new int[prints.size()][];
    int[] signed = new int[prints.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = signatures[i].shared();
      signed[i] = prints.get(i).signedCount();
    }
    PartnerCap cap = new PartnerCap(prints.size(), PartnerCap.DEFAULT_LIMIT);
    CandidateFinder.PairSink screen =
        (a, b) -> {
          int k = values[a].length;
          double jaccard = (double) Signature.agreeing(values[a], 0, values[b], k) / k;
          float estimate = screened(jaccard, k, signed[a], signed[b], minContainment);
          if (estimate >= 0) {
            cap.offer(a, b, estimate);
          }
        };
    new CandidateFinder(lsh).forEachPair(signatures, threads, screen);
    Signature[] leads = prints.stream().map(Fingerprint::lead).toArray(Signature[]::new);
    new CandidateFinder(LEAD_LSH).forEachPair(leads, threads, screen);
    return cap.keptPairs();
  }

  /**
   * The screen of candidates and the key the partner cap ranks them by, from one Jaccard estimate:
   * -1 when the pair's containment cannot plausibly reach {@code minContainment} ({@value
   * EstimatedScores#SCREEN_SIGMAS} standard errors above the estimate, no screen when {@code
   * minContainment} is 0), else its estimated containment. For callers that screen and cap
   * candidates elsewhere (the Spark job), before they fetch the shingle sets.
   */
  public static float screenedEstimate(
      Signature a, int signedA, Signature b, int signedB, double minContainment) {
    return screened(a.estimateJaccard(b), a.length(), signedA, signedB, minContainment);
  }

  /** {@link #screenedEstimate} from the Jaccard estimate of signatures of {@code length} values. */
  private static float screened(
      double jaccard, int length, int signedA, int signedB, double minContainment) {
    if (minContainment > 0) {
      double high = EstimatedScores.plausibleJaccard(jaccard, length);
      if (EstimatedScores.of(high, signedA, signedB).containment() < minContainment) {
        return -1;
      }
    }
    return (float) EstimatedScores.of(jaccard, signedA, signedB).containment();
  }

  /**
   * What {@link #verify(Corpus, LshParams, double, Measure)} makes of one candidate pair that
   * passed the screen ({@link #screenedEstimate}), {@code a} the one first in id order: its exact
   * scores, or null when it cannot reach {@code minContainment}. For callers that find candidates
   * elsewhere (the Spark job).
   */
  public static PairScores verifyCandidate(
      Fingerprint a, Fingerprint b, double minContainment, Measure measure) {
    return verifyCandidate(a, b, minContainment, measure == Measure.PASSAGE);
  }

  private static PairScores verifyCandidate(
      Fingerprint a, Fingerprint b, double minContainment, boolean passages) {
    return passages
        ? PairScores.ofReaching(a, b, minContainment)
        : PairScores.plainReaching(a, b, minContainment);
  }

  /**
   * Clusters the verified pairs with the measure, threshold and linkage of {@code settings}.
   *
   * @throws IllegalArgumentException when {@code settings} shingle or sign differently from the
   *     settings the corpus was fingerprinted with
   */
  public Clustering cluster(Corpus corpus, List<ScoredPair> verified, Settings settings) {
    Settings made = corpus.settings();
    if (made.shingleKind() != settings.shingleKind()
        || made.shingleSize() != settings.shingleSize()
        || made.permutations() != settings.permutations()
        || made.seed() != settings.seed()
        || made.commonShingles() != settings.commonShingles()
        || made.sampling() != settings.sampling()) {
      throw new IllegalArgumentException(
          "corpus was fingerprinted with different shingling or MinHash settings");
    }
    int n = corpus.size();
    int[] tokens = new int[n];
    for (int i = 0; i < n; i++) {
      tokens[i] = corpus.fingerprints().get(i).tokenCount();
    }
    // Centre linkage joins members only through verified pairs: look their scores up rather than
    // merging the shingle sets again (other linkages may join articles no pair links directly).
    PairScoreIndex known = PairScoreIndex.of(verified);
    return clusterScored(
        corpus.ids(),
        tokens,
        verified,
        settings,
        corpus.emptyIds(),
        (m, rep) -> {
          if (m == rep) {
            int size = corpus.fingerprints().get(m).shingles().size();
            return new PairScores(size, size, size);
          }
          PairScores scores = known.get(Math.min(m, rep), Math.max(m, rep));
          if (scores == null) {
            return PairScores.of(corpus.fingerprints().get(m), corpus.fingerprints().get(rep));
          }
          return m < rep ? scores : scores.swapped();
        });
  }

  /**
   * Builds the clusters of {@code verified} with the measure, threshold and linkage of {@code
   * settings}, scoring members against their representatives with {@code memberScores}.
   */
  static Clustering clusterScored(
      List<String> ids,
      int[] tokens,
      List<ScoredPair> verified,
      Settings settings,
      List<String> emptyIds,
      ClusterBuilder.MemberScores memberScores) {
    ClusterBuilder.Built built =
        ClusterBuilder.build(
            ids,
            tokens,
            verified,
            settings.measure(),
            settings.threshold(),
            settings.linkage(),
            memberScores);
    return new Clustering(built.clusters(), built.matches(), ids, emptyIds, verified.size());
  }

  /**
   * Fingerprinted articles, in id order.
   *
   * @param settings the settings they were fingerprinted with
   * @param ids ids of articles with at least one token, sorted
   * @param fingerprints their fingerprints, index-aligned with {@code ids}
   * @param emptyIds ids of articles left with no token after normalisation
   * @param commonShingles how many shingles were found common and left out of signatures
   */
  public record Corpus(
      Settings settings,
      List<String> ids,
      List<Fingerprint> fingerprints,
      List<String> emptyIds,
      int commonShingles) {
    public Corpus {
      ids = List.copyOf(ids);
      fingerprints = List.copyOf(fingerprints);
      emptyIds = List.copyOf(emptyIds);
    }

    public int size() {
      return ids.size();
    }
  }

  /**
   * The outcome of a run.
   *
   * @param clusters every cluster including singletons, largest first, then by representative
   * @param matches verified pairs at or above the threshold (indices into {@code ids})
   * @param ids article ids by index
   * @param emptyIds articles skipped because no token was left
   * @param candidates number of LSH candidate pairs verified
   */
  public record Clustering(
      List<Cluster> clusters,
      List<ScoredPair> matches,
      List<String> ids,
      List<String> emptyIds,
      int candidates) {
    public Clustering {
      clusters = List.copyOf(clusters);
      matches = List.copyOf(matches);
      ids = List.copyOf(ids);
      emptyIds = List.copyOf(emptyIds);
    }
  }
}
