package dev.neardup.io;

import dev.neardup.core.text.Article;
import java.nio.charset.StandardCharsets;

/**
 * Reads the common JSON Lines record straight from its UTF-8 bytes: one flat object whose values
 * are strings, numbers, {@code true}, {@code false} or {@code null}, with the id, text and date in
 * the shapes {@link JsonlReader} accepts. Why: Jackson's string decoding was half the reader's
 * time, and the text of such a record is mostly runs of plain bytes that can be copied whole.
 *
 * <p>It only ever reads what Jackson would read the same way: anything else (nested values, a web
 * page field, a numeric date, a repeated id or text, a field that is refused, escapes in field
 * names, any byte Jackson could object to, very long names or numbers) makes {@link #scan} answer
 * false, and the line goes to Jackson, which then decides what it holds or why it is refused, so
 * messages stay Jackson's. Expects valid UTF-8 (the reader checks every line first).
 *
 * <p>Not thread-safe: one per {@link JsonlReader}; its decoding buffers are reused across lines.
 */
final class FlatRecordScanner {
  private static final int OTHER = 0;
  private static final int ID = 1;
  private static final int TEXT = 2;
  private static final int DATE = 3;
  private static final int HTML = 4;
  private static final int URL = 5;

  /**
   * Longer names and numbers go to Jackson, whose limits on them (50,000 and 1,000) are its own.
   */
  private static final int MAX_NAME_BYTES = 1000;

  private static final int MAX_NUMBER_BYTES = 100;

  /** The names of the fields read, as UTF-8; null when not read (no date or HTML field). */
  private final byte[][] names;

  private final boolean usable;
  private final JsonStrings strings = new JsonStrings();

  FlatRecordScanner(String idField, String textField, String dateField, String htmlField) {
    String[] fields = {null, idField, textField, dateField, htmlField, JsonlReader.URL_FIELD};
    names = new byte[fields.length][];
    boolean distinct = true;
    for (int f = 1; f < fields.length; f++) {
      names[f] = fields[f] == null ? null : fields[f].getBytes(StandardCharsets.UTF_8);
      for (int g = 1; g < f; g++) {
        distinct &= fields[f] == null || !fields[f].equals(fields[g]);
      }
    }
    // Two roles for one name would need JsonlReader's order of checks; Jackson reads those.
    usable = distinct;
  }

  /**
   * Reads the object in {@code b[from, to)} into {@code fields}; false, with {@code fields} partly
   * filled, when the line must be parsed by Jackson instead.
   */
  boolean scan(byte[] b, int from, int to, JsonlReader.Fields fields) {
    if (!usable) {
      return false;
    }
    int p = space(b, from, to);
    if (p == to || b[p] != '{') {
      return false;
    }
    p = space(b, p + 1, to);
    if (p < to && b[p] == '}') {
      return space(b, p + 1, to) == to;
    }
    while (p < to && b[p] == '"') {
      int nameEnd = nameEnd(b, p + 1, to);
      if (nameEnd < 0) {
        return false;
      }
      int field = field(b, p + 1, nameEnd);
      p = space(b, nameEnd + 1, to);
      if (p == to || b[p] != ':') {
        return false;
      }
      p = space(b, p + 1, to);
      p = p == to ? -1 : value(b, p, to, field, fields);
      if (p < 0) {
        return false;
      }
      p = space(b, p, to);
      if (p < to && b[p] == '}') {
        return space(b, p + 1, to) == to;
      }
      if (p == to || b[p] != ',') {
        return false;
      }
      p = space(b, p + 1, to);
    }
    return false;
  }

  /** Where the value at {@code b[p]} ends, having read it into {@code fields}; -1: Jackson's. */
  private int value(byte[] b, int p, int to, int field, JsonlReader.Fields fields) {
    byte c = b[p];
    if (c == '"') {
      int end = strings.read(b, p + 1, to, field != OTHER);
      return end < 0 || !take(field, strings.value(), fields) ? -1 : end;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      int end = number(b, p, to);
      if (end < 0 || field == TEXT || field == DATE) {
        return -1;
      }
      if (field == ID) {
        if (fields.sawId) {
          return -1;
        }
        fields.sawId = true;
        fields.id = new String(b, p, end - p, StandardCharsets.ISO_8859_1);
      }
      return end;
    }
    int end = literal(b, p, to);
    if (end < 0 || field == TEXT || (field == ID && (c != 'n' || fields.sawId))) {
      return -1;
    }
    if (field == ID) {
      fields.sawId = true;
      fields.id = null;
    } else if (field == DATE) {
      fields.time = Article.NO_TIME;
    }
    return end;
  }

  /** Stores a string value as JsonlReader does; false when Jackson must read the line. */
  private static boolean take(int field, String s, JsonlReader.Fields fields) {
    switch (field) {
      case ID -> {
        if (fields.sawId) {
          return false;
        }
        fields.sawId = true;
        fields.id = s;
      }
      case TEXT -> {
        if (fields.sawText) {
          return false;
        }
        fields.sawText = true;
        fields.text = s;
      }
      case DATE -> fields.time = PublicationTime.parse(s);
      case URL -> fields.url = s;
      case HTML -> {
        return false; // a web page: extracted by the general path
      }
      default -> {
        // skipped
      }
    }
    return true;
  }

  /** Where a JSON number at {@code b[p]} ends, or -1 when it is not one (or a long one). */
  private static int number(byte[] b, int p, int to) {
    int i = b[p] == '-' ? p + 1 : p;
    if (i < to && b[i] == '0') {
      i++;
    } else {
      int digits = digits(b, i, to);
      if (digits == i) {
        return -1;
      }
      i = digits;
    }
    if (i < to && b[i] == '.') {
      int digits = digits(b, i + 1, to);
      if (digits == i + 1) {
        return -1;
      }
      i = digits;
    }
    if (i < to && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      if (i < to && (b[i] == '+' || b[i] == '-')) {
        i++;
      }
      int digits = digits(b, i, to);
      if (digits == i) {
        return -1;
      }
      i = digits;
    }
    return i - p > MAX_NUMBER_BYTES ? -1 : i;
  }

  private static int digits(byte[] b, int p, int to) {
    while (p < to && b[p] >= '0' && b[p] <= '9') {
      p++;
    }
    return p;
  }

  /** Where {@code true}, {@code false} or {@code null} at {@code b[p]} ends, or -1. */
  private static int literal(byte[] b, int p, int to) {
    for (String word : new String[] {"true", "false", "null"}) {
      int end = p + word.length();
      if (end <= to && b[p] == word.charAt(0)) {
        for (int i = 1; i < word.length(); i++) {
          if (b[p + i] != word.charAt(i)) {
            return -1;
          }
        }
        return end;
      }
    }
    return -1;
  }

  /** The end (closing quote) of a field name starting at {@code b[p]}, or -1 for Jackson's. */
  private static int nameEnd(byte[] b, int p, int to) {
    int limit = Math.min(to, p + MAX_NAME_BYTES);
    for (int i = p; i < limit; i++) {
      int c = b[i] & 0xFF;
      if (c == '"') {
        return i;
      }
      if (c == '\\' || c < 0x20) {
        return -1;
      }
    }
    return -1;
  }

  private int field(byte[] b, int from, int to) {
    for (int f = 1; f < names.length; f++) {
      byte[] name = names[f];
      if (name != null && java.util.Arrays.equals(b, from, to, name, 0, name.length)) {
        return f;
      }
    }
    return OTHER;
  }

  /** The first position at or after {@code p} that is not JSON whitespace. */
  private static int space(byte[] b, int p, int to) {
    while (p < to && (b[p] == ' ' || b[p] == '\t' || b[p] == '\r' || b[p] == '\n')) {
      p++;
    }
    return p;
  }
}
