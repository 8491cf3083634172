package dev.neardup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.neardup.io.StrictOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failed writes, outputs that are inputs, and reports opened before the work: issue 16, points 1
 * and 2.
 */
class OutputFailuresTest {
  @TempDir Path dir;

  /** Accepts {@code room} bytes, then fails every write as {@code failure} says. */
  private static final class FailingStream extends OutputStream {
    private final String failure;
    private long room;
    long accepted;

    FailingStream(long room, String failure) {
      this.room = room;
      this.failure = failure;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len > room) {
        throw new IOException(failure);
      }
      room -= len;
      accepted += len;
    }
  }

  /** Runs with stdout wired as {@link Main#main} wires it, onto {@code stdout}. */
  private static CliRun runOnto(OutputStream stdout, String stdin, String... args) {
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(
                new OutputStreamWriter(
                    new StrictOutputStream(stdout, "stdout"), StandardCharsets.UTF_8),
                1 << 16));
    StringWriter err = new StringWriter();
    int code =
        new Main(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                out,
                new PrintWriter(err))
            .run(args);
    return new CliRun(code, "", err.toString());
  }

  @Test
  void aFullDiskOnStdoutIsOneErrorNamingStdoutExit74AndNoSuccessSummary() {
    String batch = PlantedBatch.generate(400, 20, 3).jsonl();
    for (String command : List.of("dedup", "cluster", "pairs", "sketch")) {
      FailingStream disk = new FailingStream(2_000, "No space left on device");
      List<String> args = new ArrayList<>(List.of(command));
      if (command.equals("cluster")) {
        args.addAll(List.of("--output", "jsonl", "--singletons"));
      }
      CliRun r = runOnto(disk, batch, args.toArray(String[]::new));
      assertEquals(ExitCodes.IO_ERROR, r.code(), command + ": " + r.err());
      assertEquals("neardup: stdout: No space left on device", r.err().strip(), command);
      assertTrue(r.errHasNoStackTrace(), r.err());
    }
  }

  @Test
  void aBrokenPipeStopsTheRunAtOnceSilentlyWithTheSigpipeStatus() {
    String batch = PlantedBatch.generate(3000, 0, 4).jsonl();
    FailingStream head = new FailingStream(4096, "Broken pipe");
    CliRun r = runOnto(head, batch, "dedup", "--hold", "0", "--threads", "1");
    assertEquals(ExitCodes.BROKEN_PIPE, r.code(), r.err());
    assertEquals("", r.err());
    // At once: the first failed buffer flush ends the run, nothing more is attempted.
    assertTrue(head.accepted <= 4096, "accepted " + head.accepted);
  }

  @Test
  void aDroppedFileThatCannotBeWrittenIsNamedExit74AndLeavesNoTruncatedFile() throws IOException {
    assumeTrue(Files.isWritable(Path.of("/dev/full")), "no /dev/full here");
    String batch = PlantedBatch.generate(300, 60, 5).jsonl();
    CliRun r = CliRun.withStdin(batch, "dedup", "--dropped", "/dev/full");
    assertEquals(ExitCodes.IO_ERROR, r.code(), r.err());
    assertTrue(r.err().startsWith("neardup: /dev/full: No space left on device"), r.err());
    assertFalse(r.err().contains("records,"), "no success summary: " + r.err());
  }

  @Test
  void aFailedRunLeavesTheOldDroppedFileAndNoTemporaryFile() throws IOException {
    Path dropped = Files.writeString(dir.resolve("dropped.jsonl"), "old\n");
    String batch = PlantedBatch.generate(300, 60, 5).jsonl();
    CliRun r =
        runOnto(
            new FailingStream(100, "No space left on device"),
            batch,
            "dedup",
            "--dropped",
            dropped.toString());
    assertEquals(ExitCodes.IO_ERROR, r.code(), r.err());
    assertEquals("old\n", Files.readString(dropped));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(dropped), files.toList(), "the temporary file is deleted");
    }
  }

  @Test
  void theReportIsRenamedIntoPlaceWhole() throws IOException {
    Path input =
        Files.writeString(dir.resolve("batch.jsonl"), PlantedBatch.generate(50, 3, 6).jsonl());
    Path report = Files.writeString(dir.resolve("report.json"), "old");
    CliRun r = CliRun.run("check", "--report", report.toString(), input.toString());
    assertEquals(ExitCodes.DUPLICATES_FOUND, r.code(), r.err());
    assertTrue(
        Files.readString(report).startsWith("{") && Files.readString(report).endsWith("}\n"));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary file left");
    }
  }

  @Test
  void anUnwritableReportFailsBeforeTheCheckRuns() {
    CliRun r = CliRun.run("check", "--report", dir.resolve("missing/r.json").toString(), "samples");
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertTrue(r.err().startsWith("neardup: --report: cannot write"), r.err());
    assertFalse(r.err().contains("FAIL"), "the check did not run: " + r.err());
  }

  @Test
  void anOutputThatIsAnInputIsRefusedBeforeAnyWorkAndTheInputSurvives() throws IOException {
    String batch = PlantedBatch.generate(100, 10, 7).jsonl();
    Path input = Files.writeString(dir.resolve("in.jsonl"), batch);
    Path link = dir.resolve("link.jsonl");
    Files.createSymbolicLink(link, input);
    for (String[] args :
        List.of(
            new String[] {"dedup", "--dropped", input.toString(), input.toString()},
            new String[] {"dedup", "--dropped", link.toString(), input.toString()},
            new String[] {"check", "--report", input.toString(), input.toString()})) {
      CliRun r = CliRun.run(args);
      assertEquals(ExitCodes.USAGE, r.code(), r.err());
      assertTrue(r.err().contains("is also an input"), r.err());
      assertEquals(batch, Files.readString(input));
    }
  }

  @Test
  void standardOutputRedirectedOntoAnInputIsRefused() throws Exception {
    Path input =
        Files.writeString(dir.resolve("in.jsonl"), PlantedBatch.generate(20, 0, 8).jsonl());
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.neardup.cli.Main",
                "cluster",
                input.toString())
            .redirectOutput(ProcessBuilder.Redirect.appendTo(input.toFile()))
            .redirectErrorStream(false)
            .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(ExitCodes.USAGE, p.exitValue(), err);
    assertTrue(err.contains("standard output " + "/proc/self/fd/1 is also an input"), err);
  }
}
