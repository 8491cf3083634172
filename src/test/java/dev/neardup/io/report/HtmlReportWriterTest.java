package dev.neardup.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neardup.core.verify.PairScores;
import dev.neardup.core.verify.PassageFinder;
import dev.neardup.io.InputRecord;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {
  private static final String HOSTILE =
      "Breaking news from the capital today as ministers meet.\n"
          + "<script>alert(1)</script> </textarea> </SCRIPT > <!-- <img src=x onerror=alert(2)> & &amp; \u2028 end.\n"
          + "The ministers agreed on a new budget for the coming year after long talks.";
  private static final String COPY =
      "Breaking news from the capital today as ministers meet.\n"
          + "The ministers agreed on a new budget for the coming year after long talks.";

  private static String write(String version) {
    ClusterReport.Source rep =
        new ClusterReport.Source("<b>rep</b>", "in/rep.txt", "javascript:alert(3)", HOSTILE);
    ClusterReport.Source copy = new ClusterReport.Source("copy\"'", "in/copy.txt", null, COPY);
    PassageFinder.Explanation e = new PassageFinder(5).explain(COPY, HOSTILE);
    PairScores self = new PairScores(40, 40, 40);
    PairScores scores = new PairScores(20, 25, 40);
    ClusterReport report =
        new ClusterReport(
            new ClusterReport.Summary(
                2,
                1,
                1,
                0,
                "passage",
                "passage >= 0.4",
                "--threshold 0.4 <x>",
                version,
                Instant.parse("2026-12-01T10:00:00.123Z")),
            List.of(
                new ClusterReport.Story(
                    "c1",
                    List.of(
                        new ClusterReport.Member(rep, 30, self, 1, "", null),
                        new ClusterReport.Member(
                            copy,
                            25,
                            scores,
                            0.8,
                            "this copy (the shorter) shares its lead",
                            e)))));
    StringWriter out = new StringWriter();
    new HtmlReportWriter().write(report, out);
    return out.toString();
  }

  @Test
  void articleMarkupNeverReachesThePageAsMarkup() {
    String html = write("0.1.0");
    assertFalse(html.contains("<script>alert"), "raw script from an article");
    assertFalse(html.contains("<img"), "raw img from an article");
    assertFalse(
        html.contains("<!--"), "an HTML comment opener inside the script would change how it ends");
    assertFalse(html.contains("<b>rep"), "raw markup from an id");
    Matcher closings = Pattern.compile("(?i)</script").matcher(html);
    int count = 0;
    while (closings.find()) {
      count++;
    }
    assertEquals(2, count, "only the data block and the script close a script element");
    assertTrue(html.contains("<code>--threshold 0.4 &lt;x&gt;</code>"), "settings escaped as HTML");
  }

  @Test
  void theDataBlockGivesBackEveryTextExactly() throws Exception {
    String html = write("0.1.0");
    int from = html.indexOf("<script type=\"application/json\" id=\"neardup-data\">");
    String json = html.substring(html.indexOf('>', from) + 1, html.indexOf("</script>", from));
    JsonNode data = new ObjectMapper().readTree(json);
    assertEquals("passage", data.get("measure").asText());
    JsonNode members = data.get("clusters").get(0).get("m");
    assertEquals(HOSTILE, members.get(0).get("t").asText());
    assertEquals("<b>rep</b>", members.get(0).get("i").asText());
    assertEquals("javascript:alert(3)", members.get(0).get("u").asText());
    assertEquals(COPY, members.get(1).get("t").asText());
    assertFalse(members.get(1).has("u"), "no url known");
    JsonNode copy = members.get(1);
    assertEquals(0.8, copy.get("sc").asDouble());
    assertEquals(
        copy.get("pa").size() / 2,
        copy.get("st").asText().length(),
        "a status per paragraph of the copy");
    assertEquals(
        members.get(0).get("pa").size() / 2,
        copy.get("rs").asText().length(),
        "a status per paragraph of the representative");
    assertEquals(
        "cooc",
        copy.get("rs").asText(),
        "first and last copied; the markup line, split at its U+2028, only in the representative");
    JsonNode p = copy.get("p");
    assertTrue(p.size() >= 4 && p.size() % 4 == 0, p.toString());
    assertEquals(
        "The ministers agreed on a new budget for the coming year after long talks",
        HOSTILE.substring(p.get(p.size() - 2).asInt(), p.get(p.size() - 1).asInt()));
  }

  @Test
  void thePolicyAllowsExactlyTheInlineScriptAndStyle() throws Exception {
    String html = write("0.1.0");
    int open = html.lastIndexOf("<script>") + "<script>".length();
    String script = html.substring(open, html.indexOf("</script>", open));
    int styleOpen = html.indexOf("<style>") + "<style>".length();
    String style = html.substring(styleOpen, html.indexOf("</style>", styleOpen));
    assertTrue(html.contains("script-src '" + sha256(script) + "'"), "script hash in the policy");
    assertTrue(html.contains("style-src '" + sha256(style) + "'"), "style hash in the policy");
    assertTrue(html.contains("default-src 'none'"), "nothing else may load");
    assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "nothing from the network");
  }

  @Test
  void theSummaryNamesTheCountsVersionAndTime() {
    String html = write("9.9<i>");
    assertTrue(html.contains("neardup 9.9&lt;i&gt;"), html.substring(0, 200));
    assertTrue(
        html.contains("<time datetime=\"2026-12-01T10:00:00Z\">"), "creation time to the second");
    assertTrue(
        html.contains(
            "<strong>2</strong> articles: <strong>1</strong> duplicate cluster holding"
                + " <strong>1</strong> duplicate of their representatives"),
        "counts");
  }

  @Test
  void aWebPageOrJsonLinesRecordGivesItsUrlAndAFileGivesNone() {
    InputRecord line =
        new InputRecord(
            new dev.neardup.core.text.Article("a1", "text"),
            "batch.jsonl",
            3,
            "{\"id\":\"a1\",\"text\":\"text\",\"url\":\"https://example.org/a1\"}");
    assertEquals("https://example.org/a1", ClusterReport.Source.of(line).url());
    assertEquals("batch.jsonl", ClusterReport.Source.of(line).source());
    InputRecord file =
        new InputRecord(new dev.neardup.core.text.Article("a.txt", "text"), "dir/a.txt", 0, null);
    assertEquals(null, ClusterReport.Source.of(file).url());
    InputRecord page =
        new InputRecord(
            new dev.neardup.core.text.Article("p1", "text"),
            "crawl.warc",
            0,
            null,
            new dev.neardup.io.WebPage(
                "https://example.org/p1", new dev.neardup.extract.ExtractedArticle("t", "text")));
    assertEquals(
        "https://example.org/p1", ClusterReport.Source.of(page).url(), "a web page's address");
  }

  private static String sha256(String s) throws Exception {
    return "sha256-"
        + Base64.getEncoder()
            .encodeToString(
                MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}
