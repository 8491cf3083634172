package dev.neardup.cli;

import dev.neardup.core.Pipeline;
import dev.neardup.core.Settings;
import dev.neardup.core.cluster.Cluster;
import dev.neardup.core.verify.PassageFinder;
import dev.neardup.io.InputRecord;
import dev.neardup.io.SettingsText;
import dev.neardup.io.report.ClusterReport;
import dev.neardup.io.report.HtmlReportWriter;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The HTML report of a batch run ({@code cluster --output html}, {@code check --report-html}):
 * collects where each article came from while the inputs are read, then builds the {@link
 * ClusterReport} from the run's clusters, each member explained against its representative as
 * {@code explain} explains a pair.
 */
final class HtmlReports implements Consumer<InputRecord> {
  private final Map<String, ClusterReport.Source> sources = new HashMap<>();

  /** Keeps the text, file and url of {@code record} for the report. */
  @Override
  public void accept(InputRecord record) {
    ClusterReport.Source source = ClusterReport.Source.of(record);
    sources.put(source.id(), source);
  }

  /**
   * Writes the report of {@code shown} (clusters of {@code run}, listed as {@code c1}, {@code c2},
   * ...) to {@code out}.
   */
  void write(Pipeline.Clustering run, List<Cluster> shown, Settings settings, Writer out) {
    long multi = run.clusters().stream().filter(c -> c.size() > 1).count();
    int inMulti = run.clusters().stream().filter(c -> c.size() > 1).mapToInt(Cluster::size).sum();
    String rule = settings.measure().label() + " >= " + SettingsText.number(settings.threshold());
    ClusterReport.Summary summary =
        new ClusterReport.Summary(
            run.ids().size(),
            (int) multi,
            inMulti - (int) multi,
            run.clusters().size() - (int) multi,
            settings.measure().label(),
            rule,
            SettingsText.commandLine(settings),
            VersionProvider.version(),
            Instant.now());
    PassageFinder finder =
        PassageFinder.forShingles(settings.shingleKind(), settings.shingleSize());
    // Finding passages is most of the work for thousands of members: one task per cluster, in
    // parallel.
    List<ClusterReport.Story> stories =
        IntStream.range(0, shown.size())
            .parallel()
            .mapToObj(i -> story("c" + (i + 1), shown.get(i), settings, finder))
            .toList();
    new HtmlReportWriter().write(new ClusterReport(summary, stories), out);
  }

  private ClusterReport.Story story(
      String id, Cluster cluster, Settings settings, PassageFinder finder) {
    ClusterReport.Source rep = source(cluster.representative());
    List<ClusterReport.Member> members = new ArrayList<>(cluster.size());
    for (Cluster.Member m : cluster.members()) {
      ClusterReport.Source article = source(m.id());
      boolean isRep = m.id().equals(cluster.representative());
      members.add(
          new ClusterReport.Member(
              article,
              m.tokens(),
              m.scores(),
              settings.measure().score(m.scores()),
              isRep ? "" : verdict(m, settings),
              isRep ? null : finder.explain(article.text(), rep.text())));
    }
    return new ClusterReport.Story(id, members);
  }

  /**
   * The member's verdict against the representative, and for a member in the cluster through
   * another one, which one and how closely.
   */
  static String verdict(Cluster.Member m, Settings settings) {
    String verdict = m.scores().verdict("this copy", "the representative");
    if (m.via() == null) {
      return verdict;
    }
    return String.format(
        Locale.ROOT,
        "%s; in this cluster through %s (%s %.4f)",
        verdict,
        m.via().id(),
        settings.measure().label(),
        m.via().score());
  }

  private ClusterReport.Source source(String id) {
    ClusterReport.Source s = sources.get(id);
    if (s == null) {
      throw new IllegalStateException("no text kept for article " + id);
    }
    return s;
  }
}
