package dev.neardup.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What the class and id names of a page's elements say: chrome, content, or a comment thread.
 * Worked out once per distinct name per page: a page repeats a few hundred names on thousands of
 * elements, and these patterns are long alternations. One instance per page; not thread-safe.
 */
final class NameVerdicts {
  /**
   * Class and id words that name chrome in both of Readability's lists (what is stripped before
   * scoring, and what weighs a container down), with the newer furniture of news sites added.
   */
  private static final String CHROME_WORDS =
      "-ad-|\\bad-|\\bads?\\b|advert|banner|combx|comment|footer|gdpr|related|shoutbox|sidebar"
          + "|skyscraper|sponsor|cookie|consent|newsletter|subscribe|promo|share|recirc|outbrain|taboola"
          + "|\\brail|teaser|trending|most-?read|most-?popular|recommend|read-?more|read-?next"
          + "|more-?stories|paywall|signup";

  private static final NamePattern UNLIKELY =
      NamePattern.of(
          CHROME_WORDS
              + "|ai2html|breadcrumb|community|cover-wrap|disqus|extra|header|legends|menu|remark|replies"
              + "|rss|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|sharing");
  private static final NamePattern MAYBE_CANDIDATE =
      NamePattern.of("and|article|body|column|content|main|shadow|story|entry");
  private static final NamePattern POSITIVE =
      NamePattern.of("article|body|content|entry|hentry|h-entry|main|post|text|blog|story");
  private static final NamePattern NEGATIVE =
      NamePattern.of(
          CHROME_WORDS
              + "|hidden|^hid$| hid$| hid |^hid |com-|contact|foot|footnote|masthead|media|meta|scroll"
              + "|shopping|tags|tool|widget|byline|author|dateline|caption");

  /**
   * Class and id words of comment threads, dropped in every attempt: readers' text, not the
   * article's.
   */
  private static final NamePattern COMMENTS =
      new NamePattern(
          "comments?|commentlist|comment-?(list|area|section|wrap|wrapper|container|form|respond|thread)s?"
              + "|comments-(area|section|wrap|wrapper|container|list)|disqus\\w*|respond",
          List.of("comment", "disqus", "respond"));

  /**
   * Class and id words of a picture's caption or credit line: a picture's text, not the article's,
   * like the {@code <figcaption>} that never becomes text.
   */
  private static final NamePattern CAPTIONS = NamePattern.of("caption|credit");

  /** Class and id words of a date or time stamp: when the article was written, not what. */
  private static final NamePattern STAMPS =
      NamePattern.of("date|timestamp|\\btime|published|updated");

  /** Class names that hide an element on every screen (utility classes of CSS frameworks). */
  private static final Set<String> HIDING_CLASSES =
      Set.of(
          "hidden",
          "d-none",
          "is-hidden",
          "visually-hidden",
          "sr-only",
          "screen-reader-text",
          "invisible");

  /** A class that shows a {@code d-none} element again from some screen width on. */
  private static final Pattern SHOWN_ON_SCREENS = Pattern.compile("d-(sm|md|lg|xl|xxl)-[a-z-]+");

  private final Map<String, Boolean> commentThread = new HashMap<>();
  private final Map<String, Boolean> hiding = new HashMap<>();
  private final Map<String, Boolean> caption = new HashMap<>();
  private final Map<String, Boolean> stamp = new HashMap<>();
  private final Map<String, Integer> unlikely = new HashMap<>();
  private final Map<String, Integer> weight = new HashMap<>();

  boolean isCommentThread(Element e) {
    String className = e.className();
    boolean byClass =
        !className.isEmpty()
            && commentThread.computeIfAbsent(
                className,
                c -> {
                  for (String name : e.classNames()) {
                    if (COMMENTS.matches(name)) {
                      return true;
                    }
                  }
                  return false;
                });
    return byClass || COMMENTS.matches(e.id());
  }

  /** Whether a class hides the element on screens; shown only in print counts as hidden. */
  boolean isHiddenByClass(Element e) {
    String className = e.className();
    return !className.isEmpty()
        && hiding.computeIfAbsent(
            className,
            c -> {
              boolean hides = false;
              for (String name : e.classNames()) {
                if (SHOWN_ON_SCREENS.matcher(name).matches() && !name.endsWith("-none")) {
                  return false;
                }
                hides |= HIDING_CLASSES.contains(name);
              }
              return hides;
            });
  }

  boolean isCaption(Element e) {
    return named(e, CAPTIONS, caption);
  }

  boolean isStamp(Element e) {
    return named(e, STAMPS, stamp);
  }

  private static boolean named(Element e, NamePattern words, Map<String, Boolean> byClassName) {
    String className = e.className();
    boolean byClass = !className.isEmpty() && byClassName.computeIfAbsent(className, words::find);
    return byClass || !e.id().isEmpty() && words.find(e.id());
  }

  /**
   * Whether the class or id names chrome and neither names content. The words hold no spaces, so a
   * match in "class id" is a match in one of the two, and ids, unique to an element, are tested on
   * their own without losing what is known of the class.
   */
  boolean isUnlikely(Element e) {
    String className = e.className();
    String id = e.id();
    if ((className + " " + id).isBlank()) {
      return false;
    }
    int byClass = verdict(className);
    int byId = verdict(id);
    return ((byClass | byId) & 1) != 0 && ((byClass | byId) & 2) == 0;
  }

  /** Bit 1: an unlikely word; bit 2: a candidate word. */
  private int verdict(String name) {
    if (name.isEmpty()) {
      return 0;
    }
    return unlikely.computeIfAbsent(
        name, n -> (UNLIKELY.find(n) ? 1 : 0) | (MAYBE_CANDIDATE.find(n) ? 2 : 0));
  }

  /** -25 for a chrome name, +25 for a content name, both or neither 0. */
  int weight(String name) {
    if (name.isEmpty()) {
      return 0;
    }
    return weight.computeIfAbsent(
        name, n -> (NEGATIVE.find(n) ? -25 : 0) + (POSITIVE.find(n) ? 25 : 0));
  }
}
