package dev.neardup.core.text;

/**
 * Lists of links in normalised text: runs of at least {@value #MIN_LINES} consecutive lines each
 * shaped like a link's text ({@link ChromeLines#isLinkShaped}), each in a paragraph of the original
 * without a sentence end ({@link KeptLines#inUnendedParagraph}), which {@link NewsNormalizer} drops
 * as site chrome. Hard-wrapped copy is never a list: its lines, broken mid-sentence, run on to a
 * full stop before the next blank line.
 *
 * <p>Why: a scraped page keeps its "Most read" and "Recommended" lists, section menus and job
 * boards, one headline per line, too long for the chrome-line rule's few words. Pages of one outlet
 * share them, and in a batch with only a few of its pages (too few for {@link
 * dev.neardup.core.shingle.CommonShingles} to tell them from a story's copies) two short stories of
 * one outlet shared more of their text there than with anything else. Where a list sits and what it
 * names is no matter: an article's own headline and standfirst are one or two such lines, not
 * three, and its paragraphs end like sentences. On web dev's three quarter batches of about 1,000
 * pages (some ten per outlet) this rule took pair F1 from 0.9436, 0.9515, 0.9347 to 0.9585, 0.9578,
 * 0.9538 (README.md, "The defaults, measured").
 *
 * <p>Pure and stateless.
 */
final class LinkLists {
  /**
   * Consecutive link-shaped lines that make a list. Two are a headline and its standfirst. Chosen
   * on the dev sets (before the paragraph condition was added): two lost look-alike resends (recall
   * 0.968 to 0.927); three and four tie on the whole dev sets (web dev plus wire dev F1 1.9590 and
   * 1.9587), and in web dev's three quarter batches three scores F1 0.9558, 0.9609, 0.9606 against
   * four's 0.9460, 0.9582, 0.9551.
   */
  static final int MIN_LINES = 3;

  private LinkLists() {}

  /**
   * Removes the lists of links from the {@code '\n'}-separated lines in {@code text[0, length)}, in
   * place, and returns the new length: the lines are those of {@code kept}, which tells which lay
   * in paragraphs without a sentence end. Lines around a removed list keep one separator between
   * them; a list at either end takes its separator with it.
   */
  static int cut(char[] text, int length, KeptLines kept) {
    int write = 0;
    int copied = 0; // text[copied, lineStart) is not yet decided or written
    int runStart = -1;
    int runLines = 0;
    for (int lineStart = 0, line = 0; lineStart <= length; line++) {
      int end = lineStart;
      while (end < length && text[end] != '\n') {
        end++;
      }
      if (kept.inUnendedParagraph(line) && ChromeLines.isLinkShaped(text, lineStart, end)) {
        if (runLines++ == 0) {
          runStart = lineStart;
        }
      } else {
        if (runLines >= MIN_LINES) {
          write = keep(text, write, copied, runStart);
          copied = lineStart;
        }
        runLines = 0;
      }
      lineStart = end + 1;
    }
    if (runLines >= MIN_LINES) {
      write = keep(text, write, copied, runStart);
      copied = length;
    }
    if (copied == 0) {
      return length; // nothing removed
    }
    write = keep(text, write, copied, length);
    // A list removed at the end leaves the separator before it.
    return write > 0 && text[write - 1] == '\n' ? write - 1 : write;
  }

  /**
   * Which of the {@code lines} (each one normalised line, as kept) belong to a list of links;
   * {@code unended} tells which lay in paragraphs without a sentence end.
   */
  static boolean[] inLists(java.util.List<String> lines, boolean[] unended) {
    boolean[] listed = new boolean[lines.size()];
    int runStart = 0;
    for (int i = 0; i <= lines.size(); i++) {
      boolean link = false;
      if (i < lines.size() && unended[i]) {
        char[] line = lines.get(i).toCharArray();
        link = ChromeLines.isLinkShaped(line, 0, line.length);
      }
      if (!link) {
        if (i - runStart >= MIN_LINES) {
          java.util.Arrays.fill(listed, runStart, i, true);
        }
        runStart = i + 1;
      }
    }
    return listed;
  }

  /** Moves {@code text[from, to)} to {@code write}; returns the position after it. */
  private static int keep(char[] text, int write, int from, int to) {
    System.arraycopy(text, from, text, write, to - from);
    return write + to - from;
  }
}
