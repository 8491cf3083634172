package dev.neardup.corpus;

/**
 * Every rate and size of the web-shaped corpus ({@link WebCorpusGenerator}) in one place, so the
 * README and the code cannot drift apart. Shares are per requested regular story; the ordinary
 * syndicated stories themselves follow {@link Rates} (cluster sizes, rewrite operations).
 */
final class WebRates {
  private WebRates() {}

  // --- Time: versions of one story within 0-48 h, everything within one week ---
  static final int WEEK_MINUTES = 7 * 24 * 60;
  static final int VERSION_SPREAD_MINUTES = 48 * 60;

  /** The week starts here (a Monday); only the offsets within it carry meaning. */
  static final String WEEK_START = "1987-03-02T00:00:00Z";

  // --- Site chrome taken from the real pages ---
  /**
   * Words of real chrome an outlet's pages keep: the top part nearest the article and the bottom
   * part right after it, each uniform in 0..max of the outlet's class. Scrapers strip most menus
   * (pages of one site in the real web sample share 0-12 words, 2 of 18 sites 60-260), so most
   * outlets are light.
   */
  static final double[] CHROME_CLASS_SHARES = {0.55, 0.35, 0.10};

  static final int[] CHROME_TOP_MAX_WORDS = {15, 40, 80};
  static final int[] CHROME_BOTTOM_MAX_WORDS = {30, 80, 150};

  /** Blocks longer than this are unmarked article text or comments, not chrome. */
  static final int CHROME_MAX_BLOCK_WORDS = 60;

  /**
   * Share of outlets that also print one of their real mid-article chrome blocks inside the
   * article.
   */
  static final double CHROME_MID_BLOCK = 0.5;

  /**
   * Teasers and excerpts sit on aggregator-like pages: at most this many chrome words above and
   * below.
   */
  static final int LIGHT_CHROME_MAX_WORDS = 10;

  // --- Page furniture per page ---
  static final double TIMESTAMP_LINE = 0.7;
  static final double PHOTO_CAPTION = 0.4;

  /** Each gap between body paragraphs gets an "Advertisement" line with this probability. */
  static final double ADVERTISEMENT_EACH = 0.06;

  // --- Kinds (shares of the requested stories) ---
  /**
   * (2) Long wire stories of 1,000-2,700 words with 2-4 versions and 2-5 short same-topic items.
   */
  static final double LONG_STORY_SHARE = 0.03;

  static final int LONG_MIN_WORDS = 1000;
  static final int LONG_MAX_WORDS = 2700;
  static final int LONG_MIN_VERSIONS = 2;
  static final int LONG_MAX_VERSIONS = 4;
  static final int BAIT_MIN = 2;
  static final int BAIT_MAX = 5;
  static final int BAIT_MIN_WORDS = 110;
  static final int BAIT_MAX_WORDS = 200;

  /**
   * A short same-topic item repeats one sentence of the long story with this probability (never
   * more).
   */
  static final double BAIT_SHARED_SENTENCE = 0.5;

  static final int BAIT_NAMES = 3;

  /**
   * Each short item gets 2 stock phrases of 6-8 words of the long story, each in a framing
   * sentence.
   */
  static final int BAIT_STOCK_PHRASES = 2;

  static final int STOCK_PHRASE_MIN_WORDS = 6;
  static final int STOCK_PHRASE_MAX_WORDS = 8;

  /**
   * (3) Live pages (2-3 snapshots) and news-in-brief digests (one page) of 8-14 timestamped briefs.
   */
  static final double LIVE_PAGE_SHARE = 0.012;

  static final double DIGEST_SHARE = 0.012;
  static final int ENTRIES_MIN = 8;
  static final int ENTRIES_MAX = 14;
  static final int BRIEF_MIN_WORDS = 100;
  static final int BRIEF_MAX_WORDS = 170;
  static final int SNAPSHOTS_MIN = 2;
  static final int SNAPSHOTS_MAX = 3;

  /** A later snapshot adds 1-3 entries on top and drops the oldest with this probability. */
  static final double SNAPSHOT_DROPS_OLDEST = 0.5;

  /** Briefs of one live page or digest that also have their own pages elsewhere, and how many. */
  static final int COPIED_BRIEFS_MIN = 1;

  static final int COPIED_BRIEFS_MAX = 3;
  static final int BRIEF_COPIES_MIN = 1;
  static final int BRIEF_COPIES_MAX = 3;

  /** (4) Pairs of different stories quoting the same 1-3 sentences. */
  static final double QUOTE_PAIR_SHARE = 0.03;

  static final int QUOTE_MAX_SENTENCES = 3;
  static final int QUOTE_STORY_MIN_PARAGRAPHS = 2;
  static final int QUOTE_STORY_MAX_PARAGRAPHS = 4;
  static final int QUOTE_STORY_MAX_VERSIONS = 2;

  /** (5) Stories of 1,000-1,700 words with 1-2 teasers of 80-140 words and 1-2 full versions. */
  static final double TEASER_SHARE = 0.04;

  static final int TEASER_STORY_MIN_WORDS = 1000;
  static final int TEASER_STORY_MAX_WORDS = 1700;
  static final int TEASER_MIN_WORDS = 80;
  static final int TEASER_MAX_WORDS = 140;
  static final int TEASERS_MAX = 2;
  static final int TEASER_FULL_VERSIONS_MAX = 2;

  /** (6) Successive write-throughs: 1-2 after the first take, each on 1-2 outlets. */
  static final double WRITE_THROUGH_SHARE = 0.04;

  static final int WRITE_THROUGHS_MAX = 2;
  static final double WRITE_THROUGH_KEEP_MIN = 0.45;
  static final double WRITE_THROUGH_KEEP_MAX = 0.95;
  static final int WRITE_THROUGH_ADDED_MAX_PARAGRAPHS = 2;
  static final int WRITE_THROUGH_OUTLETS_MAX = 2;
  static final int WRITE_THROUGH_MIN_WORDS = 350;
  static final int WRITE_THROUGH_MAX_WORDS = 900;

  /**
   * (6) A local intro of 1-2 paragraphs on top of the wire text, beside 1-2 plain wire versions.
   */
  static final double LOCAL_INTRO_SHARE = 0.03;

  /** (6) Follow-ups reusing 2-3 background paragraphs of an ordinary story. */
  static final double FOLLOW_UP_SHARE = 0.04;

  /** (6) Commentary quoting 1-2 paragraphs of an ordinary story. */
  static final double COMMENTARY_SHARE = 0.03;

  static final int COMMENTARY_MIN_WORDS = 400;
  static final int COMMENTARY_MAX_WORDS = 800;

  /**
   * (1) Shared-chrome negatives: every page of an outlet with chrome paired with the outlet's
   * longest page (when another story), plus up to this many pairs of consecutive pages of different
   * stories.
   */
  static final int SHARED_CHROME_PAIRS_PER_OUTLET = 8;
}
