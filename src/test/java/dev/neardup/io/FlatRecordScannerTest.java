package dev.neardup.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neardup.core.text.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The flat-record fast path reads every line exactly as Jackson does: the same records, the same
 * problems with the same messages, in the same order; and it reads the common shapes itself.
 */
class FlatRecordScannerTest {
  private static final InputOptions OPTIONS =
      new InputOptions(InputFormat.JSONL, "id", "text", null, 1 << 20, "date");

  private static final String[] LINES = {
    "{\"id\":\"a1\",\"text\":\"Plain words.\"}",
    "  {\"id\" : 7 , \"text\" :\"Spaced\\tout\\n\\\"quoted\\\" \\\\ \\/ \\b\\f\\r\"}  ",
    "{\"id\":-1.5e+3,\"text\":\"number id\"}",
    "{\"id\":null,\"text\":\"null id\"}",
    "{\"text\":\"no id\",\"date\":\"2019-05-31T17:45:53-04:00\"}",
    "{\"id\":\"d\",\"text\":\"date later\",\"date\":\"2019-05-31\",\"date\":null}",
    "{\"id\":\"e\",\"text\":\"numeric date\",\"date\":1559339153}",
    "{\"id\":\"f\",\"text\":\"caf\\u00e9 na\u00efve \u20ac \ud83d\ude00 \\ud83d\\ude00 \\u20AC\"}",
    "{\"id\":\"g\",\"text\":\"\u00e9 only latin-1 \u00ff\",\"n\":0,\"t\":true,\"f\":false,\"z\":null}",
    "{\"id\":\"h\",\"text\":\"nested\",\"meta\":{\"a\":[1,2]}}",
    "{\"id\":\"i\",\"text\":\"   \"}",
    "{\"id\":\"j\"}",
    "{}",
    "[]",
    "\"text\"",
    "{\"id\":\"k\",\"text\":\"a\"} {\"id\":\"l\"}",
    "{\"id\":\"m\",\"text\":\"a\",}",
    "{\"id\":\"n\",\"id\":\"n2\",\"text\":\"dup\"}",
    "{\"id\":\"o\",\"text\":\"x\",\"text\":\"y\"}",
    "{\"id\":true,\"text\":\"bool id\"}",
    "{\"id\":\"p\",\"text\":5}",
    "{\"id\":\"q\",\"text\":\"bad \\x escape\"}",
    "{\"id\":\"r\",\"text\":\"raw \u0001 control\"}",
    "{\"id\":\"s\",\"text\":\"cut",
    "{\"id\":01,\"text\":\"leading zero\"}",
    "{\"id\":\"t\",\"te\\u0078t\":\"escaped name\"}",
    "{\"id\":\"u\",\"text\":\"page field\",\"html\":\"<p>Hello there, a page.</p>\",\"url\":\"x\"}",
    "{\"id\":\"v\",\"text\":\"html not a string\",\"html\":3,\"url\":4}",
    "{\"id\":\"w\",\"text\":\"trailing\"}x",
    "{\"id\":\"\",\"text\":\"empty id\"}",
    "{\"id\":\"y\",\"text\":\"nul\\u0000char\",\"extra\":\"\\uZZZZ\"}",
    "{\"id\":\"z\",\"text\":\"tru\",\"k\":tru}",
    "\ufeff{\"id\":\"bom\",\"text\":\"not line one\"}",
    "",
    "   ",
  };

  private record Read(List<InputRecord> records, List<InputProblem> problems) {}

  private static Read read(String jsonl, boolean scanFlat) {
    List<InputRecord> records = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    try {
      new JsonlReader(OPTIONS, new HtmlPages(), problems::add, scanFlat)
          .read(new ByteArrayInputStream(jsonl.getBytes(UTF_8)), "t.jsonl", records::add);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return new Read(records, problems);
  }

  @Test
  void readsEveryListedLineAsJacksonDoes() {
    String jsonl = String.join("\n", LINES) + "\n";
    Read jackson = read(jsonl, false);
    Read scanned = read(jsonl, true);
    assertEquals(jackson.records(), scanned.records());
    assertEquals(jackson.problems(), scanned.problems());
    // The list holds good records and refused ones, so the comparison means something.
    assertTrue(jackson.records().size() >= 10, jackson.records().toString());
    assertTrue(jackson.problems().size() >= 10, jackson.problems().toString());
  }

  @Test
  void readsDamagedVariantsOfTheLinesAsJacksonDoes() {
    SplittableRandom random = new SplittableRandom(17);
    String palette = "{}[]\":,\\ u0019.-+eEtrfalsn\t\r\u00e9\u20ac\ud83d\ude00\u0001x";
    for (int round = 0; round < 400; round++) {
      StringBuilder jsonl = new StringBuilder();
      for (int line = 0; line < 10; line++) {
        StringBuilder s = new StringBuilder(LINES[random.nextInt(LINES.length)]);
        for (int edits = random.nextInt(4); edits > 0 && s.length() > 0; edits--) {
          int at = random.nextInt(s.length());
          int op = random.nextInt(3);
          if (op == 0) {
            s.deleteCharAt(at);
          } else {
            char c = palette.charAt(random.nextInt(palette.length()));
            if (Character.isSurrogate(c)) {
              continue;
            }
            if (op == 1) {
              s.insert(at, c);
            } else {
              s.setCharAt(at, c);
            }
          }
        }
        jsonl.append(s).append('\n');
      }
      Read jackson = read(jsonl.toString(), false);
      Read scanned = read(jsonl.toString(), true);
      assertEquals(jackson.records(), scanned.records(), jsonl.toString());
      assertEquals(jackson.problems(), scanned.problems(), jsonl.toString());
    }
  }

  @Test
  void readsFlatRecordsItselfAndLeavesTheRestToJackson() {
    FlatRecordScanner scanner = new FlatRecordScanner("id", "text", "date", "html");
    JsonlReader.Fields fields = new JsonlReader.Fields();
    byte[] flat =
        "{\"id\":12,\"text\":\"caf\\u00e9 \u20ac\\n\",\"date\":\"2019-05-31\",\"x\":[]}"
            .getBytes(UTF_8);
    assertFalse(scanner.scan(flat, 0, flat.length, fields), "a nested value is Jackson's");
    byte[] line =
        "{\"id\":12,\"text\":\"caf\\u00e9 \u20ac\\n\",\"date\":\"2019-05-31\",\"x\":null}"
            .getBytes(UTF_8);
    fields = new JsonlReader.Fields();
    assertTrue(scanner.scan(line, 0, line.length, fields));
    assertEquals("12", fields.id);
    assertEquals("caf\u00e9 \u20ac\n", fields.text);
    assertNotEquals(Article.NO_TIME, fields.time);
  }

  @Test
  void leavesEveryLineToJacksonWhenTwoFieldsShareAName() {
    FlatRecordScanner scanner = new FlatRecordScanner("id", "text", "text", "html");
    byte[] line = "{\"id\":\"a\",\"text\":\"b\"}".getBytes(UTF_8);
    assertFalse(scanner.scan(line, 0, line.length, new JsonlReader.Fields()));
  }
}
