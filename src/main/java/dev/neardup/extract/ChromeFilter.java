package dev.neardup.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes from a page's body, before any scoring, the elements that are chrome by their markup
 * alone: hidden ones, those whose role names chrome, comment threads, small forms and, when asked,
 * those whose class or id names chrome.
 */
final class ChromeFilter {
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
  private static final Pattern CHROME_ROLES =
      Pattern.compile(
          "navigation|banner|contentinfo|complementary|dialog|alertdialog|menu|menubar|search|form",
          Pattern.CASE_INSENSITIVE);

  /** Longer than this, an element named a caption holds more than a picture's caption. */
  private static final int MAX_CAPTION_CHARS = 300;

  /** Longer than this, an element named a date holds more than a date line. */
  private static final int MAX_STAMP_CHARS = 100;

  private final NameVerdicts names;

  ChromeFilter(NameVerdicts names) {
    this.names = names;
  }

  /**
   * Drops hidden elements, chrome by role, comment threads and small forms (never-text is not
   * copied).
   */
  void removeHidden(Element body) {
    List<Element> hidden = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      String style = e.attr("style");
      String role = e.attr("role");
      if (e.hasAttr("hidden")
          || e.attr("aria-hidden").equalsIgnoreCase("true") && !e.tagName().equals("body")
          || !style.isEmpty() && HIDDEN_STYLE.matcher(style).find()
          || names.isHiddenByClass(e)
          || !role.isEmpty() && CHROME_ROLES.matcher(role).matches()
          || names.isCommentThread(e)
          || names.isCaption(e) && TextMeasures.textLength(e) < MAX_CAPTION_CHARS
          || names.isStamp(e) && TextMeasures.textLength(e) < MAX_STAMP_CHARS
          || e.tagName().equals("form")
              && e.attr("role").isEmpty()
              && TextMeasures.textLength(e) < 200) {
        hidden.add(e);
      }
    }
    for (Element e : hidden) {
      e.remove();
    }
  }

  /** Drops elements whose class or id names chrome and not content, outside tables and code. */
  void removeUnlikely(Element body) {
    List<Element> unlikely = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      String tag = e.tagName();
      if (tag.equals("body") || tag.equals("a") || tag.equals("article") || tag.equals("main")) {
        continue;
      }
      if (names.isUnlikely(e) && !Ancestry.insideAny(e, "table", "code")) {
        unlikely.add(e);
      }
    }
    for (Element e : unlikely) {
      e.remove();
    }
  }
}
