package dev.neardup.query;

import dev.neardup.core.Fingerprinter;
import dev.neardup.core.Settings;
import dev.neardup.core.minhash.Sketch;
import dev.neardup.core.shingle.ShingleSet;
import dev.neardup.core.verify.Fingerprint;
import dev.neardup.store.IndexMatcher;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The original texts of indexed articles, given again (the cli's {@code --texts}), so that
 * candidates can be verified on their exact shingle sets instead of estimated from the stored
 * signatures.
 *
 * <p>Memory: the caller keeps only the texts whose id is indexed (id → text). A text is
 * fingerprinted with the index's settings only when its article first becomes a candidate near the
 * threshold, and its shingle set is cached for the {@value #CACHED} articles used most recently (a
 * shingle set is several times the size of its text, so they are not all kept). A text whose
 * signature differs from the stored one is not the text that was indexed: it is dropped with a
 * warning and its pairs stay estimated.
 *
 * <p>Not thread-safe.
 */
public final class IndexedTexts implements IndexMatcher.Texts {
  /** Shingle sets kept at most. */
  public static final int CACHED = 1024;

  private final Map<String, String> texts;
  private final Fingerprinter fingerprinter;
  private final Consumer<String> warnings;
  private final Map<String, ShingleSet> cache =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ShingleSet> eldest) {
          return size() > CACHED;
        }
      };

  /**
   * @param texts id → original text of indexed articles; taken over, not copied (texts found not to
   *     be the indexed ones are removed from it)
   * @param settings the index's settings
   * @param warnings receives one line per text found not to be the indexed one
   */
  public IndexedTexts(Map<String, String> texts, Settings settings, Consumer<String> warnings) {
    this.texts = Objects.requireNonNull(texts, "texts");
    this.fingerprinter = Fingerprinter.of(settings);
    this.warnings = Objects.requireNonNull(warnings, "warnings");
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
      warnings.accept(
          "warning: "
              + indexed.id()
              + ": the text given with --texts is not the text indexed (its"
              + " signature differs); its scores stay estimated");
      return null;
    }
    cache.put(indexed.id(), print.shingles());
    return print.shingles();
  }

  /** Texts kept (indexed ids), less those found not to be the indexed text. */
  public int size() {
    return texts.size();
  }
}
