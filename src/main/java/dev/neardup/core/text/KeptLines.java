package dev.neardup.core.text;

import java.util.Arrays;

/**
 * The lines kept so far, as spans of the output buffer, in an open-addressing hash set: the
 * repeated-line check then needs no String per line and compares candidates in place. Lines are
 * added in text order, and it is told of the blank and dropped lines between them, so that it knows
 * which kept lines lie in paragraphs without a sentence end ({@link #inUnendedParagraph}).
 */
final class KeptLines {
  private int[] hashes = new int[64];
  private int[] starts = new int[64];
  private int[] ends = new int[64]; // 0: free slot (a kept line is never empty)
  private int size;
  private int unendedRun; // kept lines in a row, up to the last, that end in no sentence end
  private boolean mayHoldList;
  private long[] unended = new long[1]; // one bit per kept line, in text order
  private int paragraphStart; // the first kept line of the paragraph being read
  private boolean paragraphEnded; // whether a line of it, kept or not, ends like a sentence

  /**
   * Adds {@code buffer[from, to)}, whose {@code String.hashCode} is {@code hash}, unless an equal
   * line was added; false if one was.
   */
  boolean add(char[] buffer, int from, int to, int hash) {
    int mask = ends.length - 1;
    int slot = slotOf(hash);
    while (ends[slot] != 0) {
      if (hashes[slot] == hash
          && Arrays.equals(buffer, starts[slot], ends[slot], buffer, from, to)) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    hashes[slot] = hash;
    starts[slot] = from;
    ends[slot] = to;
    if (++size * 2 > ends.length) {
      grow();
    }
    unendedRun = ChromeLines.endsLikeSentence(buffer, from, to) ? 0 : unendedRun + 1;
    mayHoldList |= unendedRun >= LinkLists.MIN_LINES;
    paragraphEnded |= unendedRun == 0;
    return true;
  }

  /** A line that was not kept (chrome or a repeat) came next in the text. */
  void droppedLine(char[] buffer, int from, int to) {
    paragraphEnded |= ChromeLines.endsLikeSentence(buffer, from, to);
  }

  /**
   * A blank line came next in the text (or its end, which counts as one): the paragraph being read
   * is complete.
   */
  void blankLine() {
    if (!paragraphEnded && paragraphStart < size) {
      int last = size - 1;
      if (last >>> 6 >= unended.length) {
        unended = Arrays.copyOf(unended, Math.max(unended.length * 2, (last >>> 6) + 1));
      }
      for (int line = paragraphStart; line <= last; line++) {
        unended[line >>> 6] |= 1L << line;
      }
    }
    paragraphStart = size;
    paragraphEnded = false;
  }

  /**
   * Whether the {@code line}-th kept line (from 0, in text order) belongs to a paragraph (its lines
   * between blank lines or the text's edges) none of whose lines, kept or not, ends like a
   * sentence: each entry of a scraped page's list, or a block of links, where the lines of
   * hard-wrapped copy (a wire story broken at 69 characters, an email) run on to a full stop.
   */
  boolean inUnendedParagraph(int line) {
    return line >>> 6 < unended.length && (unended[line >>> 6] >>> line & 1) != 0;
  }

  /**
   * Whether {@link LinkLists#MIN_LINES} lines kept in a row ended in no sentence end, which every
   * list of links has: without, the text need not be searched for one.
   */
  boolean mayHoldList() {
    return mayHoldList;
  }

  /** Fibonacci hashing: the top bits of the product, so that String-style hashes spread. */
  private int slotOf(int hash) {
    return (hash * 0x9E3779B9) >>> (Integer.numberOfLeadingZeros(ends.length) + 1);
  }

  private void grow() {
    int[] oldHashes = hashes;
    int[] oldStarts = starts;
    int[] oldEnds = ends;
    int capacity = oldEnds.length * 2;
    hashes = new int[capacity];
    starts = new int[capacity];
    ends = new int[capacity];
    int mask = capacity - 1;
    for (int old = 0; old < oldEnds.length; old++) {
      if (oldEnds[old] != 0) {
        int slot = slotOf(oldHashes[old]);
        while (ends[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        hashes[slot] = oldHashes[old];
        starts[slot] = oldStarts[old];
        ends[slot] = oldEnds[old];
      }
    }
  }
}
