package dev.neardup.io;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.neardup.core.Settings;
import dev.neardup.core.text.Article;
import dev.neardup.core.verify.PairScores;
import dev.neardup.core.verify.ParagraphStatus;
import dev.neardup.core.verify.PassageFinder.Explanation;
import dev.neardup.core.verify.PassageFinder.Paragraph;
import dev.neardup.core.verify.PassageFinder.Passage;
import dev.neardup.core.verify.PassageOverlap;
import dev.neardup.core.verify.StoryEvidence;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes why two articles match ({@code explain}): as text, their scores and then each text
 * paragraph by paragraph with the shared passages highlighted (ANSI colours) or marked {@code
 * [[like this]]}; or as one pretty-printed JSON object with the scores, each passage's offsets and
 * text, and each paragraph's status. Offsets are UTF-16 code units of the original texts.
 */
public final class ExplanationWriter {
  private static final String SHARED_ON = "\u001B[1;32m";
  private static final String DIM_ON = "\u001B[2m";
  private static final String OFF = "\u001B[0m";

  private final OutputFormat format;
  private final Settings settings;
  private final boolean ansi;

  /**
   * @param format {@link OutputFormat#TEXT} or {@link OutputFormat#JSON}
   * @param settings the settings the pair was scored with (measure, threshold)
   * @param ansi whether text output highlights with ANSI colours rather than {@code [[ ]]}
   */
  public ExplanationWriter(OutputFormat format, Settings settings, boolean ansi) {
    this.format = Objects.requireNonNull(format, "format");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.ansi = ansi;
  }

  /**
   * Writes the explanation of {@code a} against {@code b}.
   *
   * @param row their scores
   * @param e the passages they share and their paragraphs
   */
  public void write(Article a, Article b, PairWriter.Row row, Explanation e, PrintWriter out) {
    if (format == OutputFormat.JSON) {
      writeJson(a, b, row, e, out);
    } else {
      writeScores(a, b, row, out);
      writeParagraphs(a, b, e, out);
    }
  }

  /** copied, partial, only in {@code self} (none of it in the other text) or ignored. */
  private static String status(Paragraph p, String self) {
    ParagraphStatus status = ParagraphStatus.of(p);
    return status == ParagraphStatus.ONLY_HERE ? "only in " + self : status.label();
  }

  private void writeScores(Article a, Article b, PairWriter.Row row, PrintWriter out) {
    PairScores x = row.exact();
    double score = settings.measure().score(x);
    boolean duplicates = score >= settings.threshold();
    out.printf(Locale.ROOT, "A  %s  (%d words)%n", TerminalText.escape(a.id()), row.tokensA());
    out.printf(Locale.ROOT, "B  %s  (%d words)%n", TerminalText.escape(b.id()), row.tokensB());
    out.printf(
        Locale.ROOT,
        "%s %.4f %s %s: %s%n",
        settings.measure().label(),
        score,
        duplicates ? ">=" : "<",
        SettingsText.number(settings.threshold()),
        duplicates ? "duplicates" : "not duplicates");
    out.printf(
        Locale.ROOT,
        "  jaccard %.4f, A in B %.4f, B in A %.4f (exact, %d of %d / %d shingles shared);"
            + " estimated from signatures: jaccard %.4f, containment %.4f%n",
        x.jaccard(),
        x.containmentOfA(),
        x.containmentOfB(),
        x.intersection(),
        x.sizeA(),
        x.sizeB(),
        row.estimatedJaccard(),
        row.estimated().containment());
    writeVerification(x, out);
  }

  /** The passage and story-evidence lines, for the measures that computed them. */
  private static void writeVerification(PairScores x, PrintWriter out) {
    if (x.passages() != null) {
      PassageOverlap p = x.passages();
      out.printf(
          Locale.ROOT,
          "  in passages (runs of %d shingles): %.0f%% of A, %.0f%% of B, starting %.0f%% into A, %.0f%% into B;"
              + " %s%n",
          PassageOverlap.MIN_RUN,
          100 * p.ofA(),
          100 * p.ofB(),
          100 * p.leadOfA(),
          100 * p.leadOfB(),
          x.verdict());
    }
    if (x.evidence() != null) {
      StoryEvidence ev = x.evidence();
      out.printf(
          Locale.ROOT,
          "  figures in the same place: %d agree, %d differ%s%n",
          ev.figures().agreements(),
          ev.figures().conflicts(),
          Double.isNaN(ev.hoursApart())
              ? ""
              : String.format(Locale.ROOT, "; published %.1f hours apart", ev.hoursApart()));
    }
  }

  private void writeParagraphs(Article a, Article b, Explanation e, PrintWriter out) {
    int shared = e.sharedWords();
    out.printf(
        Locale.ROOT,
        "%d shared passage%s, %d words: %.0f%% of A, %.0f%% of B (runs of word %d-grams)%n",
        e.passages().size(),
        e.passages().size() == 1 ? "" : "s",
        shared,
        percent(shared, e.tokensA()),
        percent(shared, e.tokensB()),
        e.gramSize());
    String legend = ansi ? "shared passages highlighted" : "shared passages in [[ ]]";
    out.println();
    out.println("A, paragraph by paragraph (" + legend + "):");
    paragraphs(out, a.text(), e.paragraphsA(), spans(e.passages(), true), "A");
    out.println();
    out.println("B, paragraph by paragraph:");
    paragraphs(out, b.text(), e.paragraphsB(), spans(e.passages(), false), "B");
  }

  private static double percent(int part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  private static List<int[]> spans(List<Passage> passages, boolean inA) {
    List<int[]> spans = new ArrayList<>();
    for (Passage p : passages) {
      spans.add(inA ? new int[] {p.startA(), p.endA()} : new int[] {p.startB(), p.endB()});
    }
    spans.sort((s, t) -> Integer.compare(s[0], t[0]));
    return spans;
  }

  private void paragraphs(
      PrintWriter out, String text, List<Paragraph> paragraphs, List<int[]> spans, String self) {
    for (Paragraph p : paragraphs) {
      String status = status(p, self);
      StringBuilder line = new StringBuilder();
      line.append(String.format(Locale.ROOT, "  %-10s ", status));
      if (p.ignored()) {
        line.append(ansi ? DIM_ON : "")
            .append(shown(text, p.start(), p.end()))
            .append(ansi ? OFF : "");
      } else {
        int at = p.start();
        for (int[] s : spans) {
          int from = Math.max(s[0], p.start());
          int to = Math.min(s[1], p.end());
          if (from >= to) {
            continue;
          }
          line.append(shown(text, at, from));
          line.append(ansi ? SHARED_ON : "[[")
              .append(shown(text, from, to))
              .append(ansi ? OFF : "]]");
          at = to;
        }
        line.append(shown(text, at, p.end()));
      }
      out.println(line);
    }
  }

  /**
   * The article's own escape sequences must not mix with the highlighting or drive the terminal.
   */
  private static String shown(String text, int from, int to) {
    return TerminalText.escapeText(text.substring(from, to));
  }

  private void writeJson(Article a, Article b, PairWriter.Row row, Explanation e, PrintWriter out) {
    try (JsonGenerator g = JsonOutput.generator(out).useDefaultPrettyPrinter()) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      double score = settings.measure().score(row.exact());
      g.writeStartObject();
      g.writeStringField("a", a.id());
      g.writeStringField("b", b.id());
      g.writeStringField("measure", settings.measure().label());
      g.writeNumberField("threshold", settings.threshold());
      g.writeBooleanField("duplicates", score >= settings.threshold());
      g.writeFieldName("scores");
      new PairWriter(OutputFormat.JSONL, settings.measure()).writeObject(g, row);
      g.writeNumberField("gram_size", e.gramSize());
      g.writeNumberField("shared_words", e.sharedWords());
      g.writeStringField("offsets", "utf-16 code units of the original text");
      g.writeArrayFieldStart("passages");
      for (Passage p : e.passages()) {
        g.writeStartObject();
        g.writeNumberField("words", p.words());
        span(g, "a", a.text(), p.startA(), p.endA());
        span(g, "b", b.text(), p.startB(), p.endB());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("paragraphs");
      paragraphsJson(g, "a", e.paragraphsA(), "A");
      paragraphsJson(g, "b", e.paragraphsB(), "B");
      g.writeEndObject();
      g.writeEndObject();
      g.flush();
      out.println();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void span(JsonGenerator g, String name, String text, int start, int end)
      throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("start", start);
    g.writeNumberField("end", end);
    g.writeStringField("text", text.substring(start, end));
    g.writeEndObject();
  }

  private static void paragraphsJson(
      JsonGenerator g, String name, List<Paragraph> paragraphs, String self) throws IOException {
    g.writeArrayFieldStart(name);
    for (Paragraph p : paragraphs) {
      g.writeStartObject();
      g.writeNumberField("start", p.start());
      g.writeNumberField("end", p.end());
      g.writeNumberField("words", p.words());
      g.writeNumberField("shared_words", p.sharedWords());
      g.writeStringField("status", status(p, self).replace(' ', '_').toLowerCase(Locale.ROOT));
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
