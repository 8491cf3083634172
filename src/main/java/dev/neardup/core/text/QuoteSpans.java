package dev.neardup.core.text;

/**
 * Which tokens of a normalised text stand inside quotation marks.
 *
 * <p>Why: two different stories often quote the same statement, tweet or press release word for
 * word, and share nothing else; versions of one story share its narrative as well. {@link
 * PairScores#passage()} therefore does not count shared passages that are nearly all quotation.
 *
 * <p>After {@link NewsNormalizer} every double quote is {@code "} and every single quote or
 * apostrophe is {@code '}. A {@code "} opens or closes a quotation; a {@code '} does when it stands
 * at the edge of a word next to a space (opening before a word, closing after one), never inside a
 * word ("don't"). A line break ends any quotation, so an unbalanced mark costs at most its
 * paragraph. Pure and thread-safe.
 */
public final class QuoteSpans {
  private QuoteSpans() {}

  /** For each token, whether it is inside a quotation; null when none is. */
  public static boolean[] of(CharSequence text, Tokens tokens) {
    int n = tokens.size();
    int[] starts = tokens.starts();
    int[] ends = tokens.ends();
    boolean[] quoted = null;
    boolean inDouble = false;
    boolean inSingle = false;
    int gapStart = 0;
    for (int t = 0; t < n; t++) {
      int gapEnd = starts[t];
      boolean spaced = false;
      for (int i = gapStart; i < gapEnd; i++) {
        char c = text.charAt(i);
        if (c == '\n') {
          inDouble = false;
          inSingle = false;
          spaced = true;
        } else if (Character.isWhitespace(c)) {
          spaced = true;
        } else if (c == '"') {
          inDouble = !inDouble;
        } else if (c == '\'') {
          boolean closesWord = i == gapStart && t > 0 && !spaced;
          boolean opensWord = i == gapEnd - 1;
          if (closesWord && !opensWord && inSingle) {
            inSingle = false;
          } else if (opensWord && !closesWord && !inSingle) {
            inSingle = true;
          }
        }
      }
      if (inDouble || inSingle) {
        if (quoted == null) {
          quoted = new boolean[n];
        }
        quoted[t] = true;
      }
      gapStart = ends[t];
    }
    return quoted;
  }
}
