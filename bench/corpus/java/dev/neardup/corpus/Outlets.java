package dev.neardup.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The fictional outlets that republish wire stories. Each has a fixed house style (quotes, dashes,
 * spelling choices, dateline form) and a fixed set of site chrome, so that articles of one outlet
 * share boilerplate across stories, as they do on real sites.
 */
final class Outlets {
  private Outlets() {}

  /**
   * One outlet. Chrome lines may contain {SECTION}, {DATE} and {SITE} placeholders filled per
   * article. {@code styleSeed} fixes the outlet's choice in every spelling-variant row.
   */
  record Outlet(
      String name,
      boolean curlyQuotes,
      String dash,
      boolean blankLines,
      int datelineStyle,
      int headlineCase,
      String signOff,
      List<String> topChrome,
      List<String> midChrome,
      List<String> bottomChrome,
      long styleSeed) {}

  static final String[] TOP_CHROME = {
    "Home > World > {SECTION}",
    "Home / {SECTION}",
    "You are here: Home \u00bb News \u00bb {SECTION}",
    "Skip to main content",
    "Menu",
    "Search",
    "Sign in",
    "Breaking News",
    "Follow",
    "Share",
    "Tweet",
    "Email",
    "Print",
    "Text size A A A",
    "Updated {DATE}",
    "Published {DATE}",
    "Last updated: {DATE}",
    "3 min read",
    "{SECTION}",
    "Share this article",
  };
  static final String[] MID_CHROME = {
    "ADVERTISEMENT",
    "Advertisement",
    "Story continues below advertisement",
    "READ MORE:",
    "Also read",
    "Subscribe to continue reading",
  };
  static final String[] BOTTOM_CHROME = {
    "ADVERTISEMENT",
    "Recommended articles",
    "Related stories",
    "Comments",
    "Leave a Comment",
    "Follow us on Twitter",
    "Subscribe to our newsletter",
    "Share this article",
    "Read more",
    "More from {SECTION}",
    "Most popular",
    "\u00a9 {SITE}. All rights reserved.",
    "Trending now",
    "Sponsored content",
    "Click here to comment",
    "Report an error",
    "Follow",
    "Back to top",
  };

  /**
   * Longer site-chrome lines for the shared-boilerplate hard negatives. "[a|b]" slots are filled
   * once per group, so that two groups rarely share more than a few words of chrome.
   */
  static final String[] LONG_CHROME = {
    "Sign up for the {SITE} [morning|evening|weekend] [briefing|newsletter|digest] and get [the stories that matter|our best journalism|the top headlines] delivered to your inbox",
    "\u00a9 [1987|2017|2023] {SITE} [Media Group|Publishing Ltd|Holdings]. All rights reserved. [Reproduction without written permission is prohibited|No part of this site may be copied|Republication is forbidden]",
    "{SITE}: [Terms of use|Terms and conditions|User agreement] | [Privacy policy|Privacy notice|Data protection] | [Cookie settings|Manage cookies|Cookie preferences] | [Contact us|Help centre|Feedback]",
    "Download the {SITE} app for [iPhone and Android|your phone and tablet|iOS and Android devices] to [read the latest news on the go|get breaking alerts|follow every story]",
    "{SITE} uses cookies to [improve your experience|personalise content|measure our audience] and to [show you relevant advertising|remember your settings|understand how the site is used]",
    "Have a news tip for {SITE}? [Contact our newsroom by email|Message our reporters|Get in touch with the desk] [or message us on WhatsApp any time of day|around the clock|in confidence]",
    "Follow {SITE} on [Facebook, Twitter and Instagram|Twitter and LinkedIn|all major social networks] for [breaking news and analysis|live coverage|the latest updates]",
    "[Our journalism depends on readers like you|Quality reporting costs money|Independent news needs your help]. Support {SITE} [from just one dollar|with a subscription|today]",
    "Comments on {SITE} are [moderated|reviewed|checked] and will appear once approved by our editors. [Please keep it civil|Be respectful|Stay on topic]",
    "Most read on {SITE} this [week|month|morning]: [markets, politics, energy and commodities|world affairs, business and technology|economy, trade and finance]",
    "Get unlimited {SITE} [digital access|online reading|premium content] with a subscription and [cancel at any time without penalty|save 50 per cent in the first year|enjoy ad-free browsing]",
    "{SITE} [editorial standards|corrections policy|code of conduct] | [About us|Who we are|Our team] | [Careers|Jobs|Work with us] | [Newsletters|Podcasts|Archive]",
  };

  private static final java.util.regex.Pattern SLOT =
      java.util.regex.Pattern.compile("\\[([^\\]]*)\\]");

  /** Fills every "[a|b|c]" slot of a chrome line with one of its options. */
  static String fillSlots(String line, SplittableRandom r) {
    java.util.regex.Matcher m = SLOT.matcher(line);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String[] options = m.group(1).split("\\|");
      m.appendReplacement(
          out, java.util.regex.Matcher.quoteReplacement(options[r.nextInt(options.length)]));
    }
    return m.appendTail(out).toString();
  }

  static final String[] SIGN_OFFS = {
    "\u2014 AFP", "(Reuters)", "\u2014 Reuters", "-- Reuters", "(AP)", "\u2014 Agencies", "(AFP)"
  };
  static final String[] DASHES = {" - ", " -- ", " \u2014 ", "\u2014", " \u2013 "};
  private static final String[] NAME_A = {
    "Daily",
    "Gulf",
    "Metro",
    "Pacific",
    "Northern",
    "Capital",
    "Global",
    "Evening",
    "Frontier",
    "Harbour"
  };
  private static final String[] NAME_B = {
    "Ledger",
    "Tribune",
    "Courier",
    "Times",
    "Herald",
    "Post",
    "Business Review",
    "Observer",
    "Dispatch",
    "Monitor"
  };

  static List<Outlet> create(SplittableRandom r) {
    List<Outlet> out = new ArrayList<>();
    for (int i = 0; i < Rates.OUTLETS; i++) {
      String name =
          "The "
              + NAME_A[i % NAME_A.length]
              + " "
              + NAME_B[(i * 3 + i / NAME_A.length) % NAME_B.length];
      boolean chrome = r.nextDouble() >= Rates.OUTLET_WITHOUT_CHROME;
      List<String> top =
          chrome
              ? pick(TOP_CHROME, r.nextInt(Rates.OUTLET_MAX_CHROME_LINES / 2 + 1), r)
              : List.of();
      List<String> mid = chrome && r.nextBoolean() ? pick(MID_CHROME, 1, r) : List.of();
      List<String> bottom =
          chrome ? pick(BOTTOM_CHROME, 1 + r.nextInt(Rates.OUTLET_MAX_CHROME_LINES), r) : List.of();
      out.add(
          new Outlet(
              name,
              r.nextBoolean(),
              DASHES[r.nextInt(DASHES.length)],
              r.nextBoolean(),
              r.nextInt(5),
              r.nextInt(3),
              SIGN_OFFS[r.nextInt(SIGN_OFFS.length)],
              top,
              mid,
              bottom,
              r.nextLong()));
    }
    return List.copyOf(out);
  }

  /** {@code n} distinct entries in a random order. */
  static List<String> pick(String[] from, int n, SplittableRandom r) {
    List<String> pool = new ArrayList<>(List.of(from));
    List<String> out = new ArrayList<>();
    while (out.size() < n && !pool.isEmpty()) {
      out.add(pool.remove(r.nextInt(pool.size())));
    }
    return out;
  }
}
