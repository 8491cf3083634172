package dev.neardup.core.verify;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The day a wire report's dateline names: "portland, april 3 - there were ...", "washington, march
 * 5 (reuters) - ...", "moscow, 3 april (reuters) - ...", in normalised text (lower case, one dash
 * style).
 *
 * <p>Why: a daily report made from one template ("five grain ships loading at Portland", the Fed's
 * customer repurchases) is sent every day with the same words and, sometimes, the same figures;
 * only its dateline says which day it is about. Every version of one report carries the dateline of
 * the day it was filed, so an outlet's copy, a resend or a correction names that day, or the next
 * one when the report was resent overnight. Two datelines two days apart or more are two reports. A
 * dateline is looked for only at the start of one of the text's first lines, where wire copy puts
 * it; "updated march 5" stamps and dates inside sentences are not datelines.
 *
 * <p>Days are counted within a year (the dateline gives no year): January 1 is day 1, and two days
 * are compared around the year's end, so December 31 and January 1 are one day apart.
 */
public final class Dateline {
  /** The day of a text with no dateline. */
  public static final int NONE = 0;

  /** Lines at the text's start a dateline may open (a title, or a byline, can come first). */
  static final int MAX_LINES = 4;

  private static final int DAYS_IN_YEAR = 365;
  private static final int[] MONTH_STARTS = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  private static final int[] MONTH_LENGTHS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  /**
   * Month names and abbreviations a dateline uses, by month: English, then Spanish, French, German,
   * Italian and Portuguese, as the agencies' services in those languages write them ("madrid, 3 abr
   * (reuters) -", "paris, 3 avril (afp) -", "berlin, 3. april (reuters) -"). A word that is an
   * English word too ("out", "set", "ago") only counts where a dateline stands: after a place and a
   * comma, before a day of the month and the dash.
   */
  private static final List<List<String>> MONTH_NAMES =
      List.of(
          List.of(
              "january", "jan", "enero", "ene", "janvier", "janv", "januar", "gennaio", "gen",
              "janeiro"),
          List.of(
              "february",
              "feb",
              "febrero",
              "février",
              "févr",
              "fevrier",
              "fevr",
              "fév",
              "fev",
              "februar",
              "febbraio",
              "febbr",
              "fevereiro"),
          List.of("march", "mar", "marzo", "mars", "märz", "marz", "março", "marco"),
          List.of("april", "apr", "abril", "abr", "avril", "avr", "aprile"),
          List.of("may", "mayo", "mai", "maggio", "magg", "mag", "maio"),
          List.of("june", "jun", "junio", "juin", "juni", "giugno", "giu", "junho"),
          List.of("july", "jul", "julio", "juillet", "juil", "juli", "luglio", "lug", "julho"),
          List.of("august", "aug", "agosto", "ago", "août", "aout"),
          List.of(
              "september",
              "sept",
              "sep",
              "septiembre",
              "septembre",
              "settembre",
              "sett",
              "set",
              "setembro"),
          List.of(
              "october", "oct", "octubre", "octobre", "oktober", "okt", "ottobre", "ott", "outubro",
              "out"),
          List.of("november", "nov", "noviembre", "novembre", "novembro"),
          List.of(
              "december",
              "dec",
              "diciembre",
              "dic",
              "décembre",
              "déc",
              "decembre",
              "dezember",
              "dez",
              "dicembre",
              "dezembro"));

  private static final Map<String, Integer> MONTH_INDEX = monthIndex();

  /** Any month name, longest first so an abbreviation does not cut a name short. */
  private static final String MONTH =
      "("
          + MONTH_INDEX.keySet().stream()
              .sorted(
                  Comparator.comparingInt(String::length)
                      .reversed()
                      .thenComparing(Comparator.naturalOrder()))
              .collect(Collectors.joining("|"))
          + ")\\.?";

  /**
   * A place (one to three comma-separated parts: "san mateo, calif.,"), then "month day" or "day
   * month" (the day with a dot in German), an optional year, an optional agency in brackets, and
   * the dash that ends a dateline.
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^[^,\\n()]{2,40},(?:[^,\\n()]{1,25},){0,2} (?:"
              + MONTH
              + " (\\d{1,2})|(\\d{1,2})\\.? "
              + MONTH
              + ")(?:,? \\d{4})?(?: \\([^()\\n]{1,30}\\))? -");

  private static Map<String, Integer> monthIndex() {
    Map<String, Integer> index = new HashMap<>();
    for (int month = 0; month < MONTH_NAMES.size(); month++) {
      for (String name : MONTH_NAMES.get(month)) {
        index.put(name, month);
      }
    }
    return Map.copyOf(index);
  }

  private Dateline() {}

  /** The day of year (1–365) the dateline of {@code text} names, or {@link #NONE}. */
  public static int dayOf(CharSequence text) {
    int lineStart = 0;
    for (int line = 0; line < MAX_LINES && lineStart < text.length(); line++) {
      int lineEnd = indexOf(text, '\n', lineStart);
      Matcher m = DATELINE.matcher(text.subSequence(lineStart, lineEnd));
      if (m.lookingAt()) {
        boolean monthFirst = m.group(1) != null;
        int day = day(monthFirst ? m.group(1) : m.group(4), monthFirst ? m.group(2) : m.group(3));
        if (day != NONE) {
          return day;
        }
      }
      lineStart = lineEnd + 1;
    }
    return NONE;
  }

  /**
   * Days between two datelines' days, the shorter way round the year; -1 when either is {@link
   * #NONE}.
   */
  public static int daysApart(int dayA, int dayB) {
    if (dayA == NONE || dayB == NONE) {
      return -1;
    }
    int d = Math.abs(dayA - dayB);
    return Math.min(d, DAYS_IN_YEAR - d);
  }

  private static int day(String monthName, String dayOfMonth) {
    int month = MONTH_INDEX.get(monthName);
    int day = Integer.parseInt(dayOfMonth);
    if (day < 1 || day > MONTH_LENGTHS[month]) {
      return NONE;
    }
    return Math.min(MONTH_STARTS[month] + day, DAYS_IN_YEAR);
  }

  private static int indexOf(CharSequence text, char c, int from) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return text.length();
  }
}
