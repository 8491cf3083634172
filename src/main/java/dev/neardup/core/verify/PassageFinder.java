package dev.neardup.core.verify;

import dev.neardup.core.shingle.RollingShingles;
import dev.neardup.core.shingle.ShingleKind;
import dev.neardup.core.text.DroppedLines;
import dev.neardup.core.text.NewsNormalizer;
import dev.neardup.core.text.Tokenizer;
import dev.neardup.core.text.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains a match: finds the passages two articles share and maps them back to character offsets
 * of their original texts.
 *
 * <p>Each original text is split into lines (paragraphs); lines that {@link NewsNormalizer} drops
 * (chrome, repeats) are marked ignored. The other lines are tokenised as they stand, keeping each
 * token's offsets, and each token is canonicalised as the pipeline canonicalises it ({@link
 * NewsNormalizer#fold}: NFKC, lower case), so the token stream equals the pipeline's. A passage is
 * a maximal run of consecutive word k-grams that occur in the same order in both texts: it spans
 * from its first token's start to its last token's end in each text. Passages are chosen longest
 * first so that none overlaps another in either text.
 *
 * <p>Offsets count UTF-16 code units (Java and JavaScript string indices) of the text as given.
 * Stateless and thread-safe.
 */
public final class PassageFinder {
  /** Most positions remembered per k-gram, so a text repeating one phrase stays linear. */
  private static final int MAX_POSITIONS = 64;

  private static final Pattern LINE =
      Pattern.compile("[^\\r\\n\\u000B\\u000C\\u0085\\u2028\\u2029]+");

  private final int size;
  private final Tokenizer tokenizer = new Tokenizer();

  /**
   * @param size words per k-gram, at least 1
   * @throws IllegalArgumentException when {@code size} is below 1
   */
  public PassageFinder(int size) {
    if (size < 1 || size > 32) {
      throw new IllegalArgumentException("passage k-gram size must be in [1, 32]: " + size);
    }
    this.size = size;
  }

  /**
   * The finder {@code explain} uses for a run shingled by {@code kind} k-grams of {@code size}:
   * word k-grams of that size for word shingles, of 5 words (about what 9 characters span) for
   * character shingles.
   */
  public static PassageFinder forShingles(ShingleKind kind, int size) {
    return new PassageFinder(kind == ShingleKind.WORD ? size : ShingleKind.DEFAULT_WORD_SIZE);
  }

  /**
   * The passages {@code textA} and {@code textB} share, and how much of each paragraph they cover.
   */
  public Explanation explain(String textA, String textB) {
    Text a = read(textA);
    Text b = read(textB);
    int k = Math.max(1, Math.min(size, Math.min(a.count, b.count)));
    long[] gramsA = grams(a, k);
    long[] gramsB = grams(b, k);
    Map<Long, int[]> positionsB = new HashMap<>();
    for (int j = 0; j < gramsB.length; j++) {
      int[] list = positionsB.get(gramsB[j]);
      if (list == null) {
        positionsB.put(gramsB[j], new int[] {1, j});
      } else if (list[0] < MAX_POSITIONS) {
        list = Arrays.copyOf(list, list.length + 1);
        list[0]++;
        list[list.length - 1] = j;
        positionsB.put(gramsB[j], list);
      }
    }
    List<int[]> runs = new ArrayList<>(); // {i, j, grams}
    for (int i = 0; i < gramsA.length; i++) {
      int[] list = positionsB.get(gramsA[i]);
      if (list == null) {
        continue;
      }
      for (int p = 1; p <= list[0]; p++) {
        int j = list[p];
        if (i > 0 && j > 0 && gramsA[i - 1] == gramsB[j - 1]) {
          continue; // inside a run that started earlier
        }
        int t = 1;
        while (i + t < gramsA.length && j + t < gramsB.length && gramsA[i + t] == gramsB[j + t]) {
          t++;
        }
        runs.add(new int[] {i, j, t});
      }
    }
    runs.sort(
        Comparator.comparingInt((int[] r) -> -r[2])
            .thenComparingInt(r -> r[0])
            .thenComparingInt(r -> r[1]));
    boolean[] usedA = new boolean[a.count];
    boolean[] usedB = new boolean[b.count];
    List<Passage> passages = new ArrayList<>();
    for (int[] r : runs) {
      int words = r[2] + k - 1;
      if (free(usedA, r[0], words) && free(usedB, r[1], words)) {
        Arrays.fill(usedA, r[0], r[0] + words, true);
        Arrays.fill(usedB, r[1], r[1] + words, true);
        int lastA = r[0] + words - 1;
        int lastB = r[1] + words - 1;
        passages.add(
            new Passage(a.starts[r[0]], a.ends[lastA], b.starts[r[1]], b.ends[lastB], words));
      }
    }
    passages.sort(Comparator.comparingInt(Passage::startA).thenComparingInt(Passage::startB));
    return new Explanation(
        passages, paragraphs(a, usedA), paragraphs(b, usedB), a.count, b.count, k);
  }

  private static boolean free(boolean[] used, int from, int count) {
    for (int i = from; i < from + count; i++) {
      if (used[i]) {
        return false;
      }
    }
    return true;
  }

  private static List<Paragraph> paragraphs(Text t, boolean[] used) {
    List<Paragraph> out = new ArrayList<>(t.lines.size());
    for (int[] line : t.lines) {
      int shared = 0;
      for (int i = line[2]; i < line[3]; i++) {
        if (used[i]) {
          shared++;
        }
      }
      out.add(new Paragraph(line[0], line[1], line[3] - line[2], shared, line[4] == 1));
    }
    return out;
  }

  private static long[] grams(Text t, int k) {
    return RollingShingles.windowHashes(t.hashes, t.count, k);
  }

  /** The tokens of the kept lines of an original text, with their offsets in it. */
  private Text read(String text) {
    Text t = new Text();
    List<int[]> spans = new ArrayList<>();
    List<String> canonicals = new ArrayList<>();
    Matcher m = LINE.matcher(text);
    for (int previousEnd = 0; m.find(); previousEnd = m.end()) {
      if (lineBreaks(text, previousEnd, m.start()) >= 2) {
        spans.add(null); // a blank line
        canonicals.add("");
      }
      String canonical = NewsNormalizer.canonicalLine(m.group());
      spans.add(canonical.isEmpty() ? null : new int[] {m.start(), m.end()});
      canonicals.add(canonical);
    }
    boolean[] dropped = DroppedLines.of(canonicals);
    for (int line = 0; line < spans.size(); line++) {
      if (spans.get(line) == null) {
        continue;
      }
      int start0 = spans.get(line)[0];
      String raw = text.substring(start0, spans.get(line)[1]);
      int from = t.count;
      boolean ignored = dropped[line];
      if (!ignored) {
        Tokens tokens = tokenizer.tokenize(raw);
        for (int i = 0; i < tokens.size(); i++) {
          int start = tokens.starts()[i];
          int end = tokens.ends()[i];
          Tokens folded = tokenizer.tokenize(NewsNormalizer.fold(raw.substring(start, end)));
          for (long hash : folded.hashes()) {
            t.add(hash, start0 + start, start0 + end);
          }
        }
      }
      t.lines.add(new int[] {start0, spans.get(line)[1], from, t.count, ignored ? 1 : 0});
    }
    return t;
  }

  /** Line breaks in {@code text[from, to)}, a CR LF pair counted once. */
  private static int lineBreaks(String text, int from, int to) {
    int breaks = 0;
    for (int i = from; i < to; i++) {
      breaks += text.charAt(i) == '\n' && i > from && text.charAt(i - 1) == '\r' ? 0 : 1;
    }
    return breaks;
  }

  private static final class Text {
    long[] hashes = new long[256];
    int[] starts = new int[256];
    int[] ends = new int[256];
    int count;

    /** {start, end, firstToken, endToken, ignored} per non-blank line. */
    final List<int[]> lines = new ArrayList<>();

    void add(long hash, int start, int end) {
      if (count == hashes.length) {
        hashes = Arrays.copyOf(hashes, count * 2);
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      hashes[count] = hash;
      starts[count] = start;
      ends[count] = end;
      count++;
    }
  }

  /**
   * A passage found in both texts.
   *
   * @param startA offset of its first character in text A
   * @param endA offset just past its last character in text A
   * @param startB offset of its first character in text B
   * @param endB offset just past its last character in text B
   * @param words tokens in the passage (the same in both texts)
   */
  public record Passage(int startA, int endA, int startB, int endB, int words) {}

  /**
   * One non-blank line of an original text.
   *
   * @param start offset of its first character
   * @param end offset just past its last character
   * @param words its tokens (0 when ignored)
   * @param sharedWords tokens inside a shared passage
   * @param ignored dropped by the normaliser as chrome or as a repeat of an earlier line
   */
  public record Paragraph(int start, int end, int words, int sharedWords, boolean ignored) {
    /** Fraction of its words inside shared passages; 0 for a paragraph without words. */
    public double coverage() {
      return words == 0 ? 0 : (double) sharedWords / words;
    }
  }

  /**
   * What two texts share.
   *
   * @param passages shared passages, by position in A
   * @param paragraphsA non-blank lines of A in order
   * @param paragraphsB non-blank lines of B in order
   * @param tokensA tokens of A's kept lines
   * @param tokensB tokens of B's kept lines
   * @param gramSize words per k-gram used (the requested size, less for texts shorter than it)
   */
  public record Explanation(
      List<Passage> passages,
      List<Paragraph> paragraphsA,
      List<Paragraph> paragraphsB,
      int tokensA,
      int tokensB,
      int gramSize) {
    public Explanation {
      passages = List.copyOf(passages);
      paragraphsA = List.copyOf(paragraphsA);
      paragraphsB = List.copyOf(paragraphsB);
    }

    /** Tokens of A (or B: the same number) inside shared passages. */
    public int sharedWords() {
      return passages.stream().mapToInt(Passage::words).sum();
    }
  }
}
