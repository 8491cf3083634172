package dev.neardup.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** One pass over a private copy of the page with a given set of cleaning steps. */
final class ExtractionAttempt {
  /** Parsed once: {@code closest(String)} parses its query on every call. */
  private static final Evaluator HEADER = QueryParser.parse("header");

  private final Document doc;
  private final Set<Cleaning> cleaning;
  private final String title;
  private final NameVerdicts names;
  private final CandidateScores scores;

  /**
   * @param doc a copy of the page this attempt may cut up
   * @param names the verdicts on the page's class and id names, shared by its attempts
   */
  ExtractionAttempt(Document doc, Set<Cleaning> cleaning, String title, NameVerdicts names) {
    this.doc = doc;
    this.cleaning = cleaning;
    this.title = title;
    this.names = names;
    this.scores = new CandidateScores(cleaning, names);
  }

  /** The article's paragraphs, the headline possibly among them. */
  List<String> run() {
    Element body = doc.body();
    if (body == null) {
      return List.of();
    }
    ChromeFilter chrome = new ChromeFilter(names);
    chrome.removeHidden(body);
    if (cleaning.contains(Cleaning.STRIP_UNLIKELY)) {
      chrome.removeUnlikely(body);
    }
    LooseTextWrapper.wrapLooseText(body);
    TextSpans spans = new TextSpans(doc, BlockMakeUp.COUNTED);
    CandidateSelection selection = new CandidateSelection(doc, title, scores, spans);
    Element top = selection.topCandidate(body);
    // The article's siblings are moved into a new container; a subtree's text does not depend on
    // where it sits, so the page's measures still hold for it, one pass over the page saved,
    // unless leaving a <pre> (or kin) above changes how its whitespace is folded.
    boolean measuresHold = top == null || top.parent() == null || !TextSpans.keepsWhitespace(top);
    Element content = top == null ? body : selection.withSiblings(top);
    if (cleaning.contains(Cleaning.CLEAN_CONDITIONALLY)) {
      new ChromeBlocks(scores)
          .clean(content, measuresHold ? spans : new TextSpans(content, BlockMakeUp.COUNTED));
    }
    dropThroughHeadline(content);
    List<String> paragraphs = new ArrayList<>();
    new ParagraphWriter(paragraphs).write(content);
    return paragraphs;
  }

  /**
   * Drops the headline and what precedes it inside the article (kicker, breadcrumb, byline above
   * the headline): the body starts after its headline. Left alone when the headline sits deep
   * inside the text, as a page that repeats its title at the bottom does.
   */
  private void dropThroughHeadline(Element content) {
    Element h = Headline.heading(content, title);
    if (h != null) {
      int before = 0;
      for (Element node = h; node != content && node != null; node = node.parent()) {
        for (Element sibling = node.previousElementSibling();
            sibling != null;
            sibling = sibling.previousElementSibling()) {
          before += TextMeasures.textLength(sibling);
        }
      }
      if (before < TextMeasures.textLength(content) * 0.3) {
        for (Element node = h; node != content && node != null; node = node.parent()) {
          while (node.previousSibling() != null) {
            node.previousSibling().remove();
          }
        }
      }
      Element header = h.closest(HEADER);
      if (header != null
          && header != content
          && Ancestry.isAncestor(content, header)
          && TextMeasures.textLength(header) < TextMeasures.textLength(content) * 0.3) {
        // The article's own <header>: its headline with the kicker, standfirst, byline and dates.
        header.remove();
      } else {
        h.remove();
      }
    }
  }
}
