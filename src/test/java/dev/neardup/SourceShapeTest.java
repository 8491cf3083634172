package dev.neardup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The size limits the team keeps (issue 12): no main source file over {@value #MAX_FILE_LINES}
 * lines, no method or constructor over {@value #MAX_METHOD_LINES}, counted on the
 * google-java-format'd text that the build checks. A class that grows past them has taken on a
 * second job; this test names it the day it happens, not at the next review.
 */
class SourceShapeTest {
  static final int MAX_FILE_LINES = 400;
  static final int MAX_METHOD_LINES = 60;

  private static final Set<String> NOT_METHODS =
      Set.of("if", "for", "while", "switch", "catch", "try", "synchronized", "new", "record");

  @Test
  void noMainSourceFileOrMethodIsOverTheLimits() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        problems.addAll(problems(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    assertTrue(problems.isEmpty(), "over the size limits:\n  " + String.join("\n  ", problems));
  }

  @Test
  void findsALongMethodButNotLongLambdasControlBlocksOrStrings() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < MAX_METHOD_LINES; i++) {
      body.append("    x += \"}\"; // }\n");
    }
    String source =
        "final class A {\n"
            + "  int longOne() throws Exception {\n"
            + "    if (true) {\n"
            + body
            + "    }\n"
            + "  }\n"
            + "  void shortOne() {\n"
            + "    run(() -> {\n"
            + "    });\n"
            + "  }\n"
            + "}\n";
    List<String> found = problems("A.java", source);
    assertEquals(List.of("A.java:2 longOne: " + (MAX_METHOD_LINES + 4) + " lines"), found);
  }

  @Test
  void findsALongFile() {
    String source = "final class A {}\n" + "\n".repeat(MAX_FILE_LINES);
    assertEquals(List.of("A.java: " + (MAX_FILE_LINES + 1) + " lines"), problems("A.java", source));
  }

  /** Each method over the limit, and the file itself when it is. */
  static List<String> problems(String name, String source) {
    List<String> out = new ArrayList<>();
    long lines = source.lines().count();
    if (lines > MAX_FILE_LINES) {
      out.add(name + ": " + lines + " lines");
    }
    String code = blankLiteralsAndComments(source);
    // For each open brace, the line its method starts on, or -1 when it opens something else.
    List<int[]> open = new ArrayList<>();
    int headerStart = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '{') {
        int start = declarationStart(code, headerStart, i);
        boolean method = methodName(code.substring(start, i).strip()) != null;
        open.add(new int[] {method ? lineOf(code, start) : -1, i});
        headerStart = i + 1;
      } else if (c == '}') {
        if (!open.isEmpty()) {
          int[] start = open.remove(open.size() - 1);
          if (start[0] >= 0) {
            int length = lineOf(code, i) - start[0] + 1;
            if (length > MAX_METHOD_LINES) {
              String header = code.substring(0, start[1]);
              out.add(name + ":" + start[0] + " " + lastName(header) + ": " + length + " lines");
            }
          }
        }
        headerStart = i + 1;
      } else if (c == ';') {
        headerStart = i + 1;
      }
    }
    return out;
  }

  /** The name a method or constructor header declares, or null when it is not one. */
  private static String methodName(String header) {
    if (!header.endsWith(")") && !header.matches("(?s).*\\)\\s*throws\\s+[\\w.,\\s<>]+")) {
      return null;
    }
    int paren = header.indexOf('(');
    if (paren < 0 || header.contains("->")) {
      return null;
    }
    String before = header.substring(0, paren).strip();
    String[] words = before.split("[\\s<>\\[\\],.]+");
    if (words.length == 0) {
      return null;
    }
    String last = words[words.length - 1];
    for (String w : words) {
      if (NOT_METHODS.contains(w) || w.equals("else")) {
        return null;
      }
    }
    return last.matches("[A-Za-z_$][\\w$]*") ? last : null;
  }

  /** Where a declaration between {@code from} and {@code to} starts, past its annotations. */
  private static int declarationStart(String code, int from, int to) {
    int i = skipSpace(code, from, to);
    while (i < to && code.charAt(i) == '@') {
      i++;
      while (i < to && (Character.isJavaIdentifierPart(code.charAt(i)) || code.charAt(i) == '.')) {
        i++;
      }
      i = skipSpace(code, i, to);
      if (i < to && code.charAt(i) == '(') {
        int depth = 0;
        do {
          depth += code.charAt(i) == '(' ? 1 : code.charAt(i) == ')' ? -1 : 0;
          i++;
        } while (i < to && depth > 0);
      }
      i = skipSpace(code, i, to);
    }
    return i;
  }

  private static int skipSpace(String code, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(code.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String lastName(String upToBrace) {
    int paren = upToBrace.lastIndexOf('(');
    String before = upToBrace.substring(0, Math.max(paren, 0)).strip();
    String[] words = before.split("[^\\w$]+");
    return words.length == 0 ? "?" : words[words.length - 1];
  }

  private static int lineOf(String code, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (code.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * The source with the insides of strings, text blocks, character literals and comments replaced
   * by spaces (newlines kept), so braces in them count for nothing and line numbers stay.
   */
  static String blankLiteralsAndComments(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int end;
      if (s.startsWith("//", i)) {
        end = s.indexOf('\n', i);
        end = end < 0 ? s.length() : end;
      } else if (s.startsWith("/*", i)) {
        end = s.indexOf("*/", i + 2);
        end = end < 0 ? s.length() : end + 2;
      } else if (s.startsWith("\"\"\"", i)) {
        end = s.indexOf("\"\"\"", i + 3);
        end = end < 0 ? s.length() : end + 3;
      } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
        char quote = s.charAt(i);
        end = i + 1;
        while (end < s.length() && s.charAt(end) != quote && s.charAt(end) != '\n') {
          end += s.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(end + 1, s.length());
      } else {
        out.append(s.charAt(i++));
        continue;
      }
      for (int k = i; k < end; k++) {
        out.append(s.charAt(k) == '\n' ? '\n' : ' ');
      }
      i = end;
    }
    return out.toString();
  }
}
