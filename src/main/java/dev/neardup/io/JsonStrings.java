package dev.neardup.io;

import java.nio.charset.StandardCharsets;

/**
 * Decodes the content of JSON strings from valid UTF-8 bytes for {@link FlatRecordScanner}: runs of
 * plain ASCII are copied whole into a Latin-1 buffer, which becomes the String as it is (a char
 * buffer only once a character needs more than eight bits). Anything Jackson would refuse (a raw
 * control character, an unknown escape, a cut string) is left to Jackson.
 *
 * <p>Not thread-safe: its buffers are reused from string to string.
 */
final class JsonStrings {
  /** Buffers grown past this by one long text are dropped after it, not kept for every line. */
  private static final int KEEP_BUFFER_CHARS = 1 << 20;

  /** Bytes that end a run of plain string content: quote, backslash, controls, non-ASCII. */
  private static final boolean[] SPECIAL = specialBytes();

  private byte[] latin = new byte[256];
  private char[] wide = new char[256];

  /** The value of the last string read with {@code keep}. */
  private String value;

  /** The last string {@link #read} with {@code keep}. */
  String value() {
    return value;
  }

  /**
   * Where the string whose content starts at {@code b[p]} ends (after its closing quote), its value
   * in {@link #value()} when {@code keep}; -1 when Jackson must read it.
   */
  int read(byte[] b, int p, int to, boolean keep) {
    int n = 0;
    boolean latin1 = true;
    while (true) {
      int start = p;
      while (p < to && !SPECIAL[b[p] & 0xFF]) {
        p++;
      }
      if (p == to) {
        return -1;
      }
      if (keep) {
        n = latin1 ? appendLatin(b, start, p, n) : appendWide(b, start, p, n);
      }
      int c = b[p] & 0xFF;
      int ch;
      if (c == '"') {
        if (keep) {
          value =
              latin1
                  ? new String(latin, 0, n, StandardCharsets.ISO_8859_1)
                  : new String(wide, 0, n);
          release();
        }
        return p + 1;
      } else if (c == '\\') {
        if (p + 1 == to) {
          return -1;
        }
        ch = escaped(b, p + 1, to);
        if (ch < 0) {
          return -1;
        }
        p += b[p + 1] == 'u' ? 6 : 2;
      } else if (c >= 0x80) {
        ch = utf8(b, p, c);
        p += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      } else {
        return -1; // an unescaped control character, which Jackson refuses
      }
      if (keep) {
        if (latin1 && ch > 0xFF) {
          latin1 = false;
          n = appendWide(latin, 0, n, 0);
        }
        if (latin1) {
          latin = room(latin, n + 1);
          latin[n++] = (byte) ch;
        } else if (ch > Character.MAX_VALUE) {
          wide = room(wide, n + 2);
          wide[n++] = Character.highSurrogate(ch);
          wide[n++] = Character.lowSurrogate(ch);
        } else {
          wide = room(wide, n + 1);
          wide[n++] = (char) ch;
        }
      }
    }
  }

  private int appendLatin(byte[] b, int from, int to, int n) {
    latin = room(latin, n + to - from);
    System.arraycopy(b, from, latin, n, to - from);
    return n + to - from;
  }

  /** Appends bytes that are Latin-1 characters (plain ASCII runs, or the Latin-1 buffer). */
  private int appendWide(byte[] b, int from, int to, int n) {
    wide = room(wide, n + to - from);
    for (int i = from; i < to; i++) {
      wide[n++] = (char) (b[i] & 0xFF);
    }
    return n;
  }

  private void release() {
    if (latin.length > KEEP_BUFFER_CHARS) {
      latin = new byte[256];
    }
    if (wide.length > KEEP_BUFFER_CHARS) {
      wide = new char[256];
    }
  }

  private static byte[] room(byte[] buffer, int needed) {
    return needed <= buffer.length
        ? buffer
        : java.util.Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
  }

  private static char[] room(char[] buffer, int needed) {
    return needed <= buffer.length
        ? buffer
        : java.util.Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
  }

  /** The character of the escape after the backslash at {@code b[p - 1]}, or -1. */
  private static int escaped(byte[] b, int p, int to) {
    switch (b[p]) {
      case '"':
        return '"';
      case '\\':
        return '\\';
      case '/':
        return '/';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        if (p + 5 > to) {
          return -1;
        }
        int ch = 0;
        for (int i = p + 1; i <= p + 4; i++) {
          int digit = Character.digit(b[i], 16);
          if (digit < 0) {
            return -1;
          }
          ch = ch << 4 | digit;
        }
        return ch;
      default:
        return -1;
    }
  }

  /** The code point of the valid UTF-8 sequence led by {@code lead} at {@code b[p]}. */
  private static int utf8(byte[] b, int p, int lead) {
    if (lead >= 0xF0) {
      return (lead & 0x07) << 18
          | (b[p + 1] & 0x3F) << 12
          | (b[p + 2] & 0x3F) << 6
          | b[p + 3] & 0x3F;
    }
    if (lead >= 0xE0) {
      return (lead & 0x0F) << 12 | (b[p + 1] & 0x3F) << 6 | b[p + 2] & 0x3F;
    }
    return (lead & 0x1F) << 6 | b[p + 1] & 0x3F;
  }

  private static boolean[] specialBytes() {
    boolean[] special = new boolean[256];
    for (int c = 0; c < 256; c++) {
      special[c] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
    }
    return special;
  }
}
