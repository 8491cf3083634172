package dev.neardup.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON report of {@code check} and {@code check --against}: one pretty-printed object that
 * opens with the tool, the status and the exit code; each form of the check writes the rest.
 */
public final class CheckReport {
  /** The fields after the common head. */
  @FunctionalInterface
  public interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private CheckReport() {}

  /**
   * Writes the report to {@code file} and renames it into place.
   *
   * @param version the tool's version, for the head
   * @throws OutputException naming the file when it cannot be written (nothing is left at its path
   *     then)
   */
  public static void write(
      OutputFile file, String version, boolean duplicates, int exitCode, Body body) {
    Map<String, Object> tool = new LinkedHashMap<>();
    tool.put("name", "neardup");
    tool.put("version", version);
    Writer w = file.writer();
    try (JsonGenerator g = JsonOutput.generator(w).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeObjectField("tool", tool);
      g.writeStringField("status", duplicates ? "duplicates" : "clean");
      g.writeNumberField("exit_code", exitCode);
      body.write(g);
      g.writeEndObject();
      g.flush();
      w.write('\n');
    } catch (IOException e) {
      // The writer reports its own failures as OutputException; this is the generator's.
      throw new UncheckedIOException(e);
    }
    file.commit();
  }
}
