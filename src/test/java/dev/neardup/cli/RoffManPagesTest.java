package dev.neardup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoffManPagesTest {
  @TempDir Path dir;

  @Test
  void everyCommandGetsARoffPageNamedAfterItsPath() throws IOException {
    RoffManPages.main(new String[] {dir.toString()});
    for (var line :
        RoffManPages.commands(Main.commandLine(new ByteArrayInputStream(new byte[0])))) {
      Path page = dir.resolve(RoffManPages.pageName(line.getCommandSpec()) + ".1");
      assertTrue(Files.exists(page), page.toString());
      assertTrue(Files.readString(page).startsWith(".TH "), page.toString());
    }
    String cluster = Files.readString(dir.resolve("neardup-cluster.1"));
    assertTrue(cluster.contains(".SH OPTIONS"), cluster);
    assertTrue(
        cluster.contains(
            "\\fB\\-o\\fR, \\fB\\-\\-output\\fR=\\fIFORMAT\\fR\ntext, jsonl, csv or html"),
        cluster);
    assertTrue(Files.exists(dir.resolve("neardup-index-add.1")));
  }

  @Test
  void textCannotStartARequestOrAnEscape() {
    assertEquals("\\&.not a request", RoffManPages.text(".not a request"));
    assertEquals("\\&'neither", RoffManPages.text("'neither"));
    assertEquals("a\\ebackslash and \\-\\-dashes", RoffManPages.text("a\\backslash and --dashes"));
    assertFalse(RoffManPages.text("x.y").startsWith("\\&"));
  }
}
