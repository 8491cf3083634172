package dev.neardup.store;

import dev.neardup.core.minhash.Signature;
import java.util.Collection;
import java.util.List;

/**
 * A persistent set of article sketches searchable by LSH band keys: the articles seen before, which
 * new ones are checked against.
 *
 * <p>Candidates are found exactly as {@link dev.neardup.core.lsh.CandidateFinder} finds them (the
 * same 64-bit band keys, {@link dev.neardup.core.lsh.LshParams#bandKeys}), so an article and an
 * indexed one are candidates exactly when they would be within one batch. Like every LSH result,
 * candidates are only probably similar: callers verify them, here with scores estimated from the
 * stored signatures, or exact when the original texts are given again ({@link IndexMatcher}).
 *
 * <p>Every write is atomic: a call either happens completely or, if the process dies or the call
 * fails, not at all. Implementations need not be thread-safe; several processes may share one
 * index.
 */
public interface ArticleIndex extends AutoCloseable {
  /** The settings every stored sketch was made with. */
  IndexSettings settings();

  /**
   * Adds a batch in one transaction. An article whose id is already present (in the index, or
   * earlier in the batch) is skipped, or with {@code replace} replaces the present one.
   *
   * @throws IllegalArgumentException when a signature's length is not the index's permutations
   * @throws IndexBusyException when another process kept the index locked too long; nothing of the
   *     batch was written
   */
  AddResult addBatch(List<NewArticle> batch, boolean replace);

  boolean contains(String id);

  /** The article with this id, or null. */
  IndexedArticle article(String id);

  /** The article with this internal number, or null. */
  IndexedArticle article(long number);

  /**
   * Numbers of the indexed articles sharing at least one band key with {@code signature},
   * ascending, without repeats.
   */
  long[] candidates(Signature signature);

  /**
   * Hands every indexed article sharing at least one band key with {@code signature} to {@code
   * visitor}, each once, in ascending number order: the cheap way to verify candidates, since only
   * their numbers, shingle counts and signatures are read.
   */
  void forEachCandidate(Signature signature, CandidateVisitor visitor);

  /** Receives candidates from {@link #forEachCandidate}. */
  @FunctionalInterface
  interface CandidateVisitor {
    void visit(long number, int shingleCount, Signature signature);
  }

  /**
   * Removes the articles with these ids, in one transaction.
   *
   * @return the ids that were present and are now removed, in the order given
   */
  List<String> remove(Collection<String> ids);

  IndexStats stats();

  /** Releases the file; the index must not be used afterwards. */
  @Override
  void close();
}
