package dev.neardup.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a small JSON Lines file that neardup itself consumes whole (gold labels, sketches), where
 * the first bad line stops the run with its file and line number. Articles are read by {@link
 * ArticleReader} instead, which reports bad lines and goes on.
 *
 * <p>The file is checked as articles are, with the same messages: a missing path, a directory, a
 * binary file (a NUL byte in the first 8 KiB). Invalid UTF-8 is an error here, not a repaired
 * warning: a repaired id would silently match nothing.
 */
final class JsonLinesFile {

  /** Receives each non-blank line's value and its {@code "FILE:LINE: "} prefix for messages. */
  @FunctionalInterface
  interface LineHandler {
    /**
     * @throws IllegalArgumentException when the value is not what the file should hold
     */
    void accept(String where, JsonNode node);
  }

  private JsonLinesFile() {}

  /**
   * @param what what the file holds, for messages ("gold", "signatures")
   * @throws SideInputException one line naming the file (and line) when it cannot be read, is not
   *     text, or a line is not JSON or is refused by {@code handler}
   */
  static void forEach(Path file, String what, LineHandler handler) {
    if (Files.isDirectory(file)) {
      throw new SideInputException(file + ": is a directory, not a " + what + " file");
    }
    long number = 0;
    try (InputStream raw = Files.newInputStream(file);
        BufferedInputStream in = new BufferedInputStream(raw, 2 * InputText.BINARY_PROBE_BYTES)) {
      in.mark(InputText.BINARY_PROBE_BYTES);
      byte[] head = in.readNBytes(InputText.BINARY_PROBE_BYTES);
      in.reset();
      if (InputText.looksBinary(head, head.length)) {
        throw new SideInputException(file + ": binary file, not a " + what + " file");
      }
      BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(
                  in,
                  StandardCharsets.UTF_8
                      .newDecoder()
                      .onMalformedInput(CodingErrorAction.REPORT)
                      .onUnmappableCharacter(CodingErrorAction.REPORT)));
      String line;
      while ((line = nextLine(lines, file, number + 1)) != null) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        String where = file + ":" + number + ": ";
        JsonNode node;
        try {
          node = JsonOutput.MAPPER.readTree(line);
        } catch (IOException e) {
          throw new SideInputException(where + "not valid JSON");
        }
        try {
          handler.accept(where, node);
        } catch (IllegalArgumentException e) {
          throw new SideInputException(e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new SideInputException(file + ": " + InputText.reason(e), e);
    }
  }

  private static String nextLine(BufferedReader lines, Path file, long number) throws IOException {
    try {
      return lines.readLine();
    } catch (CharacterCodingException e) {
      throw new SideInputException(file + ":" + number + ": invalid UTF-8", e);
    }
  }
}
