package dev.neardup.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Realistic article text of any size, derived at run time from the repository's {@code
 * samples/*.txt} (nothing from them is copied into the repository).
 *
 * <p>The samples hold only about 23 KB, so a 32 KB article cannot be a slice of them, and repeating
 * them would collapse into few distinct shingles. Instead a word-bigram Markov chain is trained on
 * the samples (whitespace-separated words with their punctuation, plus line breaks) and walked from
 * a seed: the output has the samples' word-length, punctuation, casing and line-shape statistics,
 * and chrome lines like theirs, but a fresh word sequence.
 *
 * <p>Deterministic for a given seed. Not thread-safe (use one per thread).
 */
public final class SampleText {
  private static final String NEWLINE = "\n";

  private final List<String> words = new ArrayList<>();
  private final Map<String, List<String>> next = new HashMap<>();

  private SampleText(List<String> corpus) {
    String previous = NEWLINE;
    for (String w : corpus) {
      words.add(w);
      next.computeIfAbsent(previous, k -> new ArrayList<>()).add(w);
      previous = w;
    }
  }

  /** Trains on every {@code *.txt} of the samples folder (see {@link #samplesDir()}). */
  public static SampleText load() {
    List<String> corpus = new ArrayList<>();
    try (Stream<Path> files = Files.list(samplesDir())) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          for (String w : line.trim().split("\\s+")) {
            if (!w.isEmpty()) {
              corpus.add(w);
            }
          }
          corpus.add(NEWLINE);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (corpus.size() < 100) {
      throw new IllegalStateException("too little sample text in " + samplesDir());
    }
    return new SampleText(corpus);
  }

  /**
   * The samples folder: system property {@code neardup.samples}, else {@code samples} or {@code
   * ../samples} relative to the working directory.
   */
  public static Path samplesDir() {
    String prop = System.getProperty("neardup.samples");
    if (prop != null) {
      return Path.of(prop);
    }
    for (String candidate : new String[] {"samples", "../samples", "../../samples"}) {
      if (Files.isDirectory(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    throw new IllegalStateException(
        "samples/ not found; run from the repo root or set -Dneardup.samples=DIR");
  }

  /** A text of about {@code bytes} UTF-8 bytes (never less), generated from {@code seed}. */
  public String article(int bytes, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder out = new StringBuilder(bytes + 64);
    String current = words.get(random.nextInt(words.size()));
    int size = 0;
    while (size < bytes) {
      if (current.equals(NEWLINE)) {
        out.append('\n');
        size++;
      } else {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
          out.append(' ');
          size++;
        }
        out.append(current);
        size += current.getBytes(StandardCharsets.UTF_8).length;
      }
      List<String> successors = next.get(current);
      // A small chance of jumping anywhere keeps long texts from replaying the samples verbatim.
      current =
          successors == null || random.nextInt(8) == 0
              ? words.get(random.nextInt(words.size()))
              : successors.get(random.nextInt(successors.size()));
    }
    return out.toString();
  }

  /**
   * A rewrite of {@code text}: each word is replaced by a random sample word with probability
   * {@code replaceRate}, and only the first {@code keepFraction} of the words are kept.
   */
  public String rewrite(String text, double replaceRate, double keepFraction, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] lines = text.split("\n", -1);
    int totalWords = 0;
    for (String line : lines) {
      totalWords += line.isEmpty() ? 0 : line.split(" ").length;
    }
    int keep = (int) Math.ceil(totalWords * keepFraction);
    StringBuilder out = new StringBuilder(text.length());
    int seen = 0;
    for (String line : lines) {
      if (seen >= keep) {
        break;
      }
      StringBuilder l = new StringBuilder();
      for (String w : line.isEmpty() ? new String[0] : line.split(" ")) {
        if (seen++ >= keep) {
          break;
        }
        String word = random.nextDouble() < replaceRate ? randomWord(random) : w;
        if (l.length() > 0) {
          l.append(' ');
        }
        l.append(word);
      }
      out.append(l).append('\n');
    }
    return out.toString();
  }

  private String randomWord(SplittableRandom random) {
    String w;
    do {
      w = words.get(random.nextInt(words.size()));
    } while (w.equals(NEWLINE));
    return w;
  }
}
