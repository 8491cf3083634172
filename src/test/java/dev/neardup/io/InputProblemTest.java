package dev.neardup.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neardup.io.InputProblem.Severity;
import org.junit.jupiter.api.Test;

class InputProblemTest {
  @Test
  void renderShowsTheLineOnlyWhenThereIsOne() {
    assertEquals(
        "a.jsonl:17: bad", new InputProblem(Severity.ERROR, "a.jsonl", 17, "bad").render());
    assertEquals("a.txt: bad", new InputProblem(Severity.ERROR, "a.txt", 0, "bad").render());
  }

  @Test
  void renderIsAlwaysOneLineWithControlCharactersOfTheNameEscaped() {
    assertEquals(
        "odd\\nname: two lines",
        new InputProblem(Severity.WARNING, "odd\nname", 0, "two\r\nlines").render());
    assertEquals(
        "\\x1b]0;owned\\x07.txt: bad \\x1b[2J",
        new InputProblem(Severity.ERROR, "\u001b]0;owned\u0007.txt", 0, "bad \u001b[2J").render());
  }

  @Test
  void optionsRejectBadValuesNamingThem() {
    IllegalArgumentException glob =
        assertThrows(
            IllegalArgumentException.class,
            () -> new InputOptions(InputFormat.AUTO, "id", "text", "[a-", 1));
    assertTrue(glob.getMessage().startsWith("invalid glob '[a-'"), glob.getMessage());
    IllegalArgumentException size =
        assertThrows(
            IllegalArgumentException.class,
            () -> new InputOptions(InputFormat.AUTO, "id", "text", null, 0));
    assertEquals("maxArticleBytes must be positive, got 0", size.getMessage());
  }
}
