package dev.neardup.core.shingle;

/**
 * Which shingle occurrences of an article are page chrome ({@link ShingleSet#withBoilerplate}): the
 * rule that tells an outlet's menus and footers from a wire story many sites print, both common in
 * the batch. Pure and stateless.
 */
final class BoilerplateRule {
  /**
   * Consecutive occurrences of shingles not common in the batch that mark where an article's own
   * text begins (or ends): about 32 characters with 1-in-4 character shingles.
   */
  static final int OWN_TEXT_RUN = 8;

  /**
   * Share of common occurrences up to which all of them are marked, not only those at the edges.
   */
  static final int MAX_COMMON_SHARE_PERCENT = 50;

  /**
   * Consecutive common occurrences that are chrome inside an article's own text, as many as make a
   * passage ({@code PassageOverlap.MIN_RUN}): about 24 characters, a menu entry or a caption
   * credit. One to three in a row are a topic's words ("net income", "loan losses"), common because
   * the batch has many stories on the topic, and they are the very words two rewrites of one story
   * share. Marking them cost most in small batches, where the cut's 20 articles are a large share
   * of the batch and a topic's words pass it: chosen on the dev sets and on web dev's quarter and
   * eighth batches over 1 (every common occurrence), 2, 6 and 8 (README.md, "The defaults,
   * measured").
   */
  static final int INSIDE_RUN = 4;

  private BoilerplateRule() {}

  /**
   * Which occurrences of {@code set}, in text order, are chrome: of its values marked in {@code
   * valueCommon} (by index: in many articles of the batch), those at its edges, in the stretch
   * before its first {@value #OWN_TEXT_RUN} consecutive uncommon occurrences and after its last,
   * each when shorter than half the text; and when common occurrences are at most {@value
   * #MAX_COMMON_SHARE_PERCENT} % of the text, also those inside it that stand in runs of at least
   * {@value #INSIDE_RUN}.
   *
   * <p>Why: menus, cookie notices, "most read" lists and footers an outlet puts on every page, and
   * the stock phrases of a template or a topic, are no evidence of a shared story. But the batch
   * frequency of a menu is no different from that of a wire story printed by as many sites; when
   * common text is most of an article it is such a story, and its chrome is what sits above and
   * below it.
   *
   * @return one bit per occurrence in text order, set for chrome; null when nothing is marked
   */
  static long[] marks(ShingleSet set, boolean[] valueCommon) {
    int n = set.occurrences();
    if (n == 0) {
      return null;
    }
    boolean any = false;
    for (boolean c : valueCommon) {
      any |= c;
    }
    if (!any) {
      return null;
    }
    int leadEnd = ownTextStart(set, valueCommon);
    if (leadEnd == n) {
      return null; // no own text at all: compare it whole
    }
    int trailStart = ownTextEnd(set, valueCommon);
    leadEnd = leadEnd * 2 > n ? 0 : leadEnd;
    trailStart = (n - trailStart) * 2 > n ? n : trailStart;
    int commonOccurrences = 0;
    for (int i = 0; i < n; i++) {
      commonOccurrences += valueCommon[set.occurrence(i)] ? 1 : 0;
    }
    // Mostly common text is a widely printed story, not chrome: then only the edges are chrome.
    boolean everywhere = commonOccurrences * 100L <= (long) MAX_COMMON_SHARE_PERCENT * n;
    return marked(set, valueCommon, leadEnd, trailStart, everywhere ? INSIDE_RUN : n + 1);
  }

  /**
   * The common occurrences before {@code leadEnd}, from {@code trailStart} on, and in runs of at
   * least {@code insideRun} between; null when there are none.
   */
  private static long[] marked(
      ShingleSet set, boolean[] valueCommon, int leadEnd, int trailStart, int insideRun) {
    int n = set.occurrences();
    long[] bits = new long[(n + 63) >>> 6];
    int marked = 0;
    for (int i = 0; i < n; ) {
      if (!valueCommon[set.occurrence(i)]) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && valueCommon[set.occurrence(end)]) {
        end++;
      }
      boolean inside = end - i >= insideRun;
      for (; i < end; i++) {
        if (inside || i < leadEnd || i >= trailStart) {
          bits[i >>> 6] |= 1L << i;
          marked++;
        }
      }
    }
    return marked == 0 ? null : bits;
  }

  /**
   * Where the first run of {@value #OWN_TEXT_RUN} uncommon occurrences starts; the occurrence count
   * when there is none.
   */
  private static int ownTextStart(ShingleSet set, boolean[] valueCommon) {
    int n = set.occurrences();
    for (int i = 0, own = 0; i < n; i++) {
      own = valueCommon[set.occurrence(i)] ? 0 : own + 1;
      if (own == OWN_TEXT_RUN) {
        return i - OWN_TEXT_RUN + 1;
      }
    }
    return n;
  }

  /**
   * Where the last run of {@value #OWN_TEXT_RUN} uncommon occurrences ends; 0 when there is none.
   */
  private static int ownTextEnd(ShingleSet set, boolean[] valueCommon) {
    for (int i = set.occurrences() - 1, own = 0; i >= 0; i--) {
      own = valueCommon[set.occurrence(i)] ? 0 : own + 1;
      if (own == OWN_TEXT_RUN) {
        return i + OWN_TEXT_RUN;
      }
    }
    return 0;
  }
}
