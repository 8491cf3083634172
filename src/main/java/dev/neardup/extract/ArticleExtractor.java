package dev.neardup.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Finds the article (headline and body) in a parsed web page and drops the page chrome around it:
 * navigation, headers and footers, share bars, related links, comments, ads, cookie notices.
 *
 * <p>The body is found by scoring, not by site rules: every paragraph of prose gives points to the
 * containers above it (more for longer paragraphs and for commas, the mark of sentences), a
 * container's points shrink with the share of its text that is link text, and the best container
 * wins, together with those of its siblings that score nearly as well. Class and id names that name
 * chrome ({@code sidebar}, {@code comment}, {@code share}) or content ({@code article}, {@code
 * story}) shift the points, as in Mozilla's Readability, whose scoring this follows. Inside the
 * chosen container, blocks that are mostly links, forms or images are dropped, and the remaining
 * blocks become paragraphs.
 *
 * <p>{@code <script>}, {@code <style>}, templates, forms and hidden elements ({@code hidden},
 * {@code aria-hidden}, inline {@code display:none}) never become text. Extraction works on a copy;
 * the given document is not changed. Nothing is ever fetched.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArticleExtractor {
  /** Fewer body characters than this and the extraction is retried with gentler cleaning. */
  private static final int RETRY_BELOW_CHARS = 500;

  /** Paragraph-like elements shorter than this do not vote for their containers. */
  private static final int MIN_PARAGRAPH_CHARS = 25;

  /**
   * Class and id words that name chrome in both of Readability's lists (what is stripped before
   * scoring, and what weighs a container down), with the newer furniture of news sites added.
   */
  private static final String CHROME_WORDS =
      "-ad-|\\bad-|\\bads?\\b|advert|banner|combx|comment|footer|gdpr|related|shoutbox|sidebar"
          + "|skyscraper|sponsor|cookie|consent|newsletter|subscribe|promo|share|recirc|outbrain|taboola"
          + "|rail|teaser|trending|most-?read|most-?popular|recommend|read-?more|read-?next"
          + "|more-?stories|paywall|signup";

  private static final NamePattern UNLIKELY =
      NamePattern.of(
          CHROME_WORDS
              + "|ai2html|breadcrumb|community|cover-wrap|disqus|extra|header|legends|menu|remark|replies"
              + "|rss|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|sharing");
  private static final NamePattern MAYBE_CANDIDATE =
      NamePattern.of("and|article|body|column|content|main|shadow|story|entry");
  private static final NamePattern POSITIVE =
      NamePattern.of("article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story");
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

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
  private static final Pattern CHROME_ROLES =
      Pattern.compile(
          "navigation|banner|contentinfo|complementary|dialog|alertdialog|menu|menubar|search|form",
          Pattern.CASE_INSENSITIVE);

  /** Never text: code, styling, embedded documents and media, form controls. */
  private static final java.util.Set<String> NEVER_TEXT =
      java.util.Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "math",
          "canvas",
          "iframe",
          "object",
          "embed",
          "video",
          "audio",
          "map",
          "button",
          "input",
          "select",
          "textarea",
          "option",
          "link",
          "meta",
          "dialog",
          "nav",
          "aside",
          "footer",
          "figcaption");

  private static final Evaluator SOCIAL_TITLE =
      QueryParser.parse("meta[property=og:title], meta[name=twitter:title]");
  private static final Evaluator H1 = QueryParser.parse("h1");

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Elements whose text is a paragraph of its own. */
  private static final java.util.Set<String> BLOCKS =
      java.util.Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "center",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "html",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul",
          "caption",
          "legend");

  private static final java.util.Set<String> SCORED =
      java.util.Set.of("p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6", "blockquote");

  /** The cleaning steps, dropped one at a time (last first) when the body comes out too short. */
  private enum Flag {
    STRIP_UNLIKELY,
    WEIGH_CLASSES,
    CLEAN_CONDITIONALLY
  }

  /**
   * Extracts the article of {@code page}.
   *
   * @return the headline and body; the body is empty when the page has no prose
   * @throws NullPointerException if {@code page} is null
   */
  public ExtractedArticle extract(Document page) {
    Objects.requireNonNull(page, "page");
    String title = title(page);
    java.util.EnumSet<Flag> flags = java.util.EnumSet.allOf(Flag.class);
    NameVerdicts names = new NameVerdicts();
    List<String> best = List.of();
    int bestLength = -1;
    for (Flag drop :
        new Flag[] {null, Flag.STRIP_UNLIKELY, Flag.WEIGH_CLASSES, Flag.CLEAN_CONDITIONALLY}) {
      if (drop != null) {
        flags.remove(drop);
      }
      List<String> paragraphs = new Attempt(copyWithoutNeverText(page), flags, title, names).run();
      paragraphs = withoutTitle(paragraphs, title);
      int length = paragraphs.stream().mapToInt(String::length).sum();
      // Gentler cleaning always finds more text; only much more means the article was lost.
      if (bestLength < 0 || length > 2 * bestLength) {
        best = paragraphs;
        bestLength = length;
      }
      if (length >= RETRY_BELOW_CHARS) {
        break;
      }
    }
    return new ExtractedArticle(title, String.join("\n\n", best));
  }

  /**
   * A copy of {@code page} without the never-text elements inside its body, which every attempt
   * drops first: cheaper than copying them (scripts, inline SVG icons and navigation are often half
   * a page's nodes) to remove them again.
   */
  private static Document copyWithoutNeverText(Document page) {
    Document copy = page.shallowClone();
    copy.quirksMode(page.quirksMode());
    Element body = page.body();
    java.util.ArrayDeque<Element[]> todo = new java.util.ArrayDeque<>();
    todo.push(new Element[] {page, copy});
    while (!todo.isEmpty()) {
      Element[] pair = todo.pop();
      Element from = pair[0];
      Element to = pair[1];
      boolean inBody = pair.length > 2 || from == body;
      for (Node child : from.childNodes()) {
        if (child instanceof Element e) {
          if (inBody && NEVER_TEXT.contains(e.normalName())) {
            continue;
          }
          // Not shallowClone(): that looks up the base URI through every ancestor, for each
          // element.
          Element childCopy =
              new Element(e.tag(), null, e.attributesSize() == 0 ? null : e.attributes().clone());
          to.appendChild(childCopy);
          todo.push(inBody ? new Element[] {e, childCopy, null} : new Element[] {e, childCopy});
        } else {
          // A plain text node is its text; anything else (CDATA, comments, data) copied as it is.
          to.appendChild(
              child.getClass() == TextNode.class
                  ? new TextNode(((TextNode) child).getWholeText())
                  : child.shallowClone());
        }
      }
    }
    return copy;
  }

  private static List<String> withoutTitle(List<String> paragraphs, String title) {
    if (!paragraphs.isEmpty() && !title.isEmpty() && same(paragraphs.get(0), title)) {
      return paragraphs.subList(1, paragraphs.size());
    }
    return paragraphs;
  }

  private static boolean same(String a, String b) {
    return normalised(a).equals(normalised(b));
  }

  private static String normalised(String s) {
    return NOT_WORD.matcher(s).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
  }

  /**
   * The headline: the page's first {@code <h1>} when the document title or Open Graph title
   * contains it, else the Open Graph title, else the document title without a trailing site name.
   */
  static String title(Document page) {
    // One walk for both queries: the page is walked whole, before anything is cut from it.
    List<Element> social = new ArrayList<>();
    List<Element> h1s = new ArrayList<>();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof Element e) {
            // Either query matches only elements of its tag name (normalName is tagName
            // lower-cased).
            String name = e.normalName();
            if (name.equals("meta") && SOCIAL_TITLE.matches(page, e)) {
              social.add(e);
            }
            if (name.equals("h1") && H1.matches(page, e)) {
              h1s.add(e);
            }
          }
        },
        page);
    String og =
        social.stream()
            .map(e -> e.attr("content").trim())
            .filter(s -> !s.isEmpty())
            .findFirst()
            .orElse("");
    String documentTitle = page.title().trim();
    String known = normalised(og + " " + documentTitle);
    for (Element h1 : h1s) {
      String text = h1.text().trim();
      if (!text.isEmpty() && known.contains(normalised(text))) {
        return text;
      }
    }
    if (!og.isEmpty()) {
      return og;
    }
    // "Headline | Site" and "Headline - Site": the part before the last separator, if it is long.
    String[] parts = documentTitle.split("\\s+[|\\-–—:»·]\\s+");
    if (parts.length > 1 && parts[0].split("\\s+").length >= 4) {
      return parts[0];
    }
    return documentTitle;
  }

  /** One pass over a private copy of the page with a given set of cleaning steps. */
  private static final class Attempt {
    private final Document doc;
    private final java.util.Set<Flag> flags;
    private final String title;
    private final NameVerdicts names;
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    Attempt(Document doc, java.util.Set<Flag> flags, String title, NameVerdicts names) {
      this.doc = doc;
      this.flags = flags;
      this.title = title;
      this.names = names;
    }

    List<String> run() {
      Element body = doc.body();
      if (body == null) {
        return List.of();
      }
      removeHidden(body);
      if (flags.contains(Flag.STRIP_UNLIKELY)) {
        removeUnlikely(body);
      }
      wrapLooseText(body);
      Element top = topCandidate(body);
      Element content = top == null ? body : withSiblings(top);
      if (flags.contains(Flag.CLEAN_CONDITIONALLY)) {
        cleanConditionally(content);
      }
      dropThroughHeadline(content);
      List<String> paragraphs = new ArrayList<>();
      new ParagraphWriter(paragraphs).write(content);
      return paragraphs;
    }

    /**
     * Drops hidden elements, chrome by role, comment threads and small forms (never-text is not
     * copied).
     */
    private void removeHidden(Element body) {
      List<Element> hidden = new ArrayList<>();
      for (Element e : body.getAllElements()) {
        String style = e.attr("style");
        String role = e.attr("role");
        if (e.hasAttr("hidden")
            || e.attr("aria-hidden").equalsIgnoreCase("true") && !e.tagName().equals("body")
            || !style.isEmpty() && HIDDEN_STYLE.matcher(style).find()
            || !role.isEmpty() && CHROME_ROLES.matcher(role).matches()
            || names.isCommentThread(e)
            || e.tagName().equals("form") && e.attr("role").isEmpty() && textLength(e) < 200) {
          hidden.add(e);
        }
      }
      for (Element e : hidden) {
        e.remove();
      }
    }

    private void removeUnlikely(Element body) {
      List<Element> unlikely = new ArrayList<>();
      for (Element e : body.getAllElements()) {
        String tag = e.tagName();
        if (tag.equals("body") || tag.equals("a") || tag.equals("article") || tag.equals("main")) {
          continue;
        }
        if (names.isUnlikely(e) && !insideAny(e, "table", "code")) {
          unlikely.add(e);
        }
      }
      for (Element e : unlikely) {
        e.remove();
      }
    }

    /**
     * Text written straight into a container beside block children (an article body typed after a
     * headline element, separated by {@code <br>}s) becomes {@code <p>}s, so it votes like
     * marked-up paragraphs.
     */
    private static void wrapLooseText(Element body) {
      for (Element e : new ArrayList<>(body.getAllElements())) {
        String tag = e.tagName();
        if (!(tag.equals("div")
            || tag.equals("section")
            || tag.equals("article")
            || tag.equals("td")
            || tag.equals("main")
            || tag.equals("body"))) {
          continue;
        }
        boolean hasBlock = false;
        for (Element child : e.children()) {
          if (BLOCKS.contains(child.tagName())) {
            hasBlock = true;
            break;
          }
        }
        if (!hasBlock) {
          continue;
        }
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(e.childNodes())) {
          boolean inline =
              child instanceof TextNode
                  || child instanceof Element c && !BLOCKS.contains(c.tagName());
          if (inline) {
            run.add(child);
          } else {
            wrap(run);
          }
        }
        wrap(run);
      }
    }

    /** Moves a run of inline nodes with some text into a new {@code <p>} in their place. */
    private static void wrap(List<Node> run) {
      boolean hasText = false;
      for (Node n : run) {
        if (n instanceof TextNode t ? !t.isBlank() : !((Element) n).text().isBlank()) {
          hasText = true;
          break;
        }
      }
      if (hasText) {
        Element p = new Element("p");
        run.get(0).before(p);
        for (Node n : run) {
          p.appendChild(n);
        }
      }
      run.clear();
    }

    private static boolean insideAny(Element e, String... tags) {
      for (Element p = e.parent(); p != null; p = p.parent()) {
        for (String tag : tags) {
          if (p.tagName().equals(tag)) {
            return true;
          }
        }
      }
      return false;
    }

    private Element topCandidate(Element body) {
      // Candidates reach up to five levels above a paragraph, past <body> too.
      TextSpans spans = new TextSpans(doc);
      List<Element> candidates = new ArrayList<>();
      for (Element e : body.getAllElements()) {
        if (!votes(e)) {
          continue;
        }
        int length = spans.length(e);
        if (length < MIN_PARAGRAPH_CHARS) {
          continue;
        }
        double points = 1 + spans.commas(e) + Math.min(length / 100, 3);
        int level = 0;
        for (Element ancestor = e.parent();
            ancestor != null && level < 5;
            ancestor = ancestor.parent(), level++) {
          if (!scores.containsKey(ancestor)) {
            scores.put(ancestor, initialScore(ancestor));
            candidates.add(ancestor);
          }
          double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
          scores.merge(ancestor, points / divider, Double::sum);
        }
      }
      Element top = null;
      double topScore = 0;
      List<Element> ranked = new ArrayList<>();
      for (Element c : candidates) {
        double score = scores.get(c) * (1 - spans.linkDensity(c));
        scores.put(c, score);
        ranked.add(c);
        if (score > topScore) {
          top = c;
          topScore = score;
        }
      }
      if (top == null || top.tagName().equals("body")) {
        return null;
      }
      ranked.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
      top = inHeadlineArticle(top, ranked);
      top = commonAncestorOfRivals(top, ranked.subList(0, Math.min(5, ranked.size())));
      // A lone child carries its parent's content: climb while the parent adds nothing.
      while (top.parent() != null
          && !top.parent().tagName().equals("body")
          && top.parent().children().size() == 1) {
        top = top.parent();
      }
      return top;
    }

    /**
     * When the headline sits in an {@code <article>} that does not hold the best candidate (which
     * is then a teaser of another story), the best candidate inside the headline's article.
     */
    private Element inHeadlineArticle(Element top, List<Element> ranked) {
      Element headline = headline(doc.body());
      Element story = headline == null ? null : headline.closest("article");
      if (story == null || story == top || isAncestor(story, top)) {
        return top;
      }
      // A wrapper around the story alone is the story; one around other <article>s too is not.
      if (isAncestor(top, story)
          && top.getElementsByTag("article").size() == story.getElementsByTag("article").size()) {
        return top;
      }
      for (Element c : ranked) {
        if ((c == story || isAncestor(story, c)) && scores.get(c) >= 0.3 * scores.get(top)) {
          return c;
        }
      }
      return top;
    }

    /** The {@code <h1>} or {@code <h2>} whose text is the title, or null. */
    private Element headline(Element root) {
      if (title.isEmpty()) {
        return null;
      }
      String wanted = normalised(title);
      for (Element h : root.select("h1, h2")) {
        if (normalised(h.text()).equals(wanted)) {
          return h;
        }
      }
      return null;
    }

    /**
     * When several near-best candidates sit in separate branches of one ancestor (an article split
     * into blocks by ads or pictures), that ancestor holds the article.
     */
    private Element commonAncestorOfRivals(Element top, List<Element> ranked) {
      double topScore = scores.get(top);
      Element story = top.closest("article");
      List<Element> rivals = new ArrayList<>();
      for (Element c : ranked) {
        // Candidates in another <article> than the best one's are other stories, not its parts.
        boolean sameStory = story == null || c.closest("article") == story;
        if (c != top && sameStory && scores.get(c) / topScore >= 0.75) {
          rivals.add(c);
        }
      }
      if (rivals.size() < 3) {
        return top;
      }
      for (Element ancestor = top.parent();
          ancestor != null && !ancestor.tagName().equals("body");
          ancestor = ancestor.parent()) {
        int holding = 0;
        for (Element r : rivals) {
          if (isAncestor(ancestor, r)) {
            holding++;
          }
        }
        if (holding >= 3) {
          if (!scores.containsKey(ancestor)) {
            scores.put(ancestor, initialScore(ancestor));
          }
          return ancestor;
        }
      }
      return top;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
      for (Element p = e.parent(); p != null; p = p.parent()) {
        if (p == ancestor) {
          return true;
        }
      }
      return false;
    }

    private static boolean votes(Element e) {
      String tag = e.tagName();
      if (SCORED.contains(tag)) {
        return true;
      }
      // A div holding only inline content is a paragraph written without <p>.
      if (tag.equals("div")
          || tag.equals("article")
          || tag.equals("span")
              && e.parent() != null
              && BLOCKS.contains(e.parent().tagName())
              && e.parent().children().size() == 1) {
        for (Element child : e.children()) {
          if (BLOCKS.contains(child.tagName())) {
            return false;
          }
        }
        return !e.ownText().isBlank();
      }
      return false;
    }

    private double initialScore(Element e) {
      double score =
          switch (e.tagName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
          };
      return score + classWeight(e);
    }

    private double classWeight(Element e) {
      if (!flags.contains(Flag.WEIGH_CLASSES)) {
        return 0;
      }
      double weight = names.weight(e.className()) + names.weight(e.id());
      if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
        weight += 50;
      }
      return weight;
    }

    /**
     * Drops the headline and what precedes it inside the article (kicker, breadcrumb, byline above
     * the headline): the body starts after its headline. Left alone when the headline sits deep
     * inside the text, as a page that repeats its title at the bottom does.
     */
    private void dropThroughHeadline(Element content) {
      Element h = headline(content);
      if (h != null) {
        int before = 0;
        for (Element node = h; node != content && node != null; node = node.parent()) {
          for (Element sibling = node.previousElementSibling();
              sibling != null;
              sibling = sibling.previousElementSibling()) {
            before += textLength(sibling);
          }
        }
        if (before < textLength(content) * 0.3) {
          for (Element node = h; node != content && node != null; node = node.parent()) {
            while (node.previousSibling() != null) {
              node.previousSibling().remove();
            }
          }
        }
        h.remove();
      }
    }

    /** The top candidate with those of its siblings that belong to the article. */
    private Element withSiblings(Element top) {
      Element parent = top.parent();
      if (parent == null) {
        return top;
      }
      double topScore = scores.getOrDefault(top, 0.0);
      double threshold = Math.max(10, topScore * 0.2);
      Element content = doc.createElement("div");
      for (Element sibling : new ArrayList<>(parent.children())) {
        boolean append = sibling == top;
        // Each <article> is a composition of its own: a neighbouring one is another story.
        boolean otherStory = sibling.tagName().equals("article") && top.tagName().equals("article");
        if (!append && !otherStory) {
          double bonus =
              !top.className().isEmpty() && sibling.className().equals(top.className())
                  ? topScore * 0.2
                  : 0;
          Double score = scores.get(sibling);
          if (score != null && score + bonus >= threshold) {
            append = true;
          } else if (sibling.tagName().equals("p")) {
            int length = textLength(sibling);
            double links = linkDensity(sibling);
            String text = sibling.text();
            append =
                length > 80 && links < 0.25
                    || length > 0 && length <= 80 && links == 0 && text.matches("(?s).*\\.( |$).*");
          }
        }
        if (append) {
          content.appendChild(sibling);
        }
      }
      return content;
    }

    /**
     * Drops blocks inside the article that look like chrome by their make-up: mostly links, more
     * list items than paragraphs, forms, image galleries, or chrome names with little prose.
     */
    private void cleanConditionally(Element content) {
      // Measured once; a removal changes only the text of the removed block's ancestors, which
      // are then measured afresh when their turn comes.
      TextSpans spans = new TextSpans(content, MakeUp.COUNTED);
      java.util.Set<Element> changed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      for (String tag :
          new String[] {
            "form", "fieldset", "table", "ul", "ol", "div", "section", "figure", "header"
          }) {
        Elements found = content.getElementsByTag(tag);
        for (int i = found.size() - 1; i >= 0; i--) {
          Element e = found.get(i);
          if (e.parent() == null || e == content || !isAncestor(content, e)) {
            continue;
          }
          if (shouldRemove(e, tag, changed.contains(e) ? null : spans)) {
            removeAndNote(e, changed);
          }
        }
      }
      for (Element h : content.select("h1, h2, h3, h4, h5, h6")) {
        double links =
            changed.contains(h) || !spans.covers(h) ? linkDensity(h) : spans.linkDensity(h);
        if (classWeight(h) < 0 || links > 0.33) {
          removeAndNote(h, changed);
        }
      }
    }

    private static void removeAndNote(Element e, java.util.Set<Element> changed) {
      for (Element p = e.parent(); p != null; p = p.parent()) {
        changed.add(p);
      }
      e.remove();
    }

    /** {@code spans} null: {@code e} changed since it was measured. */
    private boolean shouldRemove(Element e, String tag, TextSpans spans) {
      double weight = classWeight(e);
      double score = scores.getOrDefault(e, 0.0);
      if (weight + score < 0) {
        return true;
      }
      MakeUp makeUp = spans == null ? MakeUp.walk(e) : MakeUp.of(e, spans);
      if (makeUp.commas >= 10) {
        return false;
      }
      if (tag.equals("table") && isDataTable(e)) {
        return false;
      }
      int paragraphs = makeUp.paragraphs;
      int images = makeUp.images;
      int items = makeUp.items - 100;
      int inputs = makeUp.inputs;
      int length = makeUp.length;
      double links = length == 0 ? 0 : Math.min(1, (double) makeUp.linked / length);
      boolean isList = tag.equals("ul") || tag.equals("ol");
      if (images > 1 && (double) paragraphs / images < 0.5 && !insideAny(e, "figure")) {
        return true;
      }
      if (!isList && items > paragraphs) {
        return true;
      }
      if (inputs > paragraphs / 3) {
        return true;
      }
      if (!isList
          && length < MIN_PARAGRAPH_CHARS
          && (images == 0 || images > 2)
          && !tag.equals("figure")) {
        return true;
      }
      if (weight < 25 && links > 0.2) {
        return true;
      }
      return weight >= 25 && links > 0.5;
    }

    /**
     * What a block is made of (the block itself included): its text length and commas, its
     * paragraphs, images, list items and inputs, and its link text weighed as in {@link
     * #linkDensity}.
     */
    private record MakeUp(
        int length, int commas, int paragraphs, int images, int items, int inputs, int linked) {
      static final String[] COUNTED = {"p", "img", "li", "input"};

      static MakeUp of(Element e, TextSpans spans) {
        return new MakeUp(
            spans.length(e),
            spans.commas(e),
            spans.count(e, "p"),
            spans.count(e, "img"),
            spans.count(e, "li"),
            spans.count(e, "input"),
            spans.linkedLength(e));
      }

      /** Measured by walking {@code e}. */
      static MakeUp walk(Element e) {
        String text = e.text();
        int linked = 0;
        for (Element a : e.getElementsByTag("a")) {
          linked += linkedLength(a);
        }
        return new MakeUp(
            text.length(),
            ArticleExtractor.commas(text),
            e.getElementsByTag("p").size(),
            e.getElementsByTag("img").size(),
            e.getElementsByTag("li").size(),
            e.getElementsByTag("input").size(),
            linked);
      }
    }

    private static boolean isDataTable(Element table) {
      return table.getElementsByTag("th").size() > 0
          || table.getElementsByTag("caption").size() > 0;
    }
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (TextSpans.isComma(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /**
   * What the class and id patterns say of each distinct name, worked out once per page: a page
   * repeats a few hundred names on thousands of elements, and these patterns are long alternations.
   */
  private static final class NameVerdicts {
    private final Map<String, Boolean> commentThread = new java.util.HashMap<>();
    private final Map<String, Integer> unlikely = new java.util.HashMap<>();
    private final Map<String, Integer> weight = new java.util.HashMap<>();

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

    /**
     * Whether the class or id names chrome and neither names content. The words hold no spaces, so
     * a match in "class id" is a match in one of the two, and ids, unique to an element, are tested
     * on their own without losing what is known of the class.
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

  private static int textLength(Element e) {
    return e.text().length();
  }

  /** The share of {@code e}'s text that sits inside links. */
  static double linkDensity(Element e) {
    int length = textLength(e);
    if (length == 0) {
      return 0;
    }
    int linked = 0;
    for (Element a : e.getElementsByTag("a")) {
      linked += linkedLength(a);
    }
    return Math.min(1, (double) linked / length);
  }

  /**
   * The text length of link {@code a}; in-page anchors ("#section") are prose more often than
   * chrome.
   */
  private static int linkedLength(Element a) {
    double weight = a.attr("href").startsWith("#") ? 0.3 : 1;
    return (int) (textLength(a) * weight);
  }

  /** Writes an element's text as paragraphs: one per block element, {@code <br>} a line break. */
  private static final class ParagraphWriter {
    private final List<String> paragraphs;
    private final StringBuilder current = new StringBuilder();

    ParagraphWriter(List<String> paragraphs) {
      this.paragraphs = paragraphs;
    }

    void write(Element root) {
      walk(root);
      flush();
    }

    private void walk(Node node) {
      if (node instanceof TextNode text) {
        append(text.getWholeText());
        return;
      }
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.tagName();
      if (tag.equals("br")) {
        flush();
        return;
      }
      boolean block = BLOCKS.contains(tag);
      if (block) {
        flush();
      }
      for (Node child : e.childNodes()) {
        walk(child);
      }
      if (block) {
        flush();
      }
    }

    private void append(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00A0') {
          if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
            current.append(' ');
          }
        } else {
          current.append(c);
        }
      }
    }

    private void flush() {
      String paragraph = current.toString().trim();
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph);
      }
      current.setLength(0);
    }
  }
}
