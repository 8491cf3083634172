package dev.neardup.cli;

import dev.neardup.core.BatchIntake;
import dev.neardup.core.Pipeline;
import dev.neardup.core.Settings;
import dev.neardup.core.StreamingDeduplicator;
import dev.neardup.core.cluster.Cluster;
import dev.neardup.core.text.Article;
import dev.neardup.io.InputRecord;
import dev.neardup.io.OutputFile;
import dev.neardup.io.RecordWriter;
import dev.neardup.io.SettingsText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code neardup dedup}: passes records through, dropping those that duplicate one already kept.
 */
@Command(
    name = "dedup",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Filters out near-duplicates, like uniq for articles: writes every input record unchanged"
            + " (a JSON Lines record byte for byte, all fields in their order) except those that duplicate an"
            + " article already kept.",
    footer = {
      "",
      "--keep first (default) streams in one pass: per record it keeps only the MinHash signature and"
          + " shingle count, never its text, so it works on endless stdin. A record is dropped when its ESTIMATED"
          + " score (from the signatures) against an earlier record reaches --threshold, and joins that record's"
          + " story: one record per story is kept, even when a version only matches another dropped version."
          + " A record matching two stories merges the later into the earlier; the later story's kept record is"
          + " taken back (written to --dropped instead) when it is still held, see --hold. Once written, a record"
          + " stays written."
          + " --keep longest reads the whole batch, clusters it with exact scores and keeps each cluster's"
          + " fullest version.",
      "Plain-text inputs are written as JSON Lines records of --id-field and --text-field. Records that"
          + " cannot be read (bad JSON, no text field) are reported on stderr and not written (exit code 3)."
          + " Records with an empty text, or no words left after normalisation, cannot be judged: they are"
          + " written as kept and counted so in the summary. Bytes out: CRLF line ends become LF, a leading"
          + " byte-order mark is dropped and invalid UTF-8 is written as U+FFFD (with a warning); all else is"
          + " byte for byte.",
      "",
      "Examples:",
      "  cat batch.jsonl | neardup dedup > unique.jsonl",
      "  neardup dedup --dropped dropped.jsonl feed.jsonl > unique.jsonl",
      "  tail -f feed.jsonl | neardup dedup --quiet --hold 0 | consumer",
      "  neardup dedup --keep longest --threshold 0.5 scraped/ > unique.jsonl"
    })
final class DedupCommand implements Callable<Integer> {
  /** Which copy of a group of duplicates survives. */
  enum Keep {
    FIRST,
    LONGEST
  }

  @ParentCommand NeardupCommand root;
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin ArticleInputOptions input;
  @Mixin MatchingOptions matching;

  @Option(
      names = "--keep",
      paramLabel = "WHICH",
      defaultValue = "first",
      description =
          "first (streaming, estimated scores) or longest (whole batch, exact scores). Default: ${DEFAULT-VALUE}.")
  Keep keep;

  @Option(
      names = "--dropped",
      paramLabel = "FILE",
      description =
          "Write each dropped record to FILE as {\"duplicate_of\": id of its story's kept record, \"id\","
              + " \"measure\", \"score\", \"estimated\", \"matched\": id of the record the score is against (the kept"
              + " one or another dropped version of the story; for a kept record taken back, the record that linked its"
              + " story to the earlier one), \"record\": the record unchanged}.")
  Path dropped;

  @Option(
      names = "--hold",
      paramLabel = "N",
      defaultValue = "1000",
      description =
          "--keep first: hold each kept record back until N more records are decided, so that a later record"
              + " linking its story to an earlier one can still take it back (then it goes to --dropped instead). Costs"
              + " the N records held (their raw lines, a few MB at the default) and output N records late; at the end of input all are written."
              + " 0 writes each record at once and never takes one back. Default: ${DEFAULT-VALUE}.")
  int hold;

  @Override
  public Integer call() throws IOException {
    Settings settings = matching.settings();
    if (hold < 0) {
      throw new UsageException("--hold must be at least 0: " + hold);
    }
    PrintWriter out = spec.commandLine().getOut();
    root.refuseStdoutOnto(input.inputs);
    // Opened first: an unwritable --dropped fails before any record is read.
    try (OutputFile droppedFile =
        dropped == null ? null : OutputFiles.open(dropped, "--dropped", input.inputs)) {
      Writer droppedOut = droppedFile == null ? null : droppedFile.writer();
      RecordWriter writer = new RecordWriter(input.idField, input.textField);
      // {kept, dropped, kept without words: passed through unjudged}
      long[] counts = new long[3];
      ArticleInputs inputs =
          keep == Keep.FIRST
              ? keepFirst(settings, writer, out, droppedOut, counts)
              : keepLongest(settings, writer, out, droppedOut, counts);
      out.flush();
      if (droppedFile != null) {
        droppedFile.commit();
      }
      String unjudged =
          counts[2] == 0
              ? ""
              : String.format(
                  Locale.ROOT, " (%,d of them without words, passed through unjudged)", counts[2]);
      inputs.note(
          String.format(
              Locale.ROOT,
              "dedup: %,d records, %,d kept%s, %,d dropped as duplicates (%s >= %s, %s scores)",
              counts[0] + counts[1],
              counts[0],
              unjudged,
              counts[1],
              settings.measure().label(),
              SettingsText.number(settings.threshold()),
              keep == Keep.FIRST ? "estimated" : "exact"));
      return inputs.exitCode(ExitCodes.OK);
    }
  }

  /**
   * Streams, counting {kept, dropped} into {@code counts}. With several threads, articles are
   * fingerprinted in parallel a few records ahead of the decisions, which stay in input order;
   * before reading blocks for more input, every pending record is decided and the output flushed,
   * so nothing waits on a quiet pipe.
   */
  private ArticleInputs keepFirst(
      Settings settings, RecordWriter writer, PrintWriter out, Writer droppedOut, long[] counts) {
    PrintWriter err = spec.commandLine().getErr();
    try (Progress progress = Progress.start(err, "records", input.quiet);
        FirstKept stream =
            new FirstKept(
                settings, matching.threads(), hold, writer, out, droppedOut, counts, progress)) {
      ArticleInputs inputs =
          new ArticleInputs(input, () -> new FlushBeforeBlocking(root.stdin(), stream::drain), err)
              .deliveringEmpty()
              .guardingStreamHeap(
                  root.heapBytes(), StreamingDeduplicator.bytesPerArticle(settings));
      inputs.showing(progress);
      inputs.stream(stream::add);
      stream.finish();
      return inputs;
    }
  }

  /**
   * Reads the batch, clusters it exactly and keeps each cluster's representative; counts as
   * keepFirst.
   */
  private ArticleInputs keepLongest(
      Settings settings, RecordWriter writer, PrintWriter out, Writer droppedOut, long[] counts) {
    ArticleInputs inputs =
        new ArticleInputs(input, root, spec.commandLine().getErr()).deliveringEmpty();
    inputs.guardingHeap(true);
    List<InputRecord> records = new ArrayList<>();
    Pipeline pipeline = new Pipeline(matching.threads());
    Pipeline.Corpus corpus;
    // Articles are shingled while the next ones are read, and only what the output needs is kept
    // of each record: a JSON line is written back from its raw text, so its parsed text goes.
    try (Progress progress =
            Progress.start(spec.commandLine().getErr(), "records read", inputs.quiet());
        BatchIntake intake = pipeline.intake(settings)) {
      inputs.showing(progress);
      inputs.stream(
          record -> {
            // Internal ids in reading order: repeated input ids stay distinct, and ties between
            // equally long versions go to the earlier record.
            intake.add(new Article(internalId(records.size()), record.article().text()));
            records.add(RecordWriter.withoutParsedText(record));
            progress.step();
          });
      corpus = intake.finish();
    }
    Pipeline.Clustering result = pipeline.run(corpus, settings);
    counts[2] = result.emptyIds().size();
    Map<Integer, Cluster.Member> droppedMembers = new HashMap<>();
    Map<Integer, Integer> keptFor = new HashMap<>();
    for (Cluster c : result.clusters()) {
      int rep = Integer.parseInt(c.representative());
      for (Cluster.Member m : c.members().subList(1, c.size())) {
        int n = Integer.parseInt(m.id());
        droppedMembers.put(n, m);
        keptFor.put(n, rep);
      }
    }
    for (int n = 0; n < records.size(); n++) {
      Cluster.Member m = droppedMembers.get(n);
      if (m == null) {
        writer.write(records.get(n), out);
        counts[0]++;
      } else {
        counts[1]++;
        if (droppedOut != null) {
          // A cluster member's scores are against the representative, so that is the one it
          // matched.
          String kept = records.get(keptFor.get(n)).article().id();
          writer.writeDropped(
              records.get(n),
              kept,
              kept,
              settings.measure().label(),
              settings.measure().score(m.scores()),
              false,
              droppedOut);
        }
      }
    }
    return inputs;
  }

  private static String internalId(int n) {
    return String.format(Locale.ROOT, "%010d", n);
  }
}
