package dev.neardup.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The site chrome of real article pages: a page's visible text split into blocks, minus the blocks
 * of its hand-marked article body. Read at run time from the article-extraction benchmark (its
 * pages must never be copied into the repository). Blocks before the article are the top chrome,
 * blocks after it the bottom chrome, blocks inside the article that are not part of its body
 * (captions, "Read more" links, newsletter boxes) the mid-article chrome.
 */
public final class SiteChrome {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final String INVISIBLE =
      "script, style, noscript, template, svg, iframe, [hidden], [aria-hidden=true],"
          + " [style~=(?i)display:\\s*none], [style~=(?i)visibility:\\s*hidden]";

  /** A block with this many words or more is matched to the body by its word trigrams. */
  private static final int TRIGRAM_MIN_WORDS = 4;

  private static final double BODY_TRIGRAM_SHARE = 0.5;

  private SiteChrome() {}

  /** One real site's chrome, in page order. {@code host} is the page's host without "www.". */
  public record Site(
      String key, String host, List<String> top, List<String> mid, List<String> bottom) {
    public Site {
      top = List.copyOf(top);
      mid = List.copyOf(mid);
      bottom = List.copyOf(bottom);
    }

    public boolean hasChrome() {
      return !top.isEmpty() || !bottom.isEmpty();
    }
  }

  /**
   * The benchmark directory: {@code $NEARDUP_SHARED/corpora/article-extraction} when the variable
   * is set, else {@code ../shared/corpora/article-extraction}.
   */
  public static Path defaultSource() {
    return CorpusGenerator.defaultSource().resolveSibling("article-extraction");
  }

  /** Every page of {@code dir/html/*.html.gz} that has a ground-truth body, in file-name order. */
  public static List<Site> read(Path dir) {
    ObjectMapper mapper = new ObjectMapper();
    try {
      JsonNode truth = mapper.readTree(dir.resolve("ground-truth.json").toFile());
      List<Path> pages;
      try (Stream<Path> files = Files.list(dir.resolve("html"))) {
        pages =
            files.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
      }
      List<Site> sites = new ArrayList<>();
      for (Path page : pages) {
        String key = page.getFileName().toString().replaceFirst("\\.html\\.gz$", "");
        JsonNode t = truth.path(key);
        if (t.isMissingNode()) {
          continue;
        }
        String html;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
          html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        sites.add(of(key, t.path("url").asText(""), html, t.path("articleBody").asText("")));
      }
      return List.copyOf(sites);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir, e);
    }
  }

  /** The chrome of one page given its HTML and its marked article body. */
  public static Site of(String key, String url, String html, String articleBody) {
    Document doc = Jsoup.parse(html, url);
    doc.select(INVISIBLE).remove();
    Set<String> headlines = new HashSet<>();
    headlines.add(normal(doc.title()));
    for (Element h : doc.select("h1")) {
      headlines.add(normal(h.text()));
    }
    List<String> blocks = visibleBlocks(doc);
    List<String> bodyTokens = PairHistogram.tokens(articleBody);
    Set<String> bodyTrigrams = trigrams(bodyTokens);
    String bodyJoined = " " + String.join(" ", bodyTokens) + " ";
    boolean[] inBody = new boolean[blocks.size()];
    int first = -1;
    int last = -1;
    for (int i = 0; i < blocks.size(); i++) {
      List<String> tokens = PairHistogram.tokens(blocks.get(i));
      if (tokens.size() >= TRIGRAM_MIN_WORDS) {
        Set<String> own = trigrams(tokens);
        long shared = own.stream().filter(bodyTrigrams::contains).count();
        inBody[i] = shared >= BODY_TRIGRAM_SHARE * own.size();
        if (inBody[i]) {
          first = first < 0 ? i : first;
          last = i;
        }
      } else {
        inBody[i] = !tokens.isEmpty() && bodyJoined.contains(" " + String.join(" ", tokens) + " ");
      }
    }
    List<String> top = new ArrayList<>();
    List<String> mid = new ArrayList<>();
    List<String> bottom = new ArrayList<>();
    if (first >= 0) {
      for (int i = 0; i < blocks.size(); i++) {
        String b = blocks.get(i);
        if (headlines.contains(normal(b)) || i >= first && i <= last && inBody[i]) {
          continue;
        }
        (i < first ? top : i > last ? bottom : mid).add(b);
      }
    }
    return new Site(key, host(url), dedupe(top), dedupe(mid), dedupe(bottom));
  }

  /**
   * Visible text with a line break at every block element, one trimmed non-empty line per block.
   */
  static List<String> visibleBlocks(Document doc) {
    StringBuilder text = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              text.append(t.text());
            } else if (node instanceof Element e && (e.tag().isBlock() || e.nameIs("br"))) {
              text.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && e.tag().isBlock()) {
              text.append('\n');
            }
          }
        },
        doc.body());
    List<String> blocks = new ArrayList<>();
    for (String line : text.toString().split("\n")) {
      String b = WHITESPACE.matcher(line.replace('\u00a0', ' ')).replaceAll(" ").strip();
      if (!b.isEmpty()) {
        blocks.add(b);
      }
    }
    return blocks;
  }

  private static List<String> dedupe(List<String> blocks) {
    return new ArrayList<>(new LinkedHashSet<>(blocks));
  }

  private static Set<String> trigrams(List<String> tokens) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 3 <= tokens.size(); i++) {
      out.add(tokens.get(i) + ' ' + tokens.get(i + 1) + ' ' + tokens.get(i + 2));
    }
    return out;
  }

  private static String normal(String s) {
    return String.join(" ", PairHistogram.tokens(s));
  }

  private static String host(String url) {
    try {
      String h = URI.create(url.strip()).getHost();
      return h == null ? "unknown" : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return "unknown";
    }
  }
}
