package dev.neardup.core.verify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

  /**
   * A place (one to three comma-separated parts: "san mateo, calif.,"), then "month day" or "day
   * month", an optional year, an optional agency in brackets, and the dash that ends a dateline.
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^[^,\\n()]{2,40},(?:[^,\\n()]{1,25},){0,2} (?:"
              + MONTH
              + " (\\d{1,2})|(\\d{1,2}) "
              + MONTH
              + ")(?:,? \\d{4})?(?: \\([^()\\n]{1,30}\\))? -");

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
    int month = monthIndex(monthName);
    int day = Integer.parseInt(dayOfMonth);
    if (day < 1 || day > MONTH_LENGTHS[month]) {
      return NONE;
    }
    return Math.min(MONTH_STARTS[month] + day, DAYS_IN_YEAR);
  }

  private static int monthIndex(String name) {
    return switch (name.substring(0, 3)) {
      case "jan" -> 0;
      case "feb" -> 1;
      case "mar" -> 2;
      case "apr" -> 3;
      case "may" -> 4;
      case "jun" -> 5;
      case "jul" -> 6;
      case "aug" -> 7;
      case "sep" -> 8;
      case "oct" -> 9;
      case "nov" -> 10;
      default -> 11;
    };
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
