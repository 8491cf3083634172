package dev.neardup.io.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.neardup.core.verify.PairScores;
import dev.neardup.core.verify.PassageFinder;
import dev.neardup.io.InputRecord;
import dev.neardup.io.JsonOutput;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the HTML report shows: a summary of the run and every cluster with its members' texts,
 * scores and, for each member other than the representative, the passages it shares with it.
 *
 * @param summary the run in numbers
 * @param clusters clusters in the order to list them (the run's: largest first)
 */
public record ClusterReport(Summary summary, List<Story> clusters) {

  public ClusterReport {
    Objects.requireNonNull(summary, "summary");
    clusters = List.copyOf(clusters);
  }

  /**
   * The run in numbers and how it was made.
   *
   * @param articles articles clustered (with at least one word)
   * @param clusters clusters of two or more articles
   * @param duplicates articles in those clusters other than their representatives
   * @param singletons articles that duplicate nothing
   * @param measure the measure's name, e.g. {@code passage}
   * @param rule the matching rule in words, e.g. {@code passage >= 0.4}
   * @param settings the options that reproduce the run
   * @param version neardup's version
   * @param created when the report was made
   */
  public record Summary(
      int articles,
      int clusters,
      int duplicates,
      int singletons,
      String measure,
      String rule,
      String settings,
      String version,
      Instant created) {
    public Summary {
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(settings, "settings");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(created, "created");
    }
  }

  /**
   * One article as read.
   *
   * @param id its id
   * @param source the file it came from ({@code -} for standard input)
   * @param url its {@code url} field, or null when the input gives none
   * @param text its original text
   */
  public record Source(String id, String source, String url, String text) {
    public Source {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(source, "source of " + id);
      Objects.requireNonNull(text, "text of " + id);
    }

    /**
     * The source of a record as read: its url is a web page's address, else for a JSON Lines record
     * its {@code url} field when that is a string.
     */
    public static Source of(InputRecord record) {
      String url = record.page() != null ? record.page().url() : null;
      if (url == null && record.rawLine() != null) {
        try {
          JsonNode field = JsonOutput.MAPPER.readTree(record.rawLine()).get("url");
          url =
              field != null && field.isTextual() && !field.asText().isBlank()
                  ? field.asText()
                  : null;
        } catch (JsonProcessingException e) {
          // The reader parsed this line already; a url is optional, so a line it cannot give one
          // for has none.
        }
      }
      return new Source(record.article().id(), record.source(), url, record.article().text());
    }
  }

  /**
   * A cluster: versions of one story.
   *
   * @param id its id in the run's output ({@code c1}, {@code c2}, ...)
   * @param members the representative first, then the others as the run lists them
   */
  public record Story(String id, List<Member> members) {
    public Story {
      members = List.copyOf(members);
      if (members.isEmpty() || members.get(0).comparison() != null) {
        throw new IllegalArgumentException("cluster " + id + " must list its representative first");
      }
    }
  }

  /**
   * One member of a cluster.
   *
   * @param article the article
   * @param words its words after normalisation
   * @param scores its exact scores (A) against the representative (B)
   * @param score the score under the run's measure
   * @param verdict how the score was reached, in words ({@link PairScores#verdict(String, String)})
   * @param comparison the passages it (A) shares with the representative (B); null for the
   *     representative itself
   */
  public record Member(
      Source article,
      int words,
      PairScores scores,
      double score,
      String verdict,
      PassageFinder.Explanation comparison) {
    public Member {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(scores, "scores of " + article.id());
    }
  }
}
