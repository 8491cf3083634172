package dev.neardup.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Reuters collection as a wire feed delivers it: headline, blank line, dateline and the body as
 * sent (hard-wrapped, not cleaned), with the transmission time. The detector sees these records as
 * it would see a real feed, so templated look-alikes keep the title and dateline that tell them
 * apart.
 *
 * <p>Command line: {@code WireFeed [--source reuters21578.jsonl.gz] --out FILE} writes every record
 * with a non-empty body as JSON Lines {@code {"id","text","date"}}.
 */
public final class WireFeed {
  /** "26-FEB-1987 15:01:01.79"; a few dates in the collection carry stray characters after it. */
  private static final Pattern REUTERS_DATE =
      Pattern.compile(
          "\\s*(\\d{1,2})-([A-Za-z]{3})-(\\d{4})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,2}))?.*");

  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");

  private static final String USAGE = "usage: WireFeed [--source reuters21578.jsonl.gz] --out FILE";

  private WireFeed() {}

  /**
   * One feed item; {@code date} is an ISO-8601 UTC timestamp, or empty when the source date is
   * unreadable.
   */
  public record Item(String id, String text, String date) {}

  /** Every story with a non-blank body, in file order. */
  public static List<Item> read(Path source) {
    List<Item> items = new ArrayList<>();
    JsonLines.readGzipped(
        source,
        n -> {
          String body = n.path("text").asText("");
          if (!body.isBlank()) {
            items.add(
                new Item(
                    n.path("id").asText(),
                    text(n.path("title").asText(""), n.path("dateline").asText(""), body),
                    isoDate(n.path("date").asText(""))));
          }
        });
    return items;
  }

  /** TITLE, blank line, DATELINE and BODY, as a feed prints an item; missing parts are left out. */
  static String text(String title, String dateline, String body) {
    String lead = dateline.isBlank() ? body.strip() : dateline.strip() + " " + body.strip();
    return title.isBlank() ? lead : title.strip() + "\n\n" + lead;
  }

  /** "26-FEB-1987 15:01:01.79" to "1987-02-26T15:01:01.790Z"; "" when the date cannot be read. */
  static String isoDate(String reuters) {
    Matcher m = REUTERS_DATE.matcher(reuters);
    if (!m.matches()) {
      return "";
    }
    int month = MONTHS.indexOf(m.group(2).toUpperCase(Locale.ROOT)) + 1;
    if (month == 0) {
      return "";
    }
    int hundredths = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "0").substring(0, 2));
    return String.format(
        Locale.ROOT,
        "%s-%02d-%02dT%02d:%s:%s.%03dZ",
        m.group(3),
        month,
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(4)),
        m.group(5),
        m.group(6),
        hundredths * 10);
  }

  /** Writes items as JSON Lines {"id","text","date"}; the date field is left out when unknown. */
  public static void write(Collection<Item> items, Writer out) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    for (Item item : items) {
      ObjectNode node = mapper.createObjectNode().put("id", item.id()).put("text", item.text());
      if (!item.date().isEmpty()) {
        node.put("date", item.date());
      }
      out.write(mapper.writeValueAsString(node));
      out.write('\n');
    }
  }

  public static void main(String[] args) throws IOException {
    Path source = CorpusGenerator.defaultSource();
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--source" -> source = Path.of(CommandLine.value(args, ++i, USAGE));
        case "--out" -> out = Path.of(CommandLine.value(args, ++i, USAGE));
        default -> CommandLine.fail("unknown argument " + args[i], USAGE);
      }
    }
    if (out == null) {
      CommandLine.fail("--out FILE is required", USAGE);
    }
    List<Item> items = read(source);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      write(items, w);
    }
    System.err.println("wrote " + items.size() + " feed items to " + out);
  }
}
