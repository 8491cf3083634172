package dev.neardup.io;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.neardup.core.cluster.Cluster;
import dev.neardup.core.verify.Measure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes clusters as text, JSON Lines or CSV. Cluster ids ({@code c1}, {@code c2}, …) follow the
 * order given, so equal input gives byte-identical output.
 */
public final class ClusterWriter {

  private final OutputFormat format;
  private final Measure measure;

  public ClusterWriter(OutputFormat format, Measure measure) {
    this.format = format;
    this.measure = measure;
  }

  /** Writes {@code clusters} (already filtered and ordered) to {@code out}. */
  public void write(List<Cluster> clusters, Writer out) {
    try {
      switch (format) {
        case TEXT -> writeText(clusters, out);
        case JSONL -> writeJsonl(clusters, out);
        case CSV -> writeCsv(clusters, out);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeText(List<Cluster> clusters, Writer out) throws IOException {
    // Ids are shown escaped and cut to TerminalText.MAX_COLUMN, so one huge id cannot widen every
    // line.
    int idWidth = 10;
    for (Cluster c : clusters) {
      for (Cluster.Member m : c.members()) {
        idWidth = Math.max(idWidth, TerminalText.cell(m.id()).length());
      }
    }
    for (int i = 0; i < clusters.size(); i++) {
      Cluster c = clusters.get(i);
      if (i > 0) {
        out.write('\n');
      }
      out.write(
          String.format(
              Locale.ROOT,
              "cluster c%d: %d article%s, representative %s%n",
              i + 1,
              c.size(),
              c.size() == 1 ? "" : "s",
              TerminalText.cell(c.representative())));
      for (Cluster.Member m : c.members()) {
        boolean rep = m.id().equals(c.representative());
        out.write(
            String.format(
                Locale.ROOT,
                "  %-" + idWidth + "s %7d words  %s%n",
                TerminalText.cell(m.id()),
                m.tokens(),
                rep ? "representative" : measure.label() + " " + format(score(m)) + via(m)));
      }
    }
  }

  private void writeJsonl(List<Cluster> clusters, Writer out) throws IOException {
    for (int i = 0; i < clusters.size(); i++) {
      writeJsonl(clusters.get(i), i + 1, out);
    }
  }

  /**
   * Writes one cluster as the JSON line {@link #write} gives the {@code number}-th cluster (id
   * {@code c<number>}), newline included: for writers that number clusters themselves (the Spark
   * job writes each partition apart).
   */
  public void writeJsonl(Cluster c, long number, Writer out) throws IOException {
    try (JsonGenerator g = JsonOutput.generator(out)) {
      g.writeStartObject();
      g.writeStringField("cluster", "c" + number);
      g.writeNumberField("size", c.size());
      g.writeStringField("representative", c.representative());
      g.writeStringField("measure", measure.label());
      g.writeArrayFieldStart("members");
      for (Cluster.Member m : c.members()) {
        g.writeStartObject();
        g.writeStringField("id", m.id());
        g.writeNumberField("tokens", m.tokens());
        g.writeNumberField("score", PairWriter.round(score(m)));
        g.writeNumberField("jaccard", PairWriter.round(m.scores().jaccard()));
        g.writeNumberField("containment", PairWriter.round(m.scores().containment()));
        if (m.via() != null) {
          g.writeObjectFieldStart("via");
          g.writeStringField("id", m.via().id());
          g.writeNumberField("score", PairWriter.round(m.via().score()));
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private void writeCsv(List<Cluster> clusters, Writer out) throws IOException {
    out.write("cluster_id,article_id,similarity,is_representative\n");
    for (int i = 0; i < clusters.size(); i++) {
      Cluster c = clusters.get(i);
      for (Cluster.Member m : c.members()) {
        out.write(
            "c"
                + (i + 1)
                + ","
                + CsvCells.of(m.id())
                + ","
                + format(score(m))
                + ","
                + m.id().equals(c.representative())
                + "\n");
      }
    }
  }

  /**
   * ", via ID (passage 0.8500)" for a member in its cluster through another member, else "": a
   * member scoring under the threshold against the representative is not left unexplained.
   */
  private String via(Cluster.Member m) {
    return m.via() == null
        ? ""
        : ", via "
            + TerminalText.cell(m.via().id())
            + " ("
            + measure.label()
            + " "
            + format(m.via().score())
            + ")";
  }

  private double score(Cluster.Member m) {
    return measure.score(m.scores());
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
