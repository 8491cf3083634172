package dev.neardup.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.neardup.core.text.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageMetadataTest {
  @Test
  void theFirstElementOfEachPlaceCountsAndAnUnusableOneGivesWayToTheNextPlace() {
    Document page =
        Jsoup.parse(
            "<html><head><link rel=canonical href='/relative'>"
                + "<meta property='og:url' content='https://example.org/a'>"
                + "<meta property='og:url' content='https://example.org/b'>"
                + "<meta property='article:published_time' content='not a time'>"
                + "<meta name=date content='2024-05-06T07:08:09Z'></head><body>"
                + "<time itemprop=datePublished datetime='2020-01-01T00:00:00Z'>x</time>"
                + "<meta itemprop=datePublished content='2023-01-02T03:04:05Z'></body></html>");
    PageMetadata metadata = PageMetadata.of(page);
    assertEquals("https://example.org/a", metadata.canonicalUrl());
    // The datePublished meta sits late in the body but its place comes before name=date.
    assertEquals(PublicationTime.parse("2023-01-02T03:04:05Z"), metadata.publicationTime());
  }

  @Test
  void aPageNamingNeitherHasNoAddressAndNoTime() {
    PageMetadata metadata = PageMetadata.of(Jsoup.parse("<p>text</p>"));
    assertNull(metadata.canonicalUrl());
    assertEquals(Article.NO_TIME, metadata.publicationTime());
  }

  @Test
  void theSharedPagesGiveWhatAQueryPerPlaceGives() throws IOException {
    Path dir = Path.of("../shared/corpora/article-extraction/html");
    assumeTrue(Files.isDirectory(dir), dir + " is absent; real pages not compared");
    int pages = 0;
    int timed = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.html.gz")) {
      for (Path file : files) {
        Document page;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
          page = Jsoup.parse(in, null, "");
        }
        PageMetadata metadata = PageMetadata.of(page);
        assertEquals(canonicalByQueries(page), metadata.canonicalUrl(), file.toString());
        assertEquals(timeByQueries(page), metadata.publicationTime(), file.toString());
        pages++;
        timed += metadata.publicationTime() == Article.NO_TIME ? 0 : 1;
      }
    }
    assertTrue(pages >= 90 && timed >= 30, pages + " pages, " + timed + " with a time");
  }

  private static String canonicalByQueries(Document doc) {
    for (String query : new String[] {"link[rel=canonical]", "meta[property=og:url]"}) {
      Element e = doc.selectFirst(query);
      if (e != null) {
        String value = (e.hasAttr("href") ? e.attr("href") : e.attr("content")).trim();
        if (value.startsWith("http://") || value.startsWith("https://")) {
          return value;
        }
      }
    }
    return null;
  }

  private static long timeByQueries(Document doc) {
    for (String query :
        new String[] {
          "meta[property=article:published_time]",
          "meta[itemprop=datePublished]",
          "meta[name=date]",
          "meta[name=pubdate]",
          "time[itemprop=datePublished][datetime]"
        }) {
      Element e = doc.selectFirst(query);
      if (e != null) {
        long time =
            PublicationTime.parse(
                (e.hasAttr("content") ? e.attr("content") : e.attr("datetime")).trim());
        if (time != Article.NO_TIME) {
          return time;
        }
      }
    }
    return Article.NO_TIME;
  }
}
