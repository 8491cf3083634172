package dev.neardup.extract;

import java.util.Set;

/** The HTML tag sets the extractor reasons with. */
final class HtmlBlocks {
  private HtmlBlocks() {}

  /** Elements whose text is a paragraph of its own. */
  static final Set<String> BLOCKS =
      Set.of(
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

  /** Elements whose text, if long enough, votes for its containers as a paragraph. */
  static final Set<String> SCORED =
      Set.of("p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6", "blockquote");

  /** Never text: code, styling, embedded documents and media, form controls. */
  static final Set<String> NEVER_TEXT =
      Set.of(
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
}
