package dev.neardup.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Keep-first deduplication of an endless stream in one pass: each article is either kept (when it
 * duplicates no article seen before it) or dropped and reported against the kept article of the
 * story it joins.
 *
 * <p>"Duplicates" means the same rule as clustering uses for a pair: the score under the
 * settings' measure reaches the threshold. Here that score is {@linkplain EstimatedScores
 * estimated} from the signatures and shingle counts, because only those are kept.
 *
 * <p>A story is the kept article and every article dropped as its duplicate. A dropped article
 * stays in the index as a member of that story, so a later article that duplicates any member is
 * dropped too and reported against the story's kept article: a chain of versions A ~ B ~ C ends
 * in one story even when A and C do not match, as {@code cluster} links them. Comparing only with
 * kept articles kept C as a second copy of the story (and on {@code samples/} kept 002, a copy of
 * the dropped 001). A match with a dropped member also needs the new article to lie inside the
 * member to the threshold ({@link #liesInside}), so short dropped pieces do not become hubs.
 * Memory per article, kept or dropped: its signature and chain links in an
 * {@link LshIndex} plus its shingle count and story number, about 1 KB at 128 permutations and 64
 * bands; never its text or shingles.
 *
 * <p>Common shingles ({@link CommonShingles}) are left out of signatures as in a batch, learnt from
 * the stream's first {@link #WARM_UP} articles with shingles: a shingle is common when it is in
 * more than {@link Settings#commonShingles()} of every {@value #RATE_BASE} articles there. Why:
 * signed whole, every article of an outlet shares its footer with all the others, so LSH candidates
 * grew with the square of the stream and footers alone made estimates pass the threshold (9 % of
 * the drops on a 300,000-article synthetic stream went to a different story). Until the warm-up
 * ends articles are signed whole and decided as before, so nothing waits for it; its shingle sets
 * are held meanwhile (about 50 MB), and when it ends every article of the warm-up, kept or
 * dropped, is signed again without the common shingles under its number and in its story, so
 * every signature in the index and every later query leaves out the same shingles. Shorter
 * streams never leave any out.
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
  /** Every article with shingles, kept or dropped, numbered in stream order. */
  private LshIndex index;
  /** Per indexed article: the shingle count its signature was made from. */
  private int[] signedCounts = new int[1024];
  /** Per indexed article: the number of its story's kept article (its own when it was kept). */
  private int[] storyOf = new int[1024];
  private int kept;
  private CommonShingles common = CommonShingles.none();
  /** Shingles of every article of the warm-up, by number, then null. */
  private List<ShingleSet> warmUp;

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
    }
  }

  /** Number of articles kept so far. */
  public int kept() {
    return kept;
  }

  /** Number of articles in the index so far: every article with shingles, kept or dropped. */
  public int indexed() {
    return index.size();
  }

  /** Shingles left out of signatures: none until the warm-up has ended. */
  public int commonShingles() {
    return common.size();
  }

  /**
   * Decides on the next article of the stream and adds it to the index, as a story of its own
   * when it is kept, else as a member of the story it joins.
   *
   * <p>Articles are numbered from 0 in stream order, counting only those with shingles (the ones
   * indexed), whether kept or dropped.
   *
   * @param shingles the article's shingle set, made with the settings' shingling
   * @return the best-scoring indexed article it duplicates (ties: the earliest) with its story's
   *     kept article, or null when it is kept; an article without shingles is always kept and
   *     never indexed (it duplicates nothing) and gets no number
   */
  public Match offer(ShingleSet shingles) {
    if (shingles.isEmpty()) {
      kept++;
      return null;
    }
    ShingleSet signed = common.signable(shingles);
    Signature signature = minHasher.sign(signed);
    Match best = null;
    double bestScore = -1;
    for (int n : index.candidates(signature)) {
      PairScores scores = EstimatedScores.of(index.estimateJaccard(signature, n), signed.size(), signedCounts[n]);
      double score = settings.measure().score(scores);
      if (score >= settings.threshold() && score > bestScore && (storyOf[n] == n || liesInside(scores))) {
        best = new Match(storyOf[n], n, scores, score);
        bestScore = score;
      }
    }
    int number = add(signature, signed.size());
    if (best == null) {
      storyOf[number] = number;
      kept++;
    } else {
      storyOf[number] = best.kept();
    }
    if (warmUp != null) {
      warmUp.add(shingles);
      if (warmUp.size() == warmUpArticles) {
        endWarmUp();
      }
    }
    return best;
  }

  /**
   * Whether the new article (A) lies inside the indexed one (B) to the threshold: the test a match
   * with a dropped member must also pass. A dropped member gathers the versions found inside it,
   * not the texts it is found inside; else a short dropped piece, "contained" in any long text
   * that shares its few shingles, pulled those texts into its story (on a 100,000-article
   * synthetic stream without this test, 1,899 stories were left without a kept article; 238 with it).
   */
  private boolean liesInside(PairScores scores) {
    return scores.containmentOfA() >= settings.threshold();
  }

  /** Indexes a signature, growing the per-article arrays, and returns its number. */
  private int add(Signature signature, int signedCount) {
    int n = index.add(signature);
    if (n == signedCounts.length) {
      signedCounts = Arrays.copyOf(signedCounts, n * 2);
      storyOf = Arrays.copyOf(storyOf, n * 2);
    }
    signedCounts[n] = signedCount;
    return n;
  }

  /**
   * Finds the common shingles and re-signs every article of the warm-up without them, keeping
   * their numbers and stories: the decisions made meanwhile stand.
   */
  private void endWarmUp() {
    common = CommonShingles.find(warmUp, RATE_BASE, settings.commonShingles());
    List<ShingleSet> seen = warmUp;
    warmUp = null;
    if (common.size() == 0) {
      return;
    }
    index = new LshIndex(settings.lshParams(), settings.permutations());
    for (ShingleSet shingles : seen) {
      ShingleSet signed = common.signable(shingles);
      add(minHasher.sign(signed), signed.size());
    }
  }

  /**
   * A dropped article's match.
   *
   * @param kept    number of the kept article of the story the dropped article joins
   * @param matched number of the indexed article it duplicates: {@code kept} itself, or a member
   *                of that story dropped before
   * @param scores  estimated scores, A = the dropped article, B = the matched one
   * @param score   the estimated score under the settings' measure against the matched article
   */
  public record Match(int kept, int matched, PairScores scores, double score) {}
}
