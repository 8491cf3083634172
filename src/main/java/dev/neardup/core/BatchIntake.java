package dev.neardup.core;

import dev.neardup.core.Fingerprinter.Shingled;
import dev.neardup.core.parallel.DaemonWorkers;
import dev.neardup.core.parallel.FutureValue;
import dev.neardup.core.parallel.ParallelTasks;
import dev.neardup.core.shingle.CommonShingles;
import dev.neardup.core.shingle.ShingleSet;
import dev.neardup.core.shingle.ShinglingScratch;
import dev.neardup.core.text.Article;
import dev.neardup.core.verify.Fingerprint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * A batch being fingerprinted as it arrives: articles are shingled on worker threads while the
 * caller is still reading more; {@link #finish()} then finds the batch's common shingles and
 * boilerplate and signs every article. Used by one thread; close it to stop its workers.
 */
public final class BatchIntake implements AutoCloseable {
  private static final int CHUNK = 256;

  private final Settings settings;
  private final int threads;
  private final Fingerprinter fingerprinter;
  private final ExecutorService workers;
  // Only ids are kept: a text is released once shingled, so a batch holds its fingerprints and
  // not its text (at a million articles the texts were a quarter of the heap, copied by every
  // young collection until the end of the read).
  private final List<String> ids = new ArrayList<>();
  private final List<Future<Shingled[]>> chunks = new ArrayList<>();
  private List<Article> chunk = new ArrayList<>(CHUNK);

  BatchIntake(Settings settings, int threads) {
    this.settings = settings;
    this.threads = threads;
    this.fingerprinter = Fingerprinter.of(settings);
    this.workers = threads == 1 ? null : DaemonWorkers.start(threads, "neardup-shingle");
  }

  public void add(Article article) {
    ids.add(article.id());
    chunk.add(article);
    if (chunk.size() == CHUNK) {
      submit();
    }
  }

  /**
   * Waits for the shingling, then leaves out common shingles and signs as {@link
   * Pipeline#fingerprint}.
   */
  public Pipeline.Corpus finish() {
    if (!chunk.isEmpty()) {
      submit();
    }
    Shingled[] arrived = new Shingled[ids.size()];
    int next = 0;
    for (Future<Shingled[]> f : chunks) {
      for (Shingled s : FutureValue.of(f)) {
        arrived[next++] = s;
      }
    }
    close();
    Integer[] order = new Integer[arrived.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) -> {
          int byId = ids.get(a).compareTo(ids.get(b));
          return byId != 0 ? byId : SHINGLED_ORDER.compare(arrived[a], arrived[b]);
        });
    String[] sorted = new String[order.length];
    Shingled[] shingled = new Shingled[order.length];
    for (int i = 0; i < order.length; i++) {
      sorted[i] = ids.get(order[i]);
      shingled[i] = arrived[order[i]];
    }
    ids.clear();
    return signed(sorted, shingled);
  }

  @Override
  public void close() {
    if (workers != null) {
      workers.shutdownNow();
    }
  }

  private void submit() {
    List<Article> batch = chunk;
    chunk = new ArrayList<>(CHUNK);
    Callable<Shingled[]> task =
        () -> {
          // One scratch per chunk: used on the one thread that runs the chunk.
          ShinglingScratch scratch = new ShinglingScratch();
          Shingled[] out = new Shingled[batch.size()];
          for (int i = 0; i < out.length; i++) {
            out[i] = fingerprinter.shingle(batch.get(i), scratch);
          }
          return out;
        };
    if (workers == null) {
      FutureTask<Shingled[]> now = new FutureTask<>(task);
      now.run();
      chunks.add(now);
    } else {
      chunks.add(workers.submit(task));
    }
  }

  /**
   * Among articles with the same id, the order of their shingles, then length: the order everything
   * downstream sees is then the same whatever the input order. Ties are articles whose fingerprints
   * are equal, so their order cannot change the output.
   */
  private static final Comparator<Shingled> SHINGLED_ORDER =
      Comparator.comparing(Shingled::shingles, ShingleSet::compare)
          .thenComparingInt(Shingled::tokenCount);

  /** The second half of {@link #finish()}: common shingles, then signatures, in parallel. */
  private Pipeline.Corpus signed(String[] sortedIds, Shingled[] shingled) {
    CommonShingles[] found =
        commonShingles(shingled, settings.commonShingles(), boilerplateCut(shingled.length));
    CommonShingles common = found[0];
    CommonShingles boilerplate = found[1];
    Fingerprint[] prints =
        ParallelTasks.map(
            sortedIds.length < 64 ? 1 : threads,
            sortedIds.length,
            i -> fingerprinter.sign(shingled[i], common, boilerplate),
            Fingerprint[]::new);
    List<String> ids = new ArrayList<>(sortedIds.length);
    List<Fingerprint> kept = new ArrayList<>(sortedIds.length);
    List<String> empty = new ArrayList<>();
    for (int i = 0; i < sortedIds.length; i++) {
      if (prints[i].isEmpty()) {
        empty.add(sortedIds[i]);
      } else {
        ids.add(sortedIds[i]);
        kept.add(prints[i]);
      }
    }
    return new Pipeline.Corpus(settings, ids, kept, empty, common.size());
  }

  /** Articles of a batch above which a shingle is boilerplate to passages, at least. */
  static final int BOILERPLATE_MIN_ARTICLES = 20;

  /**
   * Articles above which a shingle is boilerplate to {@link
   * dev.neardup.core.verify.PassageOverlap}: an outlet's footer and menus recur in every page it
   * has in the batch, a wire story in its few versions. One in a thousand articles for large
   * batches, where stock phrases recur more.
   */
  public static int boilerplateCut(int batchSize) {
    return Math.max(BOILERPLATE_MIN_ARTICLES, batchSize / 1000);
  }

  private static CommonShingles[] commonShingles(Shingled[] shingled, int... maxArticles) {
    List<ShingleSet> sample = new ArrayList<>();
    for (int i : CommonShingles.sampleIndices(shingled.length)) {
      sample.add(shingled[i].shingles());
    }
    return CommonShingles.find(sample, shingled.length, maxArticles);
  }
}
