package dev.neardup.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Reuters-21578 JSON Lines file at run time (its text must never be copied into the
 * repository) and turns each hard-wrapped body into paragraphs.
 */
public final class ReutersStories {
  private static final Pattern TICKER = Pattern.compile("<([^<>]{1,60})>");
  private static final Pattern SIGN_OFF =
      Pattern.compile("(?i)\\s*\\breuters?\\s*(?:\\.\\.\\.)?\\s*$");

  /** Some stories use a double quote as apostrophe ("UAE"s"). */
  private static final Pattern QUOTE_APOSTROPHE = Pattern.compile("(?<=[A-Za-z])\"(?=s\\b)");

  private static final Pattern MULTIWORD_NAME =
      Pattern.compile("(?<=[a-z,] )[A-Z][a-z]+(?: [A-Z][a-z]+)+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /**
   * Three or more inner spaces only occur in column-aligned tables, which no outlet would reword.
   */
  private static final Pattern TABLE_GAP = Pattern.compile("\\S {3,}\\S");

  private ReutersStories() {}

  /** One wire story with its body already unwrapped into paragraphs. */
  public record Story(
      String id,
      int newid,
      String date,
      String title,
      String dateline,
      List<String> paragraphs,
      List<String> topics,
      List<String> places,
      boolean tabular) {
    public Story {
      paragraphs = List.copyOf(paragraphs);
      topics = List.copyOf(topics);
      places = List.copyOf(places);
    }

    /** Builds a story from a raw, hard-wrapped body as found in the collection. */
    public static Story fromRaw(
        String id,
        int newid,
        String date,
        String title,
        String dateline,
        String body,
        List<String> topics,
        List<String> places) {
      return new Story(
          id,
          newid,
          date,
          title,
          dateline,
          unwrap(body),
          topics,
          places,
          body.lines().anyMatch(l -> TABLE_GAP.matcher(l.strip()).find()));
    }

    public int wordCount() {
      int n = 0;
      for (String p : paragraphs) {
        n += p.isBlank() ? 0 : WHITESPACE.split(p.strip()).length;
      }
      return n;
    }

    /** Day part of the date ("26-FEB-1987"), used by the same-title-same-day repeat rule. */
    public String day() {
      int space = date.indexOf(' ');
      return space < 0 ? date : date.substring(0, space);
    }

    public String body() {
      return String.join("\n", paragraphs);
    }
  }

  /** Reads every story of the gzipped JSON Lines file, in file order. */
  public static List<Story> read(Path source) {
    List<Story> stories = new ArrayList<>();
    JsonLines.readGzipped(
        source,
        n ->
            stories.add(
                Story.fromRaw(
                    n.path("id").asText(),
                    n.path("newid").asInt(),
                    n.path("date").asText(""),
                    n.path("title").asText(""),
                    n.path("dateline").asText(""),
                    n.path("text").asText(""),
                    strings(n.path("topics")),
                    strings(n.path("places")))));
    return stories;
  }

  /**
   * Capitalised multi-word names after a lower-case word or comma, in order of first appearance.
   */
  public static List<String> names(Story s) {
    Set<String> names = new LinkedHashSet<>();
    for (String p : s.paragraphs()) {
      Matcher m = MULTIWORD_NAME.matcher(p);
      while (m.find()) {
        names.add(m.group());
      }
    }
    return new ArrayList<>(names);
  }

  /**
   * Base filter: enough words and paragraphs that truncation and rewording leave something of the
   * story, a title and dateline to build headlines and datelines from, and no tables.
   */
  public static boolean isUsableBase(Story s) {
    return !s.tabular()
        && !s.title().isBlank()
        && !s.dateline().isBlank()
        && s.paragraphs().size() >= Rates.MIN_PARAGRAPHS
        && s.wordCount() >= Rates.MIN_WORDS;
  }

  /**
   * A paragraph starts at a line indented by spaces or after a blank line; wrapped lines are joined
   * with single spaces. Reuters' {@code <TICKER>} marks become "(TICKER)" or plain names.
   */
  static List<String> unwrap(String body) {
    // The README says the sign-off is removed, but thousands of bodies still end in "REUTER".
    body = SIGN_OFF.matcher(body.replace("^M", "")).replaceAll("");
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : body.split("\n", -1)) {
      boolean startsParagraph = line.isBlank() || line.startsWith(" ") || line.startsWith("\t");
      if (startsParagraph && current.length() > 0) {
        paragraphs.add(clean(current.toString()));
        current.setLength(0);
      }
      if (!line.isBlank()) {
        current.append(current.length() > 0 ? " " : "").append(line.strip());
      }
    }
    if (current.length() > 0) {
      paragraphs.add(clean(current.toString()));
    }
    paragraphs.removeIf(String::isBlank);
    return paragraphs;
  }

  static String clean(String paragraph) {
    Matcher m = TICKER.matcher(paragraph);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String inner = m.group(1).strip();
      boolean code = inner.equals(inner.toUpperCase()) && !inner.contains(" ");
      m.appendReplacement(sb, Matcher.quoteReplacement(code ? "(" + inner + ")" : inner));
    }
    m.appendTail(sb);
    String apostrophes = QUOTE_APOSTROPHE.matcher(sb).replaceAll("'");
    return WHITESPACE.matcher(apostrophes).replaceAll(" ").strip();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(e -> out.add(e.asText()));
    return out;
  }
}
