package dev.neardup.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Random article-like text for comparing the text stages' fast paths with their references.
 *
 * <p>Each text draws from one alphabet profile, because one character outside the fast paths sends
 * a whole text to the exact fallback: a text mixing everything would test mostly the fallback. The
 * profiles go from plain ASCII news to a mix of every case the fast paths must either handle
 * exactly or hand over: Latin-1 (NBSP, ª, ², ´), curly quotes and dashes, Unicode spaces and line
 * breaks, Greek capitals with final sigma, Turkish İ, CJK, Thai, combining marks, Hangul jamo,
 * surrogate pairs (emoji, supplementary letters, lone halves), ligatures, full-width forms and any
 * BMP character at all. Lines are sentences, chrome-like short lines, breadcrumbs or repeats of
 * earlier lines, joined by every kind of line break.
 */
final class RandomNewsText {
  /** How far a text strays from ASCII. */
  enum Profile {
    ASCII,
    LATIN1,
    EUROPEAN,
    ANY
  }

  private static final String[] ASCII_WORDS = {
    "the",
    "The",
    "THE",
    "talks",
    "Talks",
    "in",
    "Astana",
    "on",
    "Monday",
    "after",
    "weeks",
    "of",
    "delay",
    "he",
    "said",
    "2017",
    "3.5",
    "U.S.",
    "don't",
    "it's",
    "AFP",
    "Reuters",
    "e-mail",
    "co-operation",
    "--",
    "-",
    "'",
    "''",
    "'''",
    "\"",
    "`",
    "(",
    ")",
    ">",
    "|",
    "/",
    "...",
    ",",
    ".",
    "!",
    "?",
    ":",
    ";",
    "x",
    "a1b2",
    "#tag",
    "@user",
    "http://example.com/a/b",
    "50%",
    "&",
  };
  private static final String[] LATIN1_WORDS = {
    "café", "CAFÉ", "naïve", "NAÏVE", "Müller", "ÆRØ", "straße", "Señor", "ÀÉÎÕÜ", "«", "»",
    "\u00AA", "\u00B2", "\u00B3", "\u00B9", "\u00BA", "\u00BC", "\u00B4", "\u00A8", "\u00AF",
    "\u00B5", "\u00B8", "\u00D7", "\u00F7", "\u00DF", "\u00FF", "\u00A9", "\u00AE", "\u00B0",
  };
  private static final String[] EUROPEAN_WORDS = {
    "\u2018quoted\u2019",
    "\u201CQuoted\u201D",
    "\u201E",
    "\u201F",
    "\u201A",
    "\u201B",
    "\u2032",
    "\u2033",
    "\u300C",
    "\u300D",
    "\u2010",
    "\u2011",
    "\u2012",
    "\u2013",
    "\u2014",
    "\u2015",
    "\u2212",
    "\uFE58",
    "\uFE63",
    "\uFF0D",
    "\u2014\u2014",
    "\u2019\u2019",
    "\u2026",
    "\u20AC",
    "\u20A6",
    "\u2122",
    "\u2020",
    "οδός",
    "ΆΘΉΝΑ",
    "ΑΘΗΝΑ",
    "Москва",
    "МОСКВА",
    "ЁЖ",
    "Київ",
    "Ϊ",
    "ϐ",
    "ϒ",
    "\u0374",
    "\u037E",
    "\u0387",
    "ĲSSEL",
    "ſ",
    "Łódź",
    "ŒUVRE",
    "Ǆ",
    "ǅ",
    "ǈ",
    "ΐ",
    "\u0483",
    "\u0488",
  };
  private static final String[] OTHER_WORDS = {
    "ΟΔΟΣ",
    "ΣΑΣ",
    "Σ",
    "ΣΣ",
    "ΑΣ.",
    "ΑΣ'",
    "Σ1",
    "İstanbul",
    "İ",
    "ISTANBUL",
    "ı",
    "東京",
    "北京市",
    "ひらがな",
    "カタカナ",
    "ｶﾀｶﾅ",
    "ไทย",
    "ລາວ",
    "ខ្មែរ",
    "မြန်မာ",
    "हिन्दी",
    "e\u0301",
    "E\u0301",
    "a\u0308",
    "\u0301",
    "\u0308x",
    "دمشق",
    "עברית",
    "가",
    "\u1100\u1161",
    "\u1100",
    "\u1161\u11A8",
    "😀",
    "👍🏽",
    "𝐀𝐁𝐂",
    "𝒳",
    "𠀀",
    "𐐀𐐨",
    "\uD83D",
    "\uDE00",
    "x\uD800y",
    "ﬁ",
    "ﬂ",
    "ﬃ",
    "ＡＢＣ",
    "ｈｅｌｌｏ",
    "１２３",
    "½",
    "①",
    "㎏",
    "\u200B",
    "\u200D",
    "\uFEFF",
    "\u00AD",
    "\u0000",
    "\u0007",
    "\u007F",
    "\uFFFD",
    "\uFFFF",
    "Ⅻ",
    "ⅻ",
    "\u2160",
    "\u1E9E",
    "\u0345",
    "\u0130\u0307",
  };
  private static final String[] SPACES = {
    " ", " ", " ", " ", "  ", "\t", "\u00A0", "\u1680", "\u180E", "\u2000", "\u2003", "\u2009",
    "\u200A", "\u202F", "\u205F", "\u3000", " \t ",
  };
  private static final String[] LINE_BREAKS = {
    "\n", "\n", "\n", "\n\n", "\r\n", "\r", "\u000B", "\f", "\u0085", "\u2028", "\u2029", "\n \n",
  };
  private static final String[] CHROME = {
    "ADVERTISEMENT",
    "Advertisement",
    "Recommended articles",
    "Share this article",
    "Leave a Comment",
    "Updated 3 hours ago",
    "By Jane Doe",
    "Home > World > Middle East",
    "Home » Sport » Football » Premier League",
    "News | Europe | France",
    "a / b / c",
    "Home > World",
    "Read more:",
    "Photo: AFP",
    "— AP",
    "1 2 3 4",
    "1 2 3 4 5",
    "***",
    "",
  };

  private final Random random;

  RandomNewsText(long seed) {
    random = new Random(seed);
  }

  Profile profile() {
    return Profile.values()[random.nextInt(Profile.values().length)];
  }

  /** One article of up to {@code maxLines} lines drawn from {@code profile}. */
  String article(Profile profile, int maxLines) {
    int lines = 1 + random.nextInt(maxLines);
    List<String> written = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    if (random.nextInt(8) == 0) {
      out.append(pick(profile, SPACES)).append(pick(profile, LINE_BREAKS));
    }
    for (int l = 0; l < lines; l++) {
      String line;
      int kind = random.nextInt(10);
      if (kind == 0 && !written.isEmpty()) {
        line = written.get(random.nextInt(written.size())); // a headline printed again
        switch (random.nextInt(6)) {
          case 0 ->
              line =
                  pick(profile, SPACES)
                      + line
                      + pick(profile, SPACES); // the same once spaces collapse
          case 1 -> line = line.toUpperCase(Locale.ROOT); // the same once folded, mostly
          case 2 ->
              line = line.replace("\"", "''").replace(" ", "  "); // the same once quotes merge
          case 3 -> line = line.replace("''", "\"").replace("-", "--");
          case 4 ->
              line =
                  profile == Profile.ASCII
                      ? line
                      : line.replace("'", "\u2019").replace("-", "\u2014");
          default -> {} // verbatim
        }
      } else if (kind == 1) {
        line = pick(profile, CHROME);
      } else if (kind == 2) {
        line =
            words(profile, 1 + random.nextInt(5)); // short: chrome unless it ends like a sentence
      } else {
        line =
            words(profile, 1 + random.nextInt(40))
                + pick(new String[] {".", ".", "!", "?", ":", ";", ".\"", ".'", ")", ""});
      }
      written.add(line);
      out.append(line);
      if (l + 1 < lines || random.nextBoolean()) {
        out.append(pick(profile, LINE_BREAKS));
      }
    }
    return out.toString();
  }

  /** Any text at all: characters of the whole BMP, surrogates included, and line breaks. */
  String soup(int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int r = random.nextInt(10);
      if (r < 3) {
        out.append((char) random.nextInt(0x10000));
      } else if (r < 5) {
        out.append((char) random.nextInt(0x300));
      } else if (r < 6) {
        out.append(pick(LINE_BREAKS));
      } else if (r < 7) {
        out.append(pick(SPACES));
      } else {
        out.append((char) (' ' + random.nextInt(95)));
      }
    }
    return out.toString();
  }

  private String words(Profile profile, int count) {
    StringBuilder out = new StringBuilder();
    for (int w = 0; w < count; w++) {
      if (w > 0) {
        out.append(random.nextInt(6) == 0 ? pick(profile, SPACES) : " ");
      }
      out.append(word(profile));
      if (random.nextInt(12) == 0) {
        out.append(pick(new String[] {",", ".", "'", "--", "-", "\""}));
      }
    }
    return out.toString();
  }

  private String word(Profile profile) {
    int reach =
        switch (profile) {
          case ASCII -> 1;
          case LATIN1 -> 2;
          case EUROPEAN -> 3;
          case ANY -> 5;
        };
    int source = random.nextInt(4) < 2 ? 0 : random.nextInt(reach);
    switch (source) {
      case 0:
        return pick(ASCII_WORDS);
      case 1:
        return pick(LATIN1_WORDS);
      case 2:
        return pick(EUROPEAN_WORDS);
      case 3:
        return pick(OTHER_WORDS);
      default:
        return String.valueOf((char) random.nextInt(0x10000));
    }
  }

  /** A pick that stays ASCII for the ASCII profile, whose texts must never leave the fast paths. */
  private String pick(Profile profile, String[] options) {
    while (true) {
      String picked = pick(options);
      if (profile != Profile.ASCII || picked.chars().allMatch(c -> c < 0x80)) {
        return picked;
      }
    }
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }
}
