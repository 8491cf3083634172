package dev.neardup.core.verify;

import dev.neardup.core.hash.Hashing64;
import dev.neardup.core.text.Tokens;
import java.util.Arrays;

/**
 * The figures of an article in their places: for every token holding a digit, the words around it
 * (two before, one after) and the figure itself, as 32-bit hashes.
 *
 * <p>Why: reports made from one template (a company's convertible-debt offering, a day's hog
 * slaughter estimate, a dividend notice) share nearly every shingle and differ in a few figures;
 * they are different stories, while a resend of one report differs in nothing and a correction in
 * one figure. Comparing the figures that stand in the same place in both texts ({@link #compare})
 * tells the two apart without reading the rest. Clock times ("3:56 pm") are left out: pages stamp
 * them on every version of a story.
 *
 * <p>Immutable and thread-safe.
 */
public final class Figures {
  private static final Figures NONE = new Figures(new long[0], Dateline.NONE);

  /**
   * (context hash << 32) | figure hash, sorted as signed longs: places are compared by the signed
   * top half ({@code >> 32}), the order the array is in.
   */
  private final long[] entries;

  /** The day the text's dateline names ({@link Dateline}), or {@link Dateline#NONE}. */
  private final int datelineDay;

  private Figures(long[] entries, int datelineDay) {
    this.entries = entries;
    this.datelineDay = datelineDay;
  }

  /** No figures. */
  public static Figures none() {
    return NONE;
  }

  /** The figures of a normalised text whose token spans are {@code tokens}. */
  public static Figures of(CharSequence text, Tokens tokens) {
    int n = tokens.size();
    int[] starts = tokens.starts();
    int[] ends = tokens.ends();
    long[] out = null;
    int count = 0;
    for (int t = 0; t < n; t++) {
      if (!hasDigit(text, starts[t], ends[t]) || isClockTime(text, starts[t], ends[t])) {
        continue;
      }
      int last = lastPartOfFigure(text, tokens, t);
      long context = Hashing64.mix(hash(text, tokens, t - 2) * 31 + hash(text, tokens, t - 1));
      context = Hashing64.mix(context * 31 + hash(text, tokens, last + 1));
      long figure = Hashing64.mix(figureHash(text, starts[t], ends[last]));
      t = last;
      if (out == null) {
        out = new long[8];
      } else if (count == out.length) {
        out = Arrays.copyOf(out, count * 2);
      }
      out[count++] = (context & 0xFFFFFFFF00000000L) | (figure >>> 32);
    }
    if (count == 0) {
      return NONE;
    }
    long[] sorted = Arrays.copyOf(out, count);
    Arrays.sort(sorted);
    return new Figures(sorted, Dateline.dayOf(text));
  }

  /** Figures held. */
  public int size() {
    return entries.length;
  }

  /**
   * Places (contexts) both texts have a figure in, split by whether some figure there is the same
   * in both ({@link Comparison#agreements()}) or none is ({@link Comparison#conflicts()}).
   */
  public Comparison compare(Figures other) {
    long[] a = entries;
    long[] b = other.entries;
    int i = 0;
    int j = 0;
    int agree = 0;
    int conflict = 0;
    while (i < a.length && j < b.length) {
      long ca = a[i] >> 32;
      long cb = b[j] >> 32;
      if (ca != cb) {
        if (ca < cb) {
          i++;
        } else {
          j++;
        }
        continue;
      }
      int endA = i;
      while (endA < a.length && a[endA] >> 32 == ca) {
        endA++;
      }
      int endB = j;
      while (endB < b.length && b[endB] >> 32 == cb) {
        endB++;
      }
      boolean same = false;
      for (int x = i; x < endA && !same; x++) {
        for (int y = j; y < endB; y++) {
          if (a[x] == b[y]) {
            same = true;
            break;
          }
        }
      }
      if (same) {
        agree++;
      } else {
        conflict++;
      }
      i = endA;
      j = endB;
    }
    return new Comparison(conflict, agree, Dateline.daysApart(datelineDay, other.datelineDay));
  }

  /**
   * How the figures of two texts compare.
   *
   * @param conflicts places where the two texts give different figures
   * @param agreements places where they give the same
   * @param datelineDaysApart days between the days the two datelines name ({@link Dateline}), -1
   *     when either text has none
   */
  public record Comparison(int conflicts, int agreements, int datelineDaysApart) {
    /** Datelines this many days apart or more are different reports. */
    public static final int MIN_DATELINE_DAYS_APART = 2;

    /**
     * Whether the figures say these are different reports: two places or more with other figures,
     * at least half as many as the places that agree, or datelines two days apart. One figure is
     * not enough: a correction changes one figure, and pages stamp each version with its own date
     * ("Updated March 5" against "March 6"); nor is a dateline one day on, which a report resent
     * overnight carries. Nor are two or three figures among dozens that agree: an update of a long
     * story revises its tolls and totals and keeps every other figure, while a report from a
     * template about another company or day changes most of the few figures it has.
     */
    public boolean differ() {
      boolean otherFigures = conflicts >= 2 && 2 * conflicts >= agreements;
      return otherFigures || datelineDaysApart >= MIN_DATELINE_DAYS_APART;
    }
  }

  private static long hash(CharSequence text, Tokens tokens, int t) {
    if (t < 0 || t >= tokens.size()) {
      return 0x5EED;
    }
    long h = 0x811C9DC5L;
    for (int i = tokens.starts()[t]; i < tokens.ends()[t]; i++) {
      h = (h ^ text.charAt(i)) * 0x100000001B3L;
    }
    return h;
  }

  /**
   * The last token of the figure that starts at token {@code first}: a figure written with a
   * decimal point, a fraction or thousands ("48.50", "5-1/2", "6-5/16", "1,000") is one figure,
   * though the tokenizer splits it at the marks. Read as separate tokens, "stock at 48.50 dlrs" and
   * "stock at 54.55 dlrs" put their parts in different places ("stock at _ 50" against "stock at _
   * 55") and never meet, so two reports that differ only in such figures looked alike.
   */
  private static int lastPartOfFigure(CharSequence text, Tokens tokens, int first) {
    int[] starts = tokens.starts();
    int[] ends = tokens.ends();
    int last = first;
    while (last + 1 < tokens.size()
        && starts[last + 1] == ends[last] + 1
        && isFigureMark(text.charAt(ends[last]))
        && Character.isDigit(text.charAt(ends[last] - 1))
        && Character.isDigit(text.charAt(starts[last + 1]))
        && !isClockTime(text, starts[last + 1], ends[last + 1])) {
      last++;
    }
    return last;
  }

  private static boolean isFigureMark(char c) {
    return c == '.' || c == ',' || c == '/' || c == '-';
  }

  /** FNV-1a over a figure's characters, thousands commas left out ("1,000" is "1000"). */
  private static long figureHash(CharSequence text, int from, int to) {
    long h = 0x811C9DC5L;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ',') {
        h = (h ^ c) * 0x100000001B3L;
      }
    }
    return h;
  }

  /**
   * Whether a token is a figure: starts or ends with a digit ("150", "1987", "2nd", "covid19").
   * Looking at its two ends, not every character, keeps this off the profile of every article.
   */
  private static boolean hasDigit(CharSequence text, int from, int to) {
    return Character.isDigit(text.charAt(from)) || Character.isDigit(text.charAt(to - 1));
  }

  /** A figure written against a colon ("3:56", "10:05"): a clock time. */
  private static boolean isClockTime(CharSequence text, int from, int to) {
    return (from > 0 && text.charAt(from - 1) == ':')
        || (to < text.length() && text.charAt(to) == ':');
  }
}
