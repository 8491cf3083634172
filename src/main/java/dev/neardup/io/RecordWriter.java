package dev.neardup.io;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.neardup.core.text.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes input records back out for filters such as {@code dedup}: a JSON Lines record exactly as
 * it was read ({@link InputRecord#rawLine()}: every field, in its order and spelling), a web page
 * (HTML file, WARC record) as {@code neardup extract} writes it ({@code {"id", "url" (when known),
 * "title", "text"}}), a plain-text article as a new JSON Lines record of its id and text under the
 * configured field names.
 */
public final class RecordWriter {

  private final String idField;
  private final String textField;

  /**
   * @param idField field name for the id of a text article
   * @param textField field name for the text of a text article
   */
  public RecordWriter(String idField, String textField) {
    this.idField = idField;
    this.textField = textField;
  }

  /** Writes {@code record} as one line. */
  public void write(InputRecord record, Writer out) {
    try {
      out.write(record.rawLine() != null ? record.rawLine() : textRecord(record));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a dropped record as one line {@code {"duplicate_of":…,"id":…,"measure":…,"score":…,
   * "estimated":…,"matched":…,"record":…}}, the record being the input record unchanged.
   *
   * @param duplicateOf id of the kept article of the story the record belongs to
   * @param matched id of the article the score is against: {@code duplicateOf}, or another
   *     (dropped) version of that story the record matched instead, or for a kept record taken back
   *     by a merge of stories the record that bridged them
   * @param score the pair's score under {@code measure}
   * @param estimated whether the score is estimated from signatures rather than exact
   */
  public void writeDropped(
      InputRecord record,
      String duplicateOf,
      String matched,
      String measure,
      double score,
      boolean estimated,
      Writer out) {
    try {
      try (JsonGenerator g = JsonOutput.generator(out)) {
        g.writeStartObject();
        g.writeStringField("duplicate_of", duplicateOf);
        g.writeStringField("id", record.article().id());
        g.writeStringField("measure", measure);
        g.writeNumberField("score", PairWriter.round(score));
        g.writeBooleanField("estimated", estimated);
        g.writeStringField("matched", matched);
        g.writeFieldName("record");
        g.writeRawValue(record.rawLine() != null ? record.rawLine() : textRecord(record));
        g.writeEndObject();
      }
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String textRecord(InputRecord record) throws IOException {
    java.io.StringWriter text = new java.io.StringWriter();
    if (record.page() != null) {
      ArticleWriter.writeJson(record, text);
      return text.toString();
    }
    try (JsonGenerator g = JsonOutput.generator(text)) {
      g.writeStartObject();
      g.writeStringField(idField, record.article().id());
      g.writeStringField(textField, record.article().text());
      g.writeEndObject();
    }
    return text.toString();
  }

  /**
   * {@code record} with only what {@link #write} needs of it: a JSON line is written back from its
   * raw text, so a record held until it is written need not keep the parsed text too.
   */
  public static InputRecord withoutParsedText(InputRecord record) {
    return record.rawLine() == null
        ? record
        : new InputRecord(
            new Article(record.article().id(), ""),
            record.source(),
            record.line(),
            record.rawLine());
  }
}
