package dev.neardup.io;

/**
 * Makes untrusted text (article ids, file names, messages quoting them) safe to print on a
 * terminal: control characters, which could retitle a window, clear the screen or split a line, are
 * shown escaped ({@code \n}, {@code \r}, {@code \t}, else {@code \xHH} or {@code \u0085});
 * everything else is unchanged. Used for text output and stderr only; JSON and CSV keep values
 * whole (JSON escapes them itself).
 */
public final class TerminalText {
  /**
   * Widest id column of text output; longer ids are cut with an ellipsis there (not in JSON or
   * CSV).
   */
  public static final int MAX_COLUMN = 60;

  private TerminalText() {}

  /**
   * {@code text} with every control character (C0, DEL, C1, line and paragraph separators) escaped.
   */
  public static String escape(String text) {
    return escape(text, false);
  }

  /**
   * {@link #escape(String)} keeping line feeds and tabs, for article text shown as text (it may
   * span lines) rather than a name.
   */
  public static String escapeText(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean keepLines) {
    int i = 0;
    while (i < text.length() && !mustEscape(text.charAt(i), keepLines)) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder safe = new StringBuilder(text.length() + 8).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!mustEscape(c, keepLines)) {
        safe.append(c);
      } else if (c == '\n') {
        safe.append("\\n");
      } else if (c == '\r') {
        safe.append("\\r");
      } else if (c == '\t') {
        safe.append("\\t");
      } else if (c < 0x100) {
        safe.append(String.format("\\x%02x", (int) c));
      } else {
        safe.append(String.format("\\u%04x", (int) c));
      }
    }
    return safe.toString();
  }

  /**
   * {@link #escape(String)} of {@code id}, cut to at most {@link #MAX_COLUMN} characters with a
   * trailing ellipsis, so one huge id cannot widen every line of a table.
   */
  public static String cell(String id) {
    String safe = escape(id);
    if (safe.length() <= MAX_COLUMN) {
      return safe;
    }
    int end = MAX_COLUMN - 1;
    if (Character.isLowSurrogate(safe.charAt(end))
        && Character.isHighSurrogate(safe.charAt(end - 1))) {
      end--;
    }
    return safe.substring(0, end) + "…";
  }

  /** {@code cell} padded with spaces to {@code width} characters. */
  public static String padded(String cell, int width) {
    return cell.length() >= width ? cell : cell + " ".repeat(width - cell.length());
  }

  private static boolean mustEscape(char c, boolean keepLines) {
    return isControl(c) && !(keepLines && (c == '\n' || c == '\t'));
  }

  /** Whether printing {@code c} raw could change the terminal's state or split a line. */
  static boolean isControl(char c) {
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029';
  }
}
