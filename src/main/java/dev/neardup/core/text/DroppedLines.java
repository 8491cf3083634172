package dev.neardup.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which lines of an original text {@link NewsNormalizer#normalize} leaves out, line by line, for
 * tools that show the original with what was compared (explain's paragraph labels). Pure and
 * stateless.
 */
public final class DroppedLines {
  private DroppedLines() {}

  /**
   * Which of {@code canonicalLines} (each as returned by {@link NewsNormalizer#canonicalLine}, in
   * text order, a blank line as the empty string) {@link NewsNormalizer#normalize} drops: empty
   * lines, chrome ({@link NewsNormalizer#isChromeLine}), repeats of an earlier kept line, and the
   * lines of a list of links among those left ({@link LinkLists}).
   */
  public static boolean[] of(List<String> canonicalLines) {
    int n = canonicalLines.size();
    boolean[] dropped = new boolean[n];
    Set<String> seen = new HashSet<>();
    List<String> left = new ArrayList<>();
    List<Integer> where = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String line = canonicalLines.get(i);
      dropped[i] = line.isEmpty() || NewsNormalizer.isChromeLine(line) || !seen.add(line);
      if (!dropped[i]) {
        left.add(line);
        where.add(i);
      }
    }
    // Paragraphs: lines between empty ones; unended when no line of them ends like a sentence.
    boolean[] unendedLine = new boolean[n];
    for (int from = 0; from < n; ) {
      int to = from;
      boolean ended = false;
      while (to < n && !canonicalLines.get(to).isEmpty()) {
        char[] line = canonicalLines.get(to++).toCharArray();
        ended |= ChromeLines.endsLikeSentence(line, 0, line.length);
      }
      Arrays.fill(unendedLine, from, to, !ended);
      from = to + 1;
    }
    boolean[] unended = new boolean[left.size()];
    for (int j = 0; j < unended.length; j++) {
      unended[j] = unendedLine[where.get(j)];
    }
    boolean[] listed = LinkLists.inLists(left, unended);
    for (int j = 0; j < listed.length; j++) {
      dropped[where.get(j)] |= listed[j];
    }
    return dropped;
  }
}
