package dev.neardup.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON report of {@code check} and {@code check --against}: one pretty-printed object that opens
 * with the tool, the status and the exit code; each form of the check writes the rest.
 */
final class CheckReport {
  private static final JsonFactory JSON = new com.fasterxml.jackson.databind.ObjectMapper().getFactory();

  /** The fields after the common head. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private CheckReport() {}

  /**
   * Writes the report to {@code file}.
   *
   * @throws IllegalArgumentException naming the file and the reason when it cannot be written
   */
  static void write(Path file, boolean duplicates, int exitCode, Body body) {
    Map<String, Object> tool = new LinkedHashMap<>();
    tool.put("name", "neardup");
    tool.put("version", VersionProvider.version());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        JsonGenerator g = JSON.createGenerator(w).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeObjectField("tool", tool);
      g.writeStringField("status", duplicates ? "duplicates" : "clean");
      g.writeNumberField("exit_code", exitCode);
      body.write(g);
      g.writeEndObject();
      g.flush();
      w.write('\n');
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write the report " + file + ": " + OutputFiles.reason(e), e);
    }
  }
}
