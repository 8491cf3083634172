package dev.neardup.io.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import dev.neardup.core.verify.ParagraphStatus;
import dev.neardup.core.verify.PassageFinder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Writes a {@link ClusterReport} as one self-contained HTML file: its style sheet and script are
 * inline, nothing is fetched (a Content-Security-Policy forbids it), so it opens offline and as an
 * e-mail attachment.
 *
 * <p>The articles travel as one JSON block ({@code <script type="application/json">}) that the
 * script renders on demand, a few cards at a time, so a report of thousands of clusters opens at
 * once. Nothing from the input is ever markup: the summary is escaped with {@link
 * StringEscapeUtils#escapeHtml4}, the JSON block escapes {@code <}, {@code >} and {@code &} (so no
 * {@code </script>} or {@code <!--} in an article can end or alter it), and the script puts article
 * text into the page only as text nodes. The policy allows only this file's own script (by its
 * hash), so even markup that slipped through could not run.
 *
 * <p>Paragraph status codes in the JSON: {@code c} copied, {@code p} partial, {@code o} only here,
 * {@code i} ignored ({@link ParagraphStatus}). Stateless and thread-safe.
 */
public final class HtmlReportWriter {
  /**
   * Not {@link dev.neardup.io.JsonOutput}: inside a script element, {@code < > &} must be escaped
   * too.
   */
  private static final JsonFactory JSON =
      new JsonFactory().setCharacterEscapes(new ScriptSafeEscapes());

  private static final String STYLE = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  /** Writes {@code report} to {@code out} and flushes it. */
  public void write(ClusterReport report, Writer out) {
    try {
      writeHead(report.summary(), out);
      out.write("<script type=\"application/json\" id=\"neardup-data\">");
      writeData(report, out);
      out.write("</script>\n<script>");
      out.write(SCRIPT);
      out.write("</script>\n</body>\n</html>\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeHead(ClusterReport.Summary s, Writer out) throws IOException {
    String created =
        DateTimeFormatter.ISO_INSTANT.format(s.created().truncatedTo(ChronoUnit.SECONDS));
    out.write(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<meta name=\"color-scheme\" content=\"light dark\">\n"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '"
            + hash(STYLE)
            + "'; script-src '"
            + hash(SCRIPT)
            + "'; img-src data:; base-uri 'none'; form-action 'none'\">\n"
            + "<title>neardup report: "
            + s.clusters()
            + " cluster"
            + (s.clusters() == 1 ? "" : "s")
            + " among "
            + s.articles()
            + " articles</title>\n"
            + "<style>"
            + STYLE
            + "</style>\n</head>\n<body>\n"
            + "<a class=\"skip\" href=\"#clusters\">Skip to the clusters</a>\n"
            + "<header>\n<h1>neardup report</h1>\n");
    out.write(
        String.format(
            Locale.ROOT,
            "<p class=\"summary\"><strong>%,d</strong> articles: <strong>%,d</strong>"
                + " duplicate cluster%s holding <strong>%,d</strong> duplicate%s of their representatives,"
                + " <strong>%,d</strong> singleton%s; a pair is a duplicate when %s. neardup %s, made <time datetime=\"%s\">%s</time>.</p>\n",
            s.articles(),
            s.clusters(),
            s.clusters() == 1 ? "" : "s",
            s.duplicates(),
            s.duplicates() == 1 ? "" : "s",
            s.singletons(),
            s.singletons() == 1 ? "" : "s",
            html(s.rule()),
            html(s.version()),
            created,
            created));
    out.write(
        "<p class=\"settings\">Settings: <code>"
            + html(s.settings())
            + "</code></p>\n"
            + "<div class=\"controls\" role=\"search\">\n"
            + "<label for=\"search\">Search id, url or text</label>\n"
            + "<input id=\"search\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" placeholder=\"/ to search\">\n"
            + "<label for=\"sort\">Sort by</label>\n<select id=\"sort\">\n"
            + "<option value=\"size\">cluster size (largest first)</option>\n"
            + "<option value=\"score\">score (weakest match first)</option>\n"
            + "<option value=\"length\">length (longest representative first)</option>\n</select>\n"
            + "</div>\n<p id=\"count\" role=\"status\" aria-live=\"polite\"></p>\n"
            + "<p class=\"keys\">Keys: <kbd>/</kbd> search, <kbd>j</kbd> / <kbd>k</kbd> next / previous cluster,"
            + " <kbd>Esc</kbd> close the comparison. Choose a member to see it beside the representative.</p>\n"
            + "</header>\n<main id=\"clusters\" tabindex=\"-1\"></main>\n"
            + "<noscript><p>This report lists its clusters with JavaScript, which is turned off.</p></noscript>\n");
  }

  private static void writeData(ClusterReport report, Writer out) throws IOException {
    try (JsonGenerator g =
        JSON.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      g.writeStartObject();
      g.writeStringField("measure", report.summary().measure());
      g.writeArrayFieldStart("clusters");
      for (ClusterReport.Story story : report.clusters()) {
        g.writeStartObject();
        g.writeStringField("id", story.id());
        g.writeArrayFieldStart("m");
        List<ClusterReport.Member> members = story.members();
        for (ClusterReport.Member m : members) {
          writeMember(g, m, members);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /** Short keys: a report of 10,000 articles repeats each one thousands of times. */
  private static void writeMember(
      JsonGenerator g, ClusterReport.Member m, List<ClusterReport.Member> members)
      throws IOException {
    ClusterReport.Source a = m.article();
    g.writeStartObject();
    g.writeStringField("i", a.id());
    g.writeStringField("s", a.source());
    if (a.url() != null) {
      g.writeStringField("u", a.url());
    }
    g.writeNumberField("w", m.words());
    g.writeStringField("t", a.text());
    PassageFinder.Explanation e = m.comparison();
    if (e == null) {
      // The representative: its paragraphs as any comparison split them (the split is of its text
      // alone).
      PassageFinder.Explanation any =
          members.stream()
              .map(ClusterReport.Member::comparison)
              .filter(x -> x != null)
              .findFirst()
              .orElse(null);
      if (any != null) {
        ranges(g, "pa", any.paragraphsB());
      }
    } else {
      g.writeNumberField("sc", round(m.score()));
      g.writeNumberField("j", round(m.scores().jaccard()));
      g.writeNumberField("c", round(m.scores().containment()));
      g.writeStringField("v", m.verdict());
      ranges(g, "pa", e.paragraphsA());
      g.writeStringField("st", statuses(e.paragraphsA()));
      g.writeStringField("rs", statuses(e.paragraphsB()));
      g.writeArrayFieldStart("p");
      for (PassageFinder.Passage p : e.passages()) {
        g.writeNumber(p.startA());
        g.writeNumber(p.endA());
        g.writeNumber(p.startB());
        g.writeNumber(p.endB());
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void ranges(JsonGenerator g, String name, List<PassageFinder.Paragraph> paragraphs)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (PassageFinder.Paragraph p : paragraphs) {
      g.writeNumber(p.start());
      g.writeNumber(p.end());
    }
    g.writeEndArray();
  }

  private static String statuses(List<PassageFinder.Paragraph> paragraphs) {
    StringBuilder b = new StringBuilder(paragraphs.size());
    for (PassageFinder.Paragraph p : paragraphs) {
      b.append(
          switch (ParagraphStatus.of(p)) {
            case COPIED -> 'c';
            case PARTIAL -> 'p';
            case ONLY_HERE -> 'o';
            case IGNORED -> 'i';
          });
    }
    return b.toString();
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  private static String html(String text) {
    return StringEscapeUtils.escapeHtml4(text);
  }

  /** The CSP source expression allowing exactly {@code content} as an inline script or style. */
  private static String hash(String content) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("report asset missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * JSON that is safe inside a {@code <script>} element: {@code <}, {@code >} and {@code &} as
   * {@code \\u003C}-style escapes, so no {@code </script>}, {@code <!--} or entity can appear.
   */
  private static final class ScriptSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] codes;

    ScriptSafeEscapes() {
      codes = standardAsciiEscapesForJSON();
      codes['<'] = ESCAPE_STANDARD;
      codes['>'] = ESCAPE_STANDARD;
      codes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return codes.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
