package dev.neardup.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neardup.corpus.SiteChrome.Site;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteChromeTest {
  private static final String BODY =
      "The council voted on Tuesday to close the old bridge for repairs lasting two years. "
          + "Engineers had warned that the steel supports were corroded beyond safe limits.";

  @Test
  void chromeIsThePageTextMinusTheMarkedBodyAndTheHeadline() {
    String html =
        "<html><head><title>Bridge to close</title><script>var x = 1;</script></head><body>"
            + "<nav><ul><li>Home</li><li>Local news</li></ul></nav>"
            + "<h1>Bridge to close</h1>"
            + "<article><p>The council voted on Tuesday to close the old bridge for repairs lasting two years.</p>"
            + "<figure><figcaption>The bridge at dawn. Photo: city archive</figcaption></figure>"
            + "<div style=\"display: none\">Hidden promo text</div>"
            + "<p>Engineers had warned that the steel supports were corroded beyond safe limits.</p></article>"
            + "<aside><h2>Most read</h2><p>Storm closes schools across the county</p></aside>"
            + "<footer>Copyright 2019 Example Media</footer></body></html>";
    Site site = SiteChrome.of("k", "https://www.example.com/a", html, BODY);
    assertEquals("example.com", site.host());
    assertEquals(List.of("Home", "Local news"), site.top());
    assertEquals(List.of("The bridge at dawn. Photo: city archive"), site.mid());
    assertEquals(
        List.of(
            "Most read", "Storm closes schools across the county", "Copyright 2019 Example Media"),
        site.bottom());
  }

  @Test
  void aPageWhoseBodyIsNotFoundHasNoChrome() {
    Site site =
        SiteChrome.of(
            "k", "https://example.com/", "<html><body><p>Only a menu here</p></body></html>", BODY);
    assertEquals(false, site.hasChrome());
  }
}
