package dev.neardup.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Keep-first deduplication of an endless stream in one pass: each article is either kept (when it
 * duplicates no article kept before it) or reported with the kept article it duplicates.
 *
 * <p>"Duplicates" means the same rule as clustering uses for a pair: the score under the
 * settings' measure reaches the threshold. Here that score is {@linkplain EstimatedScores
 * estimated} from the signatures and shingle counts, because only those are kept: per kept article
 * its signature and shingle count in an {@link LshIndex}, never its text or shingles, so memory
 * grows by about 1 KB per kept article (128 permutations, 64 bands) and not at all per dropped one.
 *
 * <p>Common shingles ({@link CommonShingles}) are left out of signatures as in a batch, learnt from
 * the stream's first {@link #WARM_UP} articles with shingles: a shingle is common when it is in
 * more than {@link Settings#commonShingles()} of every {@value #RATE_BASE} articles there. Why:
 * signed whole, every article of an outlet shares its footer with all the others, so LSH candidates
 * grew with the square of the stream and footers alone made estimates pass the threshold (9 % of
 * the drops on a 300,000-article synthetic stream went to a different story). Until the warm-up
 * ends articles are signed whole and decided as before, so nothing waits for it; its shingle sets
 * are held meanwhile (about 50 MB), and when it ends the articles it kept are signed again without
 * the common shingles, so every signature in the index and every later query leaves out the same
 * shingles. Shorter streams never leave any out.
 *
 * <p>Deterministic for a given input order and settings. Not thread-safe.
 */
public final class StreamingDeduplicator {
  /** Articles (with shingles) whose document frequencies decide the common shingles. */
  public static final int WARM_UP = CommonShingles.SAMPLE_SIZE;
  /** The stream length the common-shingle cut is a count of: the cut is a rate. */
  public static final int RATE_BASE = 100_000;

  private final Settings settings;
  private final int warmUpArticles;
  private final MinHasher minHasher;
  private LshIndex index;
  private int[] signedCounts = new int[1024];
  private CommonShingles common = CommonShingles.none();
  /** Shingles of every article of the warm-up, then null. */
  private List<ShingleSet> warmUp;
  /** Shingles of the warm-up's kept articles, by kept number, then null. */
  private List<ShingleSet> keptInWarmUp;

  public StreamingDeduplicator(Settings settings) {
    this(settings, WARM_UP);
  }

  /** With a warm-up of {@code warmUpArticles} instead of {@link #WARM_UP}, for tests. */
  StreamingDeduplicator(Settings settings, int warmUpArticles) {
    this.warmUpArticles = warmUpArticles;
    this.settings = settings;
    this.minHasher = new MinHasher(settings.permutations(), settings.seed());
    this.index = new LshIndex(settings.lshParams(), settings.permutations());
    if (settings.commonShingles() > 0) {
      warmUp = new ArrayList<>();
      keptInWarmUp = new ArrayList<>();
    }
  }

  /** Number of articles kept (and indexed) so far. */
  public int kept() {
    return index.size();
  }

  /** Shingles left out of signatures: none until the warm-up has ended. */
  public int commonShingles() {
    return common.size();
  }

  /**
   * Decides on the next article of the stream, adding it to the index when it is kept.
   *
   * @param shingles the article's shingle set, made with the settings' shingling
   * @return the best-scoring kept article it duplicates (ties: the earliest), or null when it is
   *     kept; an article without shingles is always kept and never indexed (it duplicates nothing)
   */
  public Match offer(ShingleSet shingles) {
    if (shingles.isEmpty()) {
      return null;
    }
    ShingleSet signed = common.signable(shingles);
    Signature signature = minHasher.sign(signed);
    Match best = null;
    double bestScore = -1;
    for (int n : index.candidates(signature)) {
      PairScores scores = EstimatedScores.of(index.estimateJaccard(signature, n), signed.size(), signedCounts[n]);
      double score = settings.measure().score(scores);
      if (score >= settings.threshold() && score > bestScore) {
        best = new Match(n, scores, score);
        bestScore = score;
      }
    }
    if (best == null) {
      add(signature, signed.size());
      if (warmUp != null) {
        keptInWarmUp.add(shingles);
      }
    }
    if (warmUp != null) {
      warmUp.add(shingles);
      if (warmUp.size() == warmUpArticles) {
        endWarmUp();
      }
    }
    return best;
  }

  private void add(Signature signature, int signedCount) {
    int n = index.add(signature);
    if (n == signedCounts.length) {
      signedCounts = java.util.Arrays.copyOf(signedCounts, n * 2);
    }
    signedCounts[n] = signedCount;
  }

  /** Finds the common shingles and re-signs the kept articles without them, keeping their numbers. */
  private void endWarmUp() {
    common = CommonShingles.find(warmUp, RATE_BASE, settings.commonShingles());
    List<ShingleSet> kept = keptInWarmUp;
    warmUp = null;
    keptInWarmUp = null;
    if (common.size() == 0) {
      return;
    }
    index = new LshIndex(settings.lshParams(), settings.permutations());
    for (ShingleSet shingles : kept) {
      ShingleSet signed = common.signable(shingles);
      add(minHasher.sign(signed), signed.size());
    }
  }

  /**
   * A dropped article's match.
   *
   * @param kept   number of the kept article, counting kept articles from 0 in stream order
   * @param scores estimated scores, A = the dropped article, B = the kept one
   * @param score  the estimated score under the settings' measure
   */
  public record Match(int kept, PairScores scores, double score) {}
}
