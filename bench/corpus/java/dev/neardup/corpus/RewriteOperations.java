package dev.neardup.corpus;

import dev.neardup.corpus.Outlets.Outlet;
import dev.neardup.corpus.ReutersStories.Story;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edit operations that turn one wire story into one outlet's version. Content edits ({@link
 * #content}) change what the text says; presentation edits ({@link #render}) add the outlet's
 * headline form, dateline, byline, spelling, punctuation and site chrome. Every operation is
 * applied independently with its rate from {@link Rates}.
 */
final class RewriteOperations {
  private RewriteOperations() {}

  /** A version between content and presentation edits: cased headline and body paragraphs. */
  record Draft(String headline, List<String> paragraphs) {
    Draft {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  /** Common news words and interchangeable alternatives (same part of speech and inflection). */
  private static final String[][] SYNONYMS = {
    {"said", "stated", "noted"},
    {"company", "firm"},
    {"companies", "firms"},
    {"rose", "climbed", "increased", "gained", "advanced"},
    {"fell", "dropped", "declined", "slipped", "eased"},
    {"rise", "increase", "gain"},
    {"talks", "negotiations", "discussions"},
    {"government", "administration"},
    {"officials", "authorities"},
    {"expected", "anticipated", "forecast"},
    {"large", "big", "major"},
    {"buy", "purchase", "acquire"},
    {"bought", "purchased", "acquired"},
    {"help", "assist"},
    {"plan", "proposal", "scheme"},
    {"began", "started"},
    {"begin", "start"},
    {"meeting", "session"},
    {"spokesman", "spokesperson"},
    {"statement", "announcement"},
    {"agreement", "accord", "deal"},
    {"country", "nation"},
    {"countries", "nations"},
    {"important", "significant", "key"},
    {"sharply", "steeply", "strongly"},
    {"slightly", "marginally"},
    {"concern", "worry"},
    {"concerns", "worries"},
    {"reached", "hit"},
    {"reduce", "lower"},
    {"reduced", "lowered"},
    {"told", "informed"},
    {"profit", "earnings"},
    {"output", "production"},
    {"announced", "unveiled", "disclosed"},
    {"estimated", "projected"},
    {"raise", "boost"},
    {"workers", "employees", "staff"},
    {"need", "require"},
    {"strong", "robust", "solid"},
    {"weak", "soft", "sluggish"},
    {"decline", "drop", "fall"},
    {"immediately", "promptly"},
    {"additional", "extra"},
    {"quarter", "period"},
    {"banks", "lenders"},
    {"shows", "indicates"},
    {"showed", "indicated"},
    {"would", "will"},
    {"after", "following"},
    {"against", "versus", "compared with"},
    {"including", "among them"},
    {"issued", "released"},
    {"largest", "biggest"},
    {"higher", "greater"},
    {"decided", "opted"},
    {"owned", "held"},
    {"operations", "activities"},
    {"sell", "divest"},
    {"reported", "posted"},
    {"expects", "anticipates", "sees"},
    {"last", "previous", "past"},
    {"next", "coming"},
    {"earlier", "previously"},
    {"today", "on the day"},
    {"analysts", "experts", "observers"},
    {"demand", "appetite"},
    {"prices", "costs"},
    {"shareholders", "stockholders"},
  };

  /** Swapped only in front of a number ("about 5" but not "talked about"). */
  private static final String[][] BEFORE_NUMBER = {
    {"about", "around", "roughly", "approximately", "some", "nearly"},
    {"over", "above", "more than"},
    {"under", "below", "less than"},
  };

  private static final Set<String> FILLERS =
      Set.of("also", "very", "still", "just", "recently", "currently", "already", "meanwhile");
  private static final Map<String, String[]> SYNONYM_INDEX;
  private static final Set<String> NUMERIC_ONLY;

  static {
    Map<String, String[]> index = new HashMap<>();
    for (String[] group : SYNONYMS) {
      for (String w : group) {
        index.putIfAbsent(w, group);
      }
    }
    Set<String> numeric = new java.util.HashSet<>();
    for (String[] group : BEFORE_NUMBER) {
      for (String w : group) {
        index.put(w, group);
        numeric.add(w);
      }
    }
    SYNONYM_INDEX = Map.copyOf(index);
    NUMERIC_ONLY = Set.copyOf(numeric);
  }

  /**
   * Spelling and naming variants. The first form is usually the Reuters one; an outlet picks one
   * form per row as its house style. Rows marked numeric keep the number before the form.
   */
  private record Variant(Pattern pattern, String[] forms, boolean numeric) {
    static Variant words(String... forms) {
      StringBuilder alt = new StringBuilder();
      // Longest first so that "Co." wins over "Co".
      String[] sorted = forms.clone();
      java.util.Arrays.sort(sorted, (a, b) -> b.length() - a.length());
      for (String f : sorted) {
        alt.append(alt.length() > 0 ? "|" : "").append(Pattern.quote(f));
      }
      return new Variant(Pattern.compile("(?<![\\w.])(?:" + alt + ")(?![\\w])"), forms, false);
    }
  }

  private static final List<Variant> VARIANTS =
      List.of(
          new Variant(
              Pattern.compile("(\\d) ?(?:pct|percent|per cent|%)(?![\\w])"),
              new String[] {" pct", " percent", " per cent", "%"},
              true),
          new Variant(
              Pattern.compile("(\\d) (?:mln|million|mn)(?![\\w])"),
              new String[] {" mln", " million", " mln", "mn"},
              true),
          new Variant(
              Pattern.compile("(\\d) (?:bln|billion|bn)(?![\\w])"),
              new String[] {" billion", " bln", "bn", " billion"},
              true),
          Variant.words("mln", "million"),
          Variant.words("bln", "billion"),
          Variant.words("dlrs", "dollars"),
          Variant.words("dlr", "dollar"),
          Variant.words("cts", "cents"),
          Variant.words("U.S.", "US", "United States"),
          Variant.words("U.K.", "UK", "Britain"),
          Variant.words("Soviet Union", "USSR"),
          Variant.words("Islamic State", "Daesh"),
          Variant.words("Raqqa", "Raqa"),
          Variant.words("Peking", "Beijing"),
          Variant.words("Teheran", "Tehran"),
          Variant.words("Moslem", "Muslim"),
          Variant.words("Gadaffi", "Gaddafi", "Qadhafi"),
          Variant.words("Rangoon", "Yangon"),
          Variant.words("Bombay", "Mumbai"),
          Variant.words("Kampuchea", "Cambodia"),
          Variant.words("Feb", "February"),
          Variant.words("Jan", "January"),
          Variant.words("Aug", "August"),
          Variant.words("Sept", "September", "Sep"),
          Variant.words("Oct", "October"),
          Variant.words("Nov", "November"),
          Variant.words("Dec", "December"),
          Variant.words("Co", "Co.", "Company"),
          Variant.words("Inc", "Inc."),
          Variant.words("Corp", "Corp.", "Corporation"),
          Variant.words("Ltd", "Ltd.", "Limited"),
          Variant.words("Plc", "PLC", "plc"),
          Variant.words("tonnes", "tons", "metric tons"),
          Variant.words("OPEC", "Opec"),
          Variant.words("GATT", "Gatt"),
          Variant.words("European Community", "EC"),
          Variant.words("Federal Reserve", "Fed"),
          Variant.words("West Germany", "W. Germany"));

  private static final Pattern DASH = Pattern.compile("\\s*--\\s*|\\s+-\\s+");
  private static final Pattern OPENING_DOUBLE = Pattern.compile("(^|[\\s(\\[])\"");
  private static final Pattern OPENING_SINGLE = Pattern.compile("(^|[\\s(\\[])'");
  private static final Pattern MONEY =
      Pattern.compile(
          "(\\d[\\d.,]*)( ?(?:mln|million|mn|bln|billion|bn))? (?:dlrs|dollars)(?![\\w])");
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
  private static final Pattern SENTENCE_BREAK =
      Pattern.compile("(?<=[.!?][\"']?)\\s+(?=[\"']?[A-Z])");
  private static final Pattern ABBREVIATION =
      Pattern.compile("(?:^|\\s)(?:(?:[A-Z]\\.)+|[A-Z][a-z]{0,3}\\.|No\\.)$");
  private static final String SUBJECT = "([A-Z][\\w.'&-]*(?: [\\w.'&-]+){0,6})";
  private static final Pattern SAID_FRONT =
      Pattern.compile("^" + SUBJECT + " said (?:that )?([^\"]{25,})\\.$");
  private static final Pattern SAID_BACK =
      Pattern.compile("^([^\"]{25,}), " + SUBJECT + " said\\.$");
  private static final Set<String> COMMON_STARTS =
      Set.of(
          "The", "A", "An", "It", "Its", "There", "This", "That", "These", "Those", "He", "She",
          "We", "They", "In", "On", "At", "For", "Some", "Most", "Prices", "Sales");
  private static final Pattern NAME_IN_SENTENCE = Pattern.compile("(?<=[a-z,] )[A-Z][a-z]{4,}\\b");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "January",
          "February",
          "March",
          "April",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "Reuters",
          "Reuter");
  private static final Pattern DOUBLE_CONSONANT = Pattern.compile("([b-df-hj-np-tv-z])\\1");
  private static final Pattern CAPITALISED_IN_SENTENCE = Pattern.compile("(?<=[a-z,] )[A-Z][a-z]+");
  private static final Pattern UPPER_WORD = Pattern.compile("\\b[A-Z]{2,}\\b");
  private static final Set<String> SMALL_WORDS =
      Set.of(
          "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to",
          "vs", "with");
  private static final Set<String> ACRONYMS =
      Set.of(
          "OPEC", "GATT", "EC", "EEC", "IMF", "USSR", "UK", "US", "GNP", "GDP", "NYSE", "SEC",
          "FDIC", "CBT", "ECU", "LDC", "IEA", "ICO", "ICCO", "UN", "NATO", "AG", "PLC", "BP", "IBM",
          "GM", "GE", "AT&T", "FED", "II", "III", "IV", "ASEAN", "OECD", "CIA");
  private static final DateTimeFormatter REUTERS_DATE =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("d-MMM-yyyy")
          .toFormatter(Locale.ENGLISH);
  private static final String[] FIRST_NAMES = {
    "Jane", "David", "Maria", "Ahmed", "Laura", "Kenji", "Peter", "Fatima", "Tom", "Elena", "Rahul",
    "Sarah", "Michael", "Ines", "Olga", "James"
  };
  private static final String[] LAST_NAMES = {
    "Smith",
    "Haddad",
    "Okafor",
    "Lindqvist",
    "Moreno",
    "Tanaka",
    "Brennan",
    "Kowalski",
    "Nguyen",
    "Fischer",
    "Rossi",
    "Patel",
    "Dubois",
    "Clarke",
    "Ivanova",
    "Walsh"
  };

  // ---------------------------------------------------------------- content edits

  /**
   * Content edits of one version; {@code background} supplies an unrelated paragraph when asked.
   */
  static Draft content(
      Story base, Outlet outlet, boolean easy, SplittableRandom r, Supplier<String> background) {
    List<String> p = new ArrayList<>(base.paragraphs());
    String headline = headline(base, outlet.headlineCase());
    if (!easy) {
      if (r.nextDouble() < Rates.TRUNCATE) {
        p = truncate(p, r);
      }
      if (r.nextDouble() < Rates.DROP_PARAGRAPHS) {
        p = dropParagraphs(p, r);
      }
      if (r.nextDouble() < Rates.MOVE_PARAGRAPH) {
        p = moveParagraph(p, r);
      }
      if (r.nextDouble() < Rates.DROP_SENTENCES) {
        p = dropSentences(p, r);
      }
      if (r.nextDouble() < Rates.MERGE_SENTENCES) {
        p = mergeSentences(p, r);
      }
      if (r.nextDouble() < Rates.REWORD_LEAD) {
        p.set(0, reword(p.get(0), Rates.SYNONYM_SWAP_LEAD, r));
      }
      if (r.nextDouble() < Rates.REWORD_BODY) {
        for (int i = 1; i < p.size(); i++) {
          if (r.nextDouble() < Rates.REWORD_BODY_PARAGRAPH_EACH) {
            p.set(i, reword(p.get(i), Rates.SYNONYM_SWAP_BODY, r));
          }
        }
      }
      if (r.nextDouble() < Rates.HEADLINE_REWORD) {
        headline = swapWords(headline, Rates.SYNONYM_SWAP_LEAD, r, true);
      }
      if (r.nextDouble() < Rates.TRANSLITERATE) {
        Map<String, String> edits = transliterations(p, r);
        p.replaceAll(s -> replaceNames(s, edits));
        headline = replaceNames(headline, edits);
      }
      if (r.nextDouble() < Rates.EXTRA_BACKGROUND) {
        p.add(1 + r.nextInt(p.size()), background.get());
      }
    }
    return new Draft(headline, p);
  }

  /** Keeps the first 30-90 % of the paragraphs, never fewer than two (or all, if fewer). */
  static List<String> truncate(List<String> paragraphs, SplittableRandom r) {
    int n = paragraphs.size();
    double keep =
        Rates.TRUNCATE_KEEP_MIN
            + r.nextDouble() * (Rates.TRUNCATE_KEEP_MAX - Rates.TRUNCATE_KEEP_MIN);
    int k = Math.max(Math.min(Rates.TRUNCATE_MIN_PARAGRAPHS, n), (int) Math.round(n * keep));
    return new ArrayList<>(paragraphs.subList(0, Math.min(n, k)));
  }

  static List<String> dropParagraphs(List<String> p, SplittableRandom r) {
    List<String> out = new ArrayList<>();
    out.add(p.get(0));
    for (int i = 1; i < p.size(); i++) {
      if (r.nextDouble() >= Rates.DROP_PARAGRAPH_EACH) {
        out.add(p.get(i));
      }
    }
    if (out.size() == 1 && p.size() > 1) {
      out.add(p.get(1));
    }
    return out;
  }

  /** Outlets re-order the body but keep the lead in place. */
  static List<String> moveParagraph(List<String> p, SplittableRandom r) {
    List<String> out = new ArrayList<>(p);
    if (out.size() >= 3) {
      String moved = out.remove(1 + r.nextInt(out.size() - 1));
      out.add(1 + r.nextInt(out.size()), moved);
    }
    return out;
  }

  static List<String> dropSentences(List<String> p, SplittableRandom r) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      List<String> s = sentences(p.get(i));
      List<String> kept = new ArrayList<>();
      for (int j = 0; j < s.size(); j++) {
        boolean protectedSentence = (i == 0 && j == 0) || s.size() == 1;
        if (protectedSentence || r.nextDouble() >= Rates.DROP_SENTENCE_EACH) {
          kept.add(s.get(j));
        }
      }
      out.add(kept.isEmpty() ? s.get(0) : String.join(" ", kept));
    }
    return out;
  }

  /** Joins a paragraph's last sentence with the next paragraph's first, or just the paragraphs. */
  static List<String> mergeSentences(List<String> p, SplittableRandom r) {
    List<String> out = new ArrayList<>(p);
    for (int i = 0; i + 1 < out.size(); i++) {
      if (r.nextDouble() < Rates.MERGE_SENTENCE_EACH) {
        String a = out.get(i);
        String b = out.get(i + 1);
        String merged =
            a.endsWith(".") && !a.endsWith("..") && startsCommon(b)
                ? a.substring(0, a.length() - 1) + ", and " + decapitalize(b)
                : a + " " + b;
        out.set(i, merged);
        out.remove(i + 1);
      }
    }
    return out;
  }

  /** Clause reordering around "said", synonym swaps and filler drops, sentence by sentence. */
  static String reword(String paragraph, double swapRate, SplittableRandom r) {
    List<String> out = new ArrayList<>();
    for (String s : sentences(paragraph)) {
      if (r.nextDouble() < Rates.SAID_CLAUSE_REORDER) {
        s = reorderSaid(s);
      }
      out.add(swapWords(s, swapRate, r));
    }
    return String.join(" ", out);
  }

  static List<String> sentences(String paragraph) {
    List<String> out = new ArrayList<>();
    for (String piece : SENTENCE_BREAK.split(paragraph)) {
      if (!out.isEmpty() && ABBREVIATION.matcher(out.get(out.size() - 1)).find()) {
        out.set(out.size() - 1, out.get(out.size() - 1) + " " + piece);
      } else {
        out.add(piece);
      }
    }
    return out;
  }

  static String reorderSaid(String sentence) {
    Matcher front = SAID_FRONT.matcher(sentence);
    if (front.matches()) {
      return capitalize(front.group(2)) + ", " + decapitalize(front.group(1)) + " said.";
    }
    Matcher back = SAID_BACK.matcher(sentence);
    if (back.matches()) {
      return capitalize(back.group(2)) + " said " + decapitalize(back.group(1)) + ".";
    }
    return sentence;
  }

  /**
   * Synonym swaps and filler drops. In body text a capitalised word that does not start the text is
   * part of a name ("Foreign Minister") and stays; headlines are capitalised throughout.
   */
  static String swapWords(String text, double swapRate, SplittableRandom r) {
    return swapWords(text, swapRate, r, false);
  }

  static String swapWords(String text, double swapRate, SplittableRandom r, boolean headline) {
    StringBuilder out = new StringBuilder();
    Matcher m = WORD.matcher(text);
    int last = 0;
    while (m.find()) {
      String word = m.group();
      String lower = word.toLowerCase(Locale.ROOT);
      boolean capital = Character.isUpperCase(word.charAt(0));
      boolean allCaps = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
      String[] group = SYNONYM_INDEX.get(lower);
      if (NUMERIC_ONLY.contains(lower)
          && !(m.end() + 1 < text.length() && Character.isDigit(text.charAt(m.end() + 1)))) {
        group = null;
      }
      if (!capital
          && FILLERS.contains(lower)
          && m.end() < text.length()
          && text.charAt(m.end()) == ' '
          && r.nextDouble() < Rates.FILLER_DROP) {
        out.append(text, last, m.start());
        last = m.end() + 1;
        continue;
      }
      out.append(text, last, m.start());
      boolean name = capital && m.start() > 0 && !headline;
      if (group != null && !allCaps && !name && r.nextDouble() < swapRate) {
        String other = group[r.nextInt(group.length)];
        out.append(capital ? capitalize(other) : other);
      } else {
        out.append(word);
      }
      last = m.end();
    }
    return out.append(text.substring(last)).toString();
  }

  /** Doubles or undoubles a consonant in one or two capitalised names, consistently. */
  static Map<String, String> transliterations(List<String> paragraphs, SplittableRandom r) {
    Set<String> names = new TreeSet<>();
    for (String p : paragraphs) {
      Matcher m = NAME_IN_SENTENCE.matcher(p);
      while (m.find()) {
        if (!NOT_NAMES.contains(m.group())) {
          names.add(m.group());
        }
      }
    }
    List<String> candidates = new ArrayList<>(names);
    Map<String, String> edits = new TreeMap<>();
    int wanted = 1 + r.nextInt(2);
    while (edits.size() < wanted && !candidates.isEmpty()) {
      String name = candidates.remove(r.nextInt(candidates.size()));
      String variant = transliterate(name, r);
      if (variant != null) {
        edits.put(name, variant);
      }
    }
    return edits;
  }

  static String transliterate(String name, SplittableRandom r) {
    Matcher d = DOUBLE_CONSONANT.matcher(name);
    if (d.find()) {
      return name.substring(0, d.start() + 1) + name.substring(d.end());
    }
    List<Integer> spots = new ArrayList<>();
    for (int i = 1; i + 1 < name.length(); i++) {
      if ("bdfglmnprst".indexOf(name.charAt(i)) >= 0
          && "aeiou".indexOf(name.charAt(i + 1)) >= 0
          && "aeiou".indexOf(name.charAt(i - 1)) >= 0) {
        spots.add(i);
      }
    }
    if (spots.isEmpty()) {
      return null;
    }
    int i = spots.get(r.nextInt(spots.size()));
    return name.substring(0, i + 1) + name.charAt(i) + name.substring(i + 1);
  }

  private static String replaceNames(String text, Map<String, String> edits) {
    for (Map.Entry<String, String> e : edits.entrySet()) {
      text =
          text.replaceAll(
              "\\b" + Pattern.quote(e.getKey()) + "\\b", Matcher.quoteReplacement(e.getValue()));
    }
    return text;
  }

  // ---------------------------------------------------------------- presentation edits

  /** The outlet's page: chrome, headline(s), byline, dateline, spelling, punctuation, sign-off. */
  static String render(Draft draft, Story meta, Outlet o, boolean easy, SplittableRandom r) {
    String section = section(meta);
    String date = longDate(meta);
    boolean house = r.nextDouble() < Rates.HOUSE_STYLE;
    List<String> top = fill(o.topChrome(), section, date, o);
    List<String> bottom = fill(o.bottomChrome(), section, date, o);
    if (r.nextDouble() < Rates.EXTRA_BOILERPLATE_LINE) {
      String[] from = r.nextBoolean() ? Outlets.TOP_CHROME : Outlets.BOTTOM_CHROME;
      List<String> target = r.nextBoolean() ? top : bottom;
      target.add(
          r.nextInt(target.size() + 1),
          fill(List.of(from[r.nextInt(from.length)]), section, date, o).get(0));
    }
    List<String> lines = new ArrayList<>(top);
    String headline = style(draft.headline(), o, house);
    if (easy || r.nextDouble() >= Rates.NO_HEADLINE) {
      lines.add(headline);
      if (r.nextDouble() < Rates.REPEAT_HEADLINE) {
        lines.add(headline);
      }
    }
    List<String> body = new ArrayList<>();
    for (String p : draft.paragraphs()) {
      body.add(style(p, o, house));
    }
    if (r.nextDouble() < Rates.STANDFIRST) {
      lines.add(sentences(body.get(0)).get(0));
    }
    if (r.nextDouble() < Rates.BYLINE) {
      lines.add(byline(o, r));
    }
    if (r.nextDouble() < Rates.DATELINE && !meta.dateline().isBlank()) {
      body.set(0, style(dateline(meta, o.datelineStyle()), o, true) + " " + body.get(0));
    }
    if (!o.midChrome().isEmpty() && body.size() >= 3) {
      body.add(1 + r.nextInt(body.size() - 1), o.midChrome().get(0));
    }
    lines.addAll(body);
    if (r.nextDouble() < Rates.SIGN_OFF) {
      lines.add(o.signOff());
    }
    lines.addAll(bottom);
    return String.join(o.blankLines() ? "\n\n" : "\n", lines) + "\n";
  }

  /** House spelling (when the version follows it) and the outlet's quotes and dashes. */
  static String style(String text, Outlet o, boolean house) {
    if (house) {
      for (int row = 0; row < VARIANTS.size(); row++) {
        Variant v = VARIANTS.get(row);
        String form = v.forms()[houseChoice(o, row, v.forms().length)];
        String replacement =
            v.numeric() ? "$1" + Matcher.quoteReplacement(form) : Matcher.quoteReplacement(form);
        text = v.pattern().matcher(text).replaceAll(replacement);
      }
      text = money(text, o.styleSeed());
    }
    text = DASH.matcher(text).replaceAll(Matcher.quoteReplacement(o.dash()));
    if (o.curlyQuotes()) {
      text = OPENING_DOUBLE.matcher(text).replaceAll("$1\u201c").replace("\"", "\u201d");
      text =
          OPENING_SINGLE
              .matcher(text)
              .replaceAll("$1\u2018")
              .replace("'", "\u2019")
              .replace("...", "\u2026");
    }
    return text;
  }

  /**
   * The outlet's fixed choice in one variant row, derived from its style seed (no stored state).
   */
  private static int houseChoice(Outlet o, int row, int forms) {
    long h = (o.styleSeed() + 0x9E3779B97F4A7C15L * (row + 1)) * 0xBF58476D1CE4E5B9L;
    return (int) Math.floorMod(h ^ (h >>> 31), (long) forms);
  }

  /** "50 million dollars" / "50 mln dlrs" as "$50 million" for outlets that write it so. */
  private static String money(String text, long styleSeed) {
    if (new SplittableRandom(styleSeed ^ 0x9E3779B97F4A7C15L).nextBoolean()) {
      return text;
    }
    return MONEY.matcher(text).replaceAll("\\$$1$2");
  }

  /**
   * Reuters titles are upper case; outlets use title case, sentence case or capitalise every word.
   */
  static String headline(Story story, int caseStyle) {
    // The body tells which title words are acronyms and which are names (kept capitalised).
    Set<String> upperInBody = new java.util.HashSet<>();
    Set<String> namesInBody = new java.util.HashSet<>();
    for (String p : story.paragraphs()) {
      Matcher m = UPPER_WORD.matcher(p);
      while (m.find()) {
        upperInBody.add(m.group());
      }
      Matcher n = CAPITALISED_IN_SENTENCE.matcher(p);
      while (n.find()) {
        namesInBody.add(n.group());
      }
    }
    String clean = ReutersStories.clean(story.title());
    String[] words = clean.split(" ");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String bare = w.replaceAll("[^A-Za-z&]", "");
      String cased;
      if (w.contains(".") && bare.length() <= 3
          || ACRONYMS.contains(bare)
          || upperInBody.contains(bare)
          || w.startsWith("(")) {
        cased = w;
      } else if (caseStyle == 1 && i > 0 && !namesInBody.contains(capitalizeWord(w))
          || caseStyle == 0 && i > 0 && SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        cased = w.toLowerCase(Locale.ROOT);
      } else {
        cased = capitalizeWord(w);
      }
      out.append(i > 0 ? " " : "").append(cased);
    }
    return out.toString();
  }

  /** Variants of the Reuters dateline ("SALVADOR, Feb 26 -"), including the AFP-like long form. */
  static String dateline(Story s, int style) {
    String d = s.dateline().strip().replaceAll("\\s*-$", "");
    int comma = d.lastIndexOf(',');
    String place = comma < 0 ? d : d.substring(0, comma).strip();
    String day = comma < 0 ? "" : d.substring(comma + 1).strip();
    String placeTitle = capitalizeWords(place);
    return switch (style) {
      case 0 -> place + (day.isEmpty() ? "" : ", " + day) + " (Reuters) -";
      case 1 -> place + ":";
      case 2 -> placeTitle + "-" + longDate(s) + ":";
      case 3 -> d + " -";
      default -> placeTitle + " -";
    };
  }

  static String longDate(Story s) {
    try {
      LocalDate date = LocalDate.parse(s.day(), REUTERS_DATE);
      return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    } catch (DateTimeParseException e) {
      return s.day();
    }
  }

  private static String byline(Outlet o, SplittableRandom r) {
    String name =
        FIRST_NAMES[r.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[r.nextInt(LAST_NAMES.length)];
    return switch (r.nextInt(3)) {
      case 0 -> "By " + name;
      case 1 -> name + ", " + o.name().replaceFirst("^The ", "");
      default -> "By " + name + " | " + o.name();
    };
  }

  static String section(Story s) {
    List<String> t = s.topics();
    if (t.contains("crude") || t.contains("nat-gas") || t.contains("fuel")) {
      return "Energy";
    } else if (t.contains("money-fx") || t.contains("interest") || t.contains("dlr")) {
      return "Markets";
    } else if (t.contains("acq")) {
      return "Deals";
    } else if (t.contains("grain")
        || t.contains("wheat")
        || t.contains("corn")
        || t.contains("sugar")
        || t.contains("coffee")
        || t.contains("cocoa")
        || t.contains("gold")) {
      return "Commodities";
    } else if (t.contains("trade") || t.contains("gnp") || t.contains("bop")) {
      return "Economy";
    }
    return s.places().size() == 1 && s.places().contains("usa") ? "Business" : "World";
  }

  static List<String> fill(List<String> chrome, String section, String date, Outlet o) {
    List<String> out = new ArrayList<>();
    for (String c : chrome) {
      out.add(
          c.replace("{SECTION}", section)
              .replace("{DATE}", date)
              .replace("{SITE}", o.name().replaceFirst("^The ", "")));
    }
    return out;
  }

  private static boolean startsCommon(String s) {
    int space = s.indexOf(' ');
    return space > 0 && COMMON_STARTS.contains(s.substring(0, space));
  }

  private static String decapitalize(String s) {
    return startsCommon(s) ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String capitalizeWord(String w) {
    StringBuilder out = new StringBuilder(w.toLowerCase(Locale.ROOT));
    for (int i = 0; i < out.length(); i++) {
      // Parts of "U.S.-JAPAN" or "1987/88" start after punctuation.
      if (Character.isLetter(out.charAt(i))
          && (i == 0 || "-/.\"(".indexOf(out.charAt(i - 1)) >= 0)) {
        out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
      }
    }
    return out.toString();
  }

  private static String capitalizeWords(String s) {
    StringBuilder out = new StringBuilder();
    for (String w : s.split(" ")) {
      out.append(out.length() > 0 ? " " : "").append(capitalizeWord(w));
    }
    return out.toString();
  }
}
