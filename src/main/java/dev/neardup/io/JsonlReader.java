package dev.neardup.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.neardup.core.text.Article;
import dev.neardup.io.InputProblem.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Streams JSON Lines: one object per line, each becoming one {@link InputRecord}. Memory is bounded
 * by the longest accepted line (the article limit), so inputs of any length and endless streams
 * work; each record reaches the sink as soon as its line ends.
 *
 * <p>Lines are split on LF bytes before decoding, so one bad line (malformed UTF-8, broken JSON,
 * over the limit) costs only that line. Not thread-safe; one instance serves one {@link
 * ArticleReader}.
 */
final class JsonlReader {
  /**
   * Streaming parser rather than a tree: number ids keep their literal text, and the fields we do
   * not need are skipped instead of materialised. Jackson caps strings at 20 M chars by default;
   * our own byte limit per line already bounds them, so that cap is lifted.
   */
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
          .build();

  /** Read size; also the initial line buffer, which grows only for longer lines. */
  private static final int CHUNK_BYTES = 64 * 1024;

  private final String idField;
  private final String textField;
  private final String dateField;
  private final String htmlField;
  private final HtmlPages html;
  private final long maxLineBytes;
  private final boolean deliverEmpty;
  private final Consumer<InputProblem> problems;
  private final FlatRecordScanner flat;

  /** Address of the page in a record with an HTML field, when the record names it. */
  static final String URL_FIELD = "url";

  JsonlReader(InputOptions options, HtmlPages html, Consumer<InputProblem> problems) {
    this(options, html, problems, true);
  }

  /**
   * @param scanFlat whether flat records are read by {@link FlatRecordScanner} (false: every line
   *     by Jackson, for tests that compare the two)
   */
  JsonlReader(
      InputOptions options, HtmlPages html, Consumer<InputProblem> problems, boolean scanFlat) {
    this.idField = options.idField();
    this.textField = options.textField();
    this.dateField = options.dateField();
    this.htmlField = options.htmlField();
    this.html = html;
    this.maxLineBytes = options.maxArticleBytes();
    this.deliverEmpty = options.deliverEmpty();
    this.problems = problems;
    this.flat = scanFlat ? new FlatRecordScanner(idField, textField, dateField, htmlField) : null;
  }

  /**
   * Reads {@code in} to its end, delivering records to {@code sink} and line problems to the
   * problem callback. Does not close {@code in}.
   *
   * @throws IOException when reading {@code in} fails; records before the failure were delivered
   */
  void read(InputStream in, String source, Consumer<InputRecord> sink) throws IOException {
    byte[] chunk = new byte[CHUNK_BYTES];
    LineBuffer line = new LineBuffer((int) Math.min(maxLineBytes, InputText.MAX_ARRAY_BYTES));
    long number = 0;
    int n;
    while ((n = in.read(chunk)) != -1) {
      int start = 0;
      for (int i = LineEnds.next(chunk, 0, n); i >= 0; i = LineEnds.next(chunk, start, n)) {
        if (line.isEmpty() && i - start <= line.limit) {
          // A line whole in the chunk is read where it lies, not copied first.
          finishLine(chunk, start, i, 0, source, ++number, sink);
        } else {
          line.append(chunk, start, i - start);
          finishLine(line.bytes(), 0, line.length(), line.overflow(), source, ++number, sink);
          line.clear();
        }
        start = i + 1;
      }
      line.append(chunk, start, n - start);
    }
    if (!line.isEmpty()) {
      // The last line need not end with a newline.
      finishLine(line.bytes(), 0, line.length(), line.overflow(), source, ++number, sink);
    }
  }

  /** Reads the line {@code bytes[from, to)}, or reports its {@code overflow} past the limit. */
  private void finishLine(
      byte[] bytes,
      int from,
      int to,
      long overflow,
      String source,
      long number,
      Consumer<InputRecord> sink) {
    if (overflow > 0) {
      error(source, number, "line of " + InputText.exceedsLimit(overflow, maxLineBytes));
      return;
    }
    int end = to;
    if (end > from && bytes[end - 1] == '\r') {
      end--;
    }
    int start = number == 1 ? from + InputText.bomLength(bytes, from, end) : from;
    InputText.Decoded decoded = InputText.decode(bytes, start, end);
    if (decoded.replaced()) {
      problems.accept(new InputProblem(Severity.WARNING, source, number, "invalid UTF-8 replaced"));
    }
    if (!decoded.text().isBlank()) {
      // Well-formed lines are parsed from their bytes (Jackson's UTF-8 parser is the faster
      // one); repaired ones from the repaired text.
      parse(decoded.text(), decoded.replaced() ? null : bytes, start, end, source, number, sink);
    }
  }

  /**
   * What one line's object holds of the fields read; filled by {@link #readField} or {@link
   * FlatRecordScanner}.
   */
  static final class Fields {
    String id;
    String text;
    long time = Article.NO_TIME;
    String page;
    String url;
    boolean sawId;
    boolean sawText;
  }

  private void parse(
      String raw,
      byte[] utf8,
      int from,
      int to,
      String source,
      long number,
      Consumer<InputRecord> sink) {
    Fields fields = new Fields();
    if (utf8 != null && flat != null && flat.scan(utf8, from, to, fields)) {
      deliver(fields, raw, source, number, sink);
      return;
    }
    fields = new Fields();
    try (JsonParser parser =
        utf8 != null ? JSON.createParser(utf8, from, to - from) : JSON.createParser(raw)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        error(source, number, "not a JSON object");
        return;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        if (!readField(parser, fields, source, number)) {
          return;
        }
      }
      // The loop ends at END_OBJECT (anything else is a parse error); require nothing after it.
      if (parser.nextToken() != null) {
        error(source, number, "not valid JSON (more than one value on the line)");
        return;
      }
    } catch (JsonProcessingException e) {
      error(source, number, "not valid JSON (" + withoutSource(e.getOriginalMessage()) + ")");
      return;
    } catch (IOException e) {
      // Parsing bytes in memory performs no I/O; kept as a line error so nothing escapes.
      error(source, number, InputText.reason(e));
      return;
    }
    deliver(fields, raw, source, number, sink);
  }

  /**
   * Reads the value of the field the parser is at into {@code fields}, or skips it; false (the
   * error reported) when the line must be refused.
   */
  private boolean readField(JsonParser parser, Fields fields, String source, long number)
      throws IOException {
    String name = parser.currentName();
    JsonToken value = parser.nextToken();
    boolean isId = name.equals(idField);
    boolean isText = name.equals(textField);
    // A repeated key is legal JSON but ambiguous; refuse rather than silently pick one.
    if ((isId && fields.sawId) || (isText && fields.sawText)) {
      error(source, number, "duplicate field \"" + name + "\"");
      return false;
    }
    if (isId) {
      fields.sawId = true;
      switch (value) {
        case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> fields.id = parser.getText();
        case VALUE_NULL -> fields.id = null;
        default -> {
          error(
              source,
              number,
              "field \"" + name + "\" is " + describe(value) + ", not a string or number");
          return false;
        }
      }
    }
    if (isText) {
      fields.sawText = true;
      if (value != JsonToken.VALUE_STRING) {
        error(source, number, "field \"" + name + "\" is " + describe(value) + ", not a string");
        return false;
      }
      fields.text = parser.getText();
    }
    if (!isId && !isText) {
      readOtherField(parser, name, value, fields);
    }
    return true;
  }

  /** A field other than the id and the text: the page, its address, the time, or one to skip. */
  private void readOtherField(JsonParser parser, String name, JsonToken value, Fields fields)
      throws IOException {
    if (name.equals(htmlField) && value == JsonToken.VALUE_STRING) {
      fields.page = parser.getText();
    } else if (name.equals(URL_FIELD) && value == JsonToken.VALUE_STRING) {
      fields.url = parser.getText();
    } else if (name.equals(dateField)) {
      // A time that cannot be read only costs the record its time: it is a hint, not data.
      fields.time =
          switch (value) {
            case VALUE_STRING -> PublicationTime.parse(parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                PublicationTime.ofEpochNumber(parser.getDoubleValue());
            default -> Article.NO_TIME;
          };
      parser.skipChildren();
    } else {
      parser.skipChildren();
    }
  }

  /** Hands the line's record to {@code sink}, or reports why it has none. */
  private void deliver(
      Fields fields, String raw, String source, long number, Consumer<InputRecord> sink) {
    // No usable id still leaves the record addressable by where it was read.
    String articleId = fields.id == null || fields.id.isEmpty() ? source + ":" + number : fields.id;
    if (fields.page != null) {
      HtmlPages.Read read = html.read(articleId, fields.page, fields.url);
      if (read.article().text().isBlank()) {
        problems.accept(
            new InputProblem(
                Severity.WARNING, source, number, "no article text found in the page, skipped"));
        return;
      }
      Article article = read.article();
      if (fields.time != Article.NO_TIME) {
        article = new Article(article.id(), article.text(), fields.time);
      }
      sink.accept(new InputRecord(article, source, number, raw, read.page()));
      return;
    }
    if (!fields.sawText) {
      error(source, number, "missing field \"" + textField + "\"");
      return;
    }
    if (fields.text.isBlank()) {
      problems.accept(
          new InputProblem(
              Severity.WARNING,
              source,
              number,
              deliverEmpty ? InputText.EMPTY_PASSED : InputText.EMPTY_SKIPPED));
      if (!deliverEmpty) {
        return;
      }
    }
    sink.accept(
        new InputRecord(new Article(articleId, fields.text, fields.time), source, number, raw));
  }

  /**
   * Jackson cites positions as {@code [Source: REDACTED ...; line: 1, column: 7]}; the line is
   * always 1 here and the file is named by the problem anyway, so keep only the column.
   */
  private static String withoutSource(String message) {
    return message.replaceAll("\\[Source: .*?; line: \\d+, column: (\\d+)\\]", "column $1");
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case VALUE_NULL -> "null";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      default -> "a " + token.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private void error(String source, long number, String message) {
    problems.accept(new InputProblem(Severity.ERROR, source, number, message));
  }

  /**
   * The bytes of the current line, up to a limit; past it the bytes are only counted, so an
   * oversized line costs no memory beyond the limit.
   */
  private static final class LineBuffer {
    final int limit;
    private byte[] bytes = new byte[0];
    private int length;
    private long overflow;

    LineBuffer(int limit) {
      this.limit = limit;
    }

    void append(byte[] source, int from, int count) {
      if (count == 0) {
        return;
      }
      if (overflow > 0) {
        overflow += count;
        return;
      }
      if ((long) length + count > limit) {
        overflow = (long) length + count;
        length = 0;
        return;
      }
      if (length + count > bytes.length) {
        int grown = (int) Math.min(limit, Math.max((long) bytes.length * 2, length + count));
        bytes = Arrays.copyOf(bytes, Math.max(grown, Math.min(limit, CHUNK_BYTES)));
      }
      System.arraycopy(source, from, bytes, length, count);
      length += count;
    }

    boolean isEmpty() {
      return length == 0 && overflow == 0;
    }

    long overflow() {
      return overflow;
    }

    byte[] bytes() {
      return bytes;
    }

    int length() {
      return length;
    }

    void clear() {
      length = 0;
      overflow = 0;
    }
  }
}
