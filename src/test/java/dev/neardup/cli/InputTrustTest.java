package dev.neardup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tool trusts from its inputs, through the real entry point: issue 16, points 3, 4 and 7.
 */
class InputTrustTest {
  @TempDir Path dir;

  @Test
  void aSymlinkInsideAnInputDirectoryIsNotFollowedUnlessAsked() throws Exception {
    Path secret =
        Files.writeString(dir.resolve("secret.txt"), "The planted secret that must not leak out.");
    Path tree = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        tree.resolve("a.txt"), "An ordinary article about the harbour and its ships.");
    Files.createSymbolicLink(tree.resolve("leak.txt"), secret);

    CliRun r = CliRun.run("dedup", tree.toString());
    assertEquals(0, r.code(), r.err());
    assertFalse(r.out().contains("planted secret"), r.out());
    assertTrue(r.err().contains("leak.txt: symbolic link, not followed"), r.err());

    CliRun followed = CliRun.run("dedup", "--follow-symlinks", tree.toString());
    assertTrue(followed.out().contains("planted secret"), followed.out());
  }

  @Test
  void closedStdinIsBadUsageAndNeverTheJvmsOwnFiles() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                "bash",
                "-c",
                "exec \"$0\" -cp \"$1\" dev.neardup.cli.Main cluster <&-",
                java,
                System.getProperty("java.class.path"))
            .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(ExitCodes.USAGE, p.exitValue(), err);
    assertEquals("neardup: " + StandardInput.CLOSED, err.strip());
  }

  @Test
  void badSideInputsAreOneLineNamingTheFileWithExit3() throws Exception {
    Path binary = Files.write(dir.resolve("gold.bin"), new byte[] {'{', 0, 1, 2, '}', '\n'});
    Path invalid =
        Files.write(
            dir.resolve("gold.jsonl"),
            new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'});
    Path folder = Files.createDirectories(dir.resolve("golddir"));
    for (Path bad : List.of(binary, invalid, folder, dir.resolve("missing.jsonl"))) {
      for (String[] args :
          List.of(
              new String[] {"eval", "--gold", bad.toString(), "samples"},
              new String[] {"tune", "--gold", bad.toString(), "samples"},
              new String[] {"cluster", "--signatures", bad.toString()})) {
        CliRun r = CliRun.run(args);
        assertEquals(ExitCodes.INPUT_ERRORS, r.code(), String.join(" ", args) + ": " + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("neardup: " + bad), r.err());
        assertFalse(r.err().contains("Input length"), r.err());
      }
    }
  }
}
