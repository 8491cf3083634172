package dev.neardup.cli;

import dev.neardup.core.Fingerprinter;
import dev.neardup.core.Settings;
import dev.neardup.core.minhash.Sketch;
import dev.neardup.core.shingle.ShingleSet;
import dev.neardup.core.verify.Fingerprint;
import dev.neardup.store.ArticleIndex;
import dev.neardup.store.IndexMatcher;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The original texts of indexed articles, given again with {@code --texts}, so that candidates can
 * be verified on their exact shingle sets instead of estimated from the stored signatures.
 *
 * <p>Memory: the texts are read once, before any input, and only those whose id is in the index at
 * that moment are kept (id → text); the rest are dropped. A text is fingerprinted with the index's
 * settings only when its article first becomes a candidate near the threshold, and its shingle set
 * is cached for the {@value #CACHED} articles used most recently (a shingle set is several times the
 * size of its text, so they are not all kept). A text whose signature differs from the stored one is
 * not the text that was indexed: it is dropped with a warning and its pairs stay estimated.
 *
 * <p>Not thread-safe.
 */
final class IndexedTexts implements IndexMatcher.Texts {
  static final int CACHED = 1024;

  private final Map<String, String> texts;
  private final Fingerprinter fingerprinter;
  private final ArticleInputs inputs;
  private final Map<String, ShingleSet> cache = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, ShingleSet> eldest) {
      return size() > CACHED;
    }
  };

  private IndexedTexts(Map<String, String> texts, Fingerprinter fingerprinter, ArticleInputs inputs) {
    this.texts = texts;
    this.fingerprinter = fingerprinter;
    this.inputs = inputs;
  }

  /**
   * Reads {@code sources} with the inputs' reader and options, keeping the texts of indexed ids.
   * Reading problems are reported, and count towards exit 3, like those of the inputs.
   *
   * @throws UsageException (exit 2) when both the texts and the inputs would be standard input
   */
  static IndexedTexts read(List<String> sources, List<String> inputsOrStdin, ArticleInputs inputs,
      ArticleIndex index, Settings settings) {
    if (sources.contains("-") && inputsOrStdin.contains("-")) {
      throw new UsageException("--texts and the inputs cannot both be standard input (-)");
    }
    Map<String, String> texts = new HashMap<>();
    long[] read = new long[1];
    inputs.streamUnique(sources, record -> {
      read[0]++;
      if (index.contains(record.article().id())) {
        texts.put(record.article().id(), record.article().text());
      }
    });
    inputs.note(String.format(Locale.ROOT, "texts: %s read: %,d kept for exact verification (id indexed), %,d"
        + " dropped (id not in the index)", IndexQueryRun.plural(read[0], "text"), texts.size(), read[0] - texts.size()));
    return new IndexedTexts(texts, Fingerprinter.of(settings), inputs);
  }

  @Override
  public ShingleSet shingles(Sketch indexed) {
    ShingleSet cached = cache.get(indexed.id());
    if (cached != null) {
      return cached;
    }
    String text = texts.get(indexed.id());
    if (text == null) {
      return null;
    }
    Fingerprint print = fingerprinter.fingerprint(text);
    if (!print.signature().equals(indexed.signature())) {
      texts.remove(indexed.id());
      inputs.note("warning: " + indexed.id() + ": the text given with --texts is not the text indexed (its"
          + " signature differs); its scores stay estimated");
      return null;
    }
    cache.put(indexed.id(), print.shingles());
    return print.shingles();
  }

  /** Texts kept (indexed ids), less those found not to be the indexed text. */
  int size() {
    return texts.size();
  }
}
