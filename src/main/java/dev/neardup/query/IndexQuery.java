package dev.neardup.query;

import dev.neardup.core.Settings;
import dev.neardup.core.lsh.CandidateFinder;
import dev.neardup.core.minhash.Signature;
import dev.neardup.core.minhash.Sketch;
import dev.neardup.core.verify.Fingerprint;
import dev.neardup.store.AddResult;
import dev.neardup.store.ArticleIndex;
import dev.neardup.store.IndexMatcher;
import dev.neardup.store.IndexMatcher.Match;
import dev.neardup.store.NewArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The use case behind {@code query} and {@code check --against}: checks fingerprinted articles
 * against an open index, one batch at a time, in input order. With {@code add}, each batch is then
 * indexed in one transaction, and an article is also checked against the earlier articles of its
 * own batch (candidates from {@link CandidateFinder}, the batch LSH), so every article is compared
 * with everything indexed before it whatever the batch size. All scores are estimated from
 * signatures, as for stored articles, except that with {@link IndexMatcher.Texts} (the original
 * texts of indexed articles) a pair whose indexed text is at hand is verified exactly ({@link
 * IndexMatcher}).
 *
 * <p>Deterministic for a given index content and input order. Not thread-safe.
 */
public final class IndexQuery {
  private final ArticleIndex index;
  private final IndexMatcher matcher;
  private final CandidateFinder batchLsh;
  private final boolean add;
  private final boolean withTexts;
  private final List<Long> latencies = new ArrayList<>();
  private final List<Long> lookupNanos = new ArrayList<>();
  private AddResult added = AddResult.NONE;
  private long articles;
  private long duplicates;
  private long pairs;
  private long exactPairs;
  private boolean anyEstimated;

  /**
   * One article to look up.
   *
   * @param id its id
   * @param fingerprint its fingerprint with the index's settings; never empty
   * @param source where it was read, stored with it when it is added
   * @param fingerprintNanos the time its fingerprint took, for the latency figures
   */
  public record Entry(String id, Fingerprint fingerprint, String source, long fingerprintNanos) {
    public Entry {
      Objects.requireNonNull(id, "id");
      if (fingerprint.isEmpty()) {
        throw new IllegalArgumentException("article without words cannot be looked up: " + id);
      }
    }
  }

  /**
   * One article's outcome.
   *
   * @param sketch its sketch
   * @param indexed whether its id was in the index before it was looked up (it is never its own
   *     match)
   * @param matches the indexed (or, with add, earlier) articles it duplicates, best first
   * @param estimated whether any decision for it rested on estimated scores (see {@link
   *     IndexMatcher.Verdict})
   */
  public record Result(Sketch sketch, boolean indexed, List<Match> matches, boolean estimated) {}

  /**
   * @param index the open index, read and (with {@code add}) written through
   * @param settings the settings the index was built with, as reconciled with the command's
   * @param texts the original texts of indexed articles for exact verification, or null (all
   *     estimated)
   * @param add whether to index the articles not yet indexed, each batch in one transaction
   */
  public IndexQuery(ArticleIndex index, Settings settings, IndexMatcher.Texts texts, boolean add) {
    this.index = Objects.requireNonNull(index, "index");
    this.matcher = new IndexMatcher(index, settings.measure(), settings.threshold(), texts);
    this.batchLsh = add ? new CandidateFinder(settings.lshParams()) : null;
    this.withTexts = texts != null;
    this.add = add;
  }

  /**
   * Looks up each article of {@code batch}, handing its result to {@code sink} in order, then adds
   * the batch.
   */
  public void lookUp(List<Entry> batch, Consumer<Result> sink) {
    List<List<Integer>> earlier = add ? earlierCandidates(batch) : null;
    boolean[] indexed = new boolean[batch.size()];
    Sketch[] sketches = new Sketch[batch.size()];
    List<NewArticle> fresh = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      Entry entry = batch.get(i);
      long t0 = System.nanoTime();
      Fingerprint print = entry.fingerprint();
      Sketch sketch = print.sketch(entry.id());
      sketches[i] = sketch;
      indexed[i] = index.contains(sketch.id());
      IndexMatcher.Verdict verdict = matcher.verdict(sketch, print.shingles());
      List<Match> matches = verdict.matches();
      boolean estimated = verdict.estimated();
      if (earlier != null) {
        matches = new ArrayList<>(matches);
        for (int j : earlier.get(i)) {
          if (indexed[j]) {
            continue; // an indexed article is matched through the index, not twice
          }
          Match m = matcher.score(sketch, print.shingles(), sketches[j]);
          if (m != null) {
            matches.add(m);
            estimated |= m.estimated();
          }
        }
        matches.sort(IndexMatcher.ORDER);
        if (!indexed[i]) {
          fresh.add(new NewArticle(sketch, entry.source()));
        }
      }
      long lookup = System.nanoTime() - t0;
      count(entry, lookup, matches, estimated);
      sink.accept(new Result(sketch, indexed[i], matches, estimated));
    }
    if (add) {
      added = added.plus(index.addBatch(fresh, false));
    }
  }

  /**
   * For each article of the batch, the earlier articles of the batch it shares a band with,
   * ascending.
   */
  private List<List<Integer>> earlierCandidates(List<Entry> batch) {
    Signature[] signatures = new Signature[batch.size()];
    List<List<Integer>> out = new ArrayList<>(batch.size());
    for (int i = 0; i < signatures.length; i++) {
      signatures[i] = batch.get(i).fingerprint().signature();
      out.add(new ArrayList<>());
    }
    for (long pair : batchLsh.candidatePairs(signatures)) {
      out.get((int) pair).add((int) (pair >>> 32));
    }
    return out;
  }

  private void count(Entry entry, long lookup, List<Match> matches, boolean estimated) {
    lookupNanos.add(lookup);
    latencies.add(entry.fingerprintNanos() + lookup);
    articles++;
    if (!matches.isEmpty()) {
      duplicates++;
      pairs += matches.size();
      exactPairs += matches.stream().filter(m -> !m.estimated()).count();
    }
    anyEstimated |= estimated;
  }

  /** Articles looked up. */
  public long articles() {
    return articles;
  }

  /** Articles with at least one match. */
  public long duplicates() {
    return duplicates;
  }

  /** Matches over all articles. */
  public long pairs() {
    return pairs;
  }

  /** Pairs verified exactly on the original texts; the other {@link #pairs()} are estimated. */
  public long exactPairs() {
    return exactPairs;
  }

  /** Whether any article's result rested on estimated scores (always without texts). */
  public boolean anyEstimated() {
    return anyEstimated || !withTexts;
  }

  /** Whether the original texts of indexed articles were given. */
  public boolean withTexts() {
    return withTexts;
  }

  /** What adding the batches did (nothing without {@code add}). */
  public AddResult added() {
    return added;
  }

  /** LSH candidates from the index looked at so far, over all articles. */
  public long candidatesSeen() {
    return matcher.candidatesSeen();
  }

  /** Per article, in input order: fingerprint + lookup + verification time, in nanoseconds. */
  public long[] latencies() {
    return latencies.stream().mapToLong(Long::longValue).toArray();
  }

  /** Per article, in input order: lookup + verification time alone, in nanoseconds. */
  public long[] lookupNanos() {
    return lookupNanos.stream().mapToLong(Long::longValue).toArray();
  }
}
