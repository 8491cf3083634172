package dev.neardup.io;

import org.apache.commons.text.StringEscapeUtils;

/**
 * CSV cells of untrusted text (ids): quoted as RFC 4180 asks, and neutralised against spreadsheet
 * formula injection as OWASP recommends: a cell starting with {@code =}, {@code +}, {@code -},
 * {@code @}, tab or carriage return gets a leading {@code '}, so a spreadsheet shows it as text
 * instead of evaluating it. The value is otherwise kept whole.
 */
public final class CsvCells {
  private CsvCells() {}

  /** {@code value} as one CSV cell, safe to open in a spreadsheet. */
  public static String of(String value) {
    return StringEscapeUtils.escapeCsv(startsLikeAFormula(value) ? "'" + value : value);
  }

  static boolean startsLikeAFormula(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char c = value.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
