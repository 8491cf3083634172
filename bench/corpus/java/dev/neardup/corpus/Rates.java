package dev.neardup.corpus;

import java.util.SplittableRandom;

/**
 * Every tunable rate and size of the corpus generator, kept in one place so that the README and the
 * code cannot drift apart. A "rate" is the probability that a version receives an edit operation;
 * the operations are sampled independently of each other.
 */
final class Rates {
  private Rates() {}

  /** Versions per ordinary story, drawn from the cluster-size weights below. */
  static int clusterSize(SplittableRandom r) {
    if (r.nextDouble() < Rates.SINGLETON_SHARE) {
      return 1;
    }
    double x = r.nextDouble();
    for (int i = 0; i < Rates.MULTI_SIZES.length; i++) {
      x -= Rates.MULTI_SIZE_WEIGHTS[i];
      if (x < 0) {
        return Rates.MULTI_SIZES[i];
      }
    }
    return Rates.MULTI_SIZES[Rates.MULTI_SIZES.length - 1];
  }

  // --- Base selection (ReutersStories.isUsableBase) ---
  /**
   * Short bodies make rewrites collapse into near-identical texts; 120 words ~ four wire
   * paragraphs.
   */
  static final int MIN_WORDS = 120;

  static final int MIN_PARAGRAPHS = 3;

  // --- Repeat detection (RepeatFinder) ---
  static final int REPEAT_NGRAM = 8;

  /** Share of the shorter story's distinct 8-grams found in the other story that flags a repeat. */
  static final double REPEAT_CONTAINMENT = 0.20;

  /** 8-grams shared by more stories than this are template phrases; they only cost time. */
  static final int REPEAT_MAX_POSTINGS = 200;

  // --- Cluster sizes (versions emitted per regular story) ---
  static final double SINGLETON_SHARE = 0.35;
  static final int[] MULTI_SIZES = {2, 3, 4, 5, 6};
  static final double[] MULTI_SIZE_WEIGHTS = {0.30, 0.25, 0.20, 0.15, 0.10};

  /**
   * Share of multi-version clusters whose versions only get cosmetic edits (near-identical copies).
   */
  static final double EASY_CLUSTER_SHARE = 0.15;

  // --- Hard negatives, counted per requested regular story ---
  static final double TOPIC_SIBLING_SHARE = 0.04;
  static final double FOLLOW_UP_SHARE = 0.03;
  static final double DIGEST_SHARE = 0.02;
  static final double SHARED_BOILERPLATE_GROUP_SHARE = 0.01;
  static final int DIGEST_MIN_ITEMS = 3;
  static final int DIGEST_MAX_ITEMS = 5;
  static final int SHARED_BOILERPLATE_MIN_ARTICLES = 2;
  static final int SHARED_BOILERPLATE_MAX_ARTICLES = 4;
  static final int SHARED_BOILERPLATE_MIN_LINES = 6;
  static final int SHARED_BOILERPLATE_MAX_LINES = 10;

  /**
   * Hard negatives of kind (d) keep only this many paragraphs so the shared chrome is a real share.
   */
  static final int SHARED_BOILERPLATE_MAX_PARAGRAPHS = 8;

  // --- Content edits of one version (RewriteOperations) ---
  static final double TRUNCATE = 0.70;
  static final double TRUNCATE_KEEP_MIN = 0.25;
  static final double TRUNCATE_KEEP_MAX = 0.90;
  static final int TRUNCATE_MIN_PARAGRAPHS = 2;
  static final double DROP_PARAGRAPHS = 0.40;
  static final double DROP_PARAGRAPH_EACH = 0.25;
  static final double MOVE_PARAGRAPH = 0.20;
  static final double REWORD_LEAD = 0.70;
  static final double REWORD_BODY = 0.60;
  static final double REWORD_BODY_PARAGRAPH_EACH = 0.60;
  static final double SYNONYM_SWAP_LEAD = 0.70;
  static final double SYNONYM_SWAP_BODY = 0.50;
  static final double FILLER_DROP = 0.50;
  static final double SAID_CLAUSE_REORDER = 0.50;
  static final double DROP_SENTENCES = 0.35;
  static final double DROP_SENTENCE_EACH = 0.15;
  static final double MERGE_SENTENCES = 0.30;
  static final double MERGE_SENTENCE_EACH = 0.30;

  /** Probability that a version follows its outlet's house spelling (name/number variants). */
  static final double HOUSE_STYLE = 0.80;

  static final double TRANSLITERATE = 0.30;
  static final double EXTRA_BACKGROUND = 0.30;

  // --- Presentation edits of one version ---
  static final double DATELINE = 0.60;
  static final double BYLINE = 0.35;
  static final double SIGN_OFF = 0.30;
  static final double HEADLINE_REWORD = 0.50;
  static final double REPEAT_HEADLINE = 0.30;
  static final double STANDFIRST = 0.20;
  static final double NO_HEADLINE = 0.05;
  static final double EXTRA_BOILERPLATE_LINE = 0.30;

  // --- Outlets ---
  static final int OUTLETS = 40;

  /** Share of outlets that add no site chrome at all (wire-like feeds). */
  static final double OUTLET_WITHOUT_CHROME = 0.20;

  static final int OUTLET_MAX_CHROME_LINES = 6;

  // --- Histogram ---
  static final int HISTOGRAM_RANDOM_NEGATIVES = 20_000;
}
