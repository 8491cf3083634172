package dev.neardup.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Byte-level helpers shared by the text and JSON Lines readers: decoding, sniffing, messages. */
final class InputText {
  /** How far into an input a NUL byte marks it as binary; the same heuristic as git and grep. */
  static final int BINARY_PROBE_BYTES = 8192;

  /**
   * Largest byte array the JVM will allocate; text articles are read into one array, so the
   * configured limit is capped here rather than failing with an allocation error.
   */
  static final int MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;

  /** The warning for an article with no text, skipped. */
  static final String EMPTY_SKIPPED = "empty article, skipped";

  /** The warning for an article with no text, passed on undecided (by a filter). */
  static final String EMPTY_PASSED = "empty article, passed through unjudged";

  private InputText() {}

  /** Decoded text and whether malformed UTF-8 had to be replaced. */
  record Decoded(String text, boolean replaced) {}

  /**
   * Decodes {@code bytes[from, to)} as UTF-8, strictly if possible, else with U+FFFD for each
   * malformed sequence. A fresh decoder per call keeps this free of shared mutable state.
   */
  static Decoded decode(byte[] bytes, int from, int to) {
    // The JDK's replacing decoder is intrinsified and several times faster than a CharsetDecoder;
    // it can only have replaced something if U+FFFD is in its output, which valid news text
    // almost never has. Only then is the strict decoder asked whether the input was malformed.
    String fast = new String(bytes, from, to - from, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return new Decoded(fast, false);
    }
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return new Decoded(strict.decode(ByteBuffer.wrap(bytes, from, to - from)).toString(), false);
    } catch (CharacterCodingException e) {
      // new String(...) always replaces malformed input, which is exactly the fallback wanted.
      return new Decoded(new String(bytes, from, to - from, StandardCharsets.UTF_8), true);
    }
  }

  /** Length of a UTF-8 byte-order mark at {@code bytes[from]}, or 0. */
  static int bomLength(byte[] bytes, int from, int to) {
    return to - from >= 3
            && bytes[from] == (byte) 0xEF
            && bytes[from + 1] == (byte) 0xBB
            && bytes[from + 2] == (byte) 0xBF
        ? 3
        : 0;
  }

  /** True when a NUL byte occurs among the first {@link #BINARY_PROBE_BYTES} of the range. */
  static boolean looksBinary(byte[] bytes, int length) {
    int end = Math.min(length, BINARY_PROBE_BYTES);
    for (int i = 0; i < end; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** {@code "X exceeds the Y article limit"} with human-readable sizes. */
  static String exceedsLimit(long size, long limit) {
    return size(size) + " exceeds the " + size(limit) + " article limit";
  }

  /**
   * A size in the largest binary unit below it: {@code 512 bytes}, {@code 64 MiB}, {@code 120.5
   * MiB}.
   */
  static String size(long bytes) {
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    if (bytes < 1024) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    int unit = 0;
    long scale = 1024;
    while (unit < units.length - 1 && bytes >= scale * 1024) {
      unit++;
      scale *= 1024;
    }
    if (bytes % scale == 0) {
      return bytes / scale + " " + units[unit];
    }
    return String.format(Locale.ROOT, "%.1f %s", (double) bytes / scale, units[unit]);
  }

  /**
   * Why an I/O operation failed, in words: the JDK puts only the file name into the message of
   * {@link NoSuchFileException} and friends, and the source is printed separately anyway.
   */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    if (e.getMessage() != null && !e.getMessage().isBlank()) {
      return e.getMessage();
    }
    return "I/O error";
  }

  /** {@link #reason(IOException)} for the checked cause of an unchecked wrapper. */
  static String reason(UncheckedIOException e) {
    return reason(e.getCause());
  }
}
