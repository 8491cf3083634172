package dev.neardup.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes web-shaped copies of text articles for the README examples and the speed check: each
 * article wrapped in a page with made-up site chrome (menu, share bar, related links, comments,
 * footer), as an HTML directory, a gzip WARC and a gzip JSON Lines file with an {@code html} field.
 *
 * <pre>
 *   java -cp ... dev.neardup.io.WebSampleWriter samples OUTDIR       # the five samples/ articles
 *   java -cp ... dev.neardup.io.WebSampleWriter generated N OUTDIR   # N made-up articles, 1 in 10 re-published
 * </pre>
 */
final class WebSampleWriter {
  private WebSampleWriter() {}

  record Page(String name, String html) {}

  public static void main(String[] args) throws IOException {
    List<Page> pages =
        args[0].equals("samples")
            ? fromSamples(Path.of("samples"))
            : generated(Integer.parseInt(args[1]), 7);
    Path out = Path.of(args[args.length - 1]);
    Files.createDirectories(out.resolve("html"));
    for (Page p : pages) {
      Files.writeString(out.resolve("html").resolve(p.name() + ".html"), p.html());
    }
    writeWarc(out.resolve("pages.warc.gz"), pages);
    ObjectMapper json = new ObjectMapper();
    try (Writer w =
        new java.io.OutputStreamWriter(
            new GZIPOutputStream(Files.newOutputStream(out.resolve("batch.jsonl.gz"))),
            StandardCharsets.UTF_8)) {
      for (Page p : pages) {
        ObjectNode line =
            json.createObjectNode().put("id", p.name()).put("url", url(p)).put("html", p.html());
        w.write(json.writeValueAsString(line) + "\n");
      }
    }
  }

  private static String url(Page p) {
    return "https://news" + Math.floorMod(p.name().hashCode(), 5) + ".example/story/" + p.name();
  }

  static void writeWarc(Path file, List<Page> pages) throws IOException {
    try (WarcWriter writer =
        new WarcWriter(
            Files.newByteChannel(
                file,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                java.nio.file.StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      for (Page p : pages) {
        HttpResponse http =
            new HttpResponse.Builder(200, "OK")
                .body(
                    MediaType.parse("text/html; charset=utf-8"),
                    p.html().getBytes(StandardCharsets.UTF_8))
                .build();
        writer.write(
            new WarcResponse.Builder(URI.create(url(p)))
                .date(Instant.parse("2019-06-01T12:00:00Z"))
                .body(http)
                .build());
      }
    }
  }

  private static List<Page> fromSamples(Path dir) throws IOException {
    List<Page> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(f);
        String name = f.getFileName().toString().substring(0, 3);
        pages.add(new Page(name, wrap(name, text)));
      }
    }
    return pages;
  }

  private static List<Page> generated(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String[] words = new String[5000];
    for (int i = 0; i < words.length; i++) {
      StringBuilder w = new StringBuilder();
      for (int c = 0, len = 2 + r.nextInt(9); c < len; c++) {
        w.append((char) ('a' + r.nextInt(26)));
      }
      words[i] = w.toString();
    }
    List<Page> pages = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String text;
      if (i % 10 == 9) {
        // Re-published: an earlier article with its last paragraph dropped.
        String original = texts.get(r.nextInt(texts.size()));
        text = original.substring(0, original.lastIndexOf("\n\n"));
      } else {
        StringBuilder t = new StringBuilder();
        for (int p = 0, paragraphs = 5 + r.nextInt(8); p < paragraphs; p++) {
          for (int s = 0, sentences = 2 + r.nextInt(3); s < sentences; s++) {
            StringBuilder sentence = new StringBuilder();
            for (int w = 0, len = 8 + r.nextInt(14); w < len; w++) {
              sentence
                  .append(w == 0 ? "" : w % 7 == 6 ? ", " : " ")
                  .append(words[r.nextInt(words.length)]);
            }
            sentence.setCharAt(0, Character.toUpperCase(sentence.charAt(0)));
            t.append(s == 0 ? "" : " ").append(sentence).append('.');
          }
          t.append("\n\n");
        }
        text =
            "Headline "
                + words[r.nextInt(words.length)]
                + " "
                + words[r.nextInt(words.length)]
                + "\n\n"
                + t.toString().strip();
      }
      texts.add(text);
      String name = String.format("%04d", i);
      pages.add(new Page(name, wrap(name, text)));
    }
    return pages;
  }

  /** The article (first line the headline) in a page with site chrome around it. */
  static String wrap(String name, String text) {
    String[] parts = text.strip().split("\\n\\s*\\n", 2);
    String headline = escape(parts[0].strip());
    StringBuilder body = new StringBuilder();
    for (String p : (parts.length > 1 ? parts[1] : "").split("\\n\\s*\\n")) {
      if (!p.isBlank()) {
        body.append("      <p>").append(escape(p.strip().replaceAll("\\s+", " "))).append("</p>\n");
      }
    }
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + headline
        + " | Example News</title>\n<script>var page = '"
        + name
        + "';</script></head>\n<body>\n"
        + "<div class=\"cookie-banner\">We use cookies. By continuing you accept our cookie policy.</div>\n"
        + "<nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>\n"
        + "<main><article>\n  <h1>"
        + headline
        + "</h1>\n"
        + "  <div class=\"share\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a></div>\n"
        + "  <div class=\"article-body\">\n"
        + body
        + "  </div>\n"
        + "  <aside class=\"related\"><h3>Most read</h3><ul><li><a href=\"/1\">Markets close higher as oil slips</a></li>"
        + "<li><a href=\"/2\">Storm warning for the coast this weekend</a></li></ul></aside>\n"
        + "  <section id=\"comments\"><div class=\"comment\"><p>First! Great article, thanks for writing it, really.</p></div></section>\n"
        + "</article></main>\n<footer><p>© Example News. All rights reserved. Privacy. Terms.</p></footer>\n</body></html>\n";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
