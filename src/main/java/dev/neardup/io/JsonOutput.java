package dev.neardup.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The one Jackson configuration of every JSON neardup writes (and of the small side files it reads
 * whole, {@link JsonLinesFile}): Jackson's defaults, compact, fields in the order written. The
 * streaming article reader ({@link JsonlReader}) keeps a parser factory of its own, configured to
 * refuse what a record must not hold, and the HTML report's JSON block one that escapes what must
 * not appear inside a script element.
 *
 * <p>Thread-safe: the mapper is configured once, here, and never changed.
 */
public final class JsonOutput {
  /**
   * Maps values (maps, lists, records of scores) to JSON text; its factory makes every generator.
   */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonOutput() {}

  /**
   * A generator writing to {@code out}; closing it flushes its buffer into {@code out} but neither
   * closes nor flushes {@code out}, which the caller owns (one generator per record is cheap).
   */
  public static JsonGenerator generator(Writer out) {
    try {
      return MAPPER.getFactory().createGenerator(new NonClosingWriter(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code value} as one line of compact JSON. */
  public static String line(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot be written as JSON: " + value.getClass().getName(), e);
    }
  }
}
