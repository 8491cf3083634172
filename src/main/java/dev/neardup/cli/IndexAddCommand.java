package dev.neardup.cli;

import dev.neardup.core.Fingerprinter;
import dev.neardup.io.InputRecord;
import dev.neardup.store.AddResult;
import dev.neardup.store.NewArticle;
import dev.neardup.store.SqliteIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code neardup index add}: adds articles to an index, in batches, each batch one transaction. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Adds articles to the index FILE (created if missing), in batches: each batch is one"
            + " transaction, so a killed run leaves whole batches and running it again adds the rest.",
    footer = {
      "",
      "An id already in the index is skipped (--replace: replaced), never stored twice; a repeated id"
          + " within the inputs keeps its first copy. A new index takes the shingling, permutations, seed and"
          + " banding of the options; an existing one keeps its own. Two processes may add to one index at"
          + " once: their batches queue for the write lock.",
      "",
      "Examples:",
      "  neardup index add --index wire.db archive/",
      "  cat today.jsonl | neardup index add --index wire.db",
      "  neardup index add --index wire.db --replace corrected.jsonl"
    })
final class IndexAddCommand implements Callable<Integer> {
  @ParentCommand IndexCommand parent;
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin ArticleInputOptions input;
  @Mixin MatchingOptions matching;

  @Mixin IndexFileOptions store;

  @Option(
      names = "--replace",
      description = "Replace articles whose id is already indexed instead of skipping them.")
  boolean replace;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      defaultValue = "5000",
      description = "Articles per transaction. Default: ${DEFAULT-VALUE}.")
  int batchSize;

  @Override
  public Integer call() throws Exception {
    if (batchSize < 1) {
      throw new UsageException("--batch-size must be at least 1: " + batchSize);
    }
    return add();
  }

  private Integer add() {
    IndexOpening.Opened opened =
        IndexOpening.open(store.file, matching, spec, true, store.busy.seconds);
    ArticleInputs inputs = new ArticleInputs(input, parent.root, spec.commandLine().getErr());
    AddResult[] total = {AddResult.NONE};
    long[] read = new long[1];
    try (SqliteIndex index = opened.index();
        Fingerprints fingerprints =
            new Fingerprints(Fingerprinter.of(opened.settings()), matching.threads());
        Progress progress =
            Progress.start(spec.commandLine().getErr(), "articles indexed", input.quiet)) {
      inputs.showing(progress);
      List<InputRecord> batch = new ArrayList<>(Math.min(batchSize, 65536));
      Runnable flush =
          () -> {
            total[0] =
                total[0].plus(index.addBatch(sketches(batch, fingerprints, inputs), replace));
            for (int i = 0; i < batch.size(); i++) {
              progress.step();
            }
            batch.clear();
          };
      inputs.streamUnique(
          record -> {
            read[0]++;
            batch.add(record);
            if (batch.size() == batchSize) {
              flush.run();
            }
          });
      flush.run();
      AddResult r = total[0];
      long held = index.stats().articles();
      inputs.note(
          String.format(
              Locale.ROOT,
              "index add: %,d articles read: %,d added, %,d %s; %s holds %,d articles",
              read[0],
              r.added() + r.replaced(),
              replace ? r.replaced() : r.skipped(),
              replace ? "replaced an indexed article" : "already indexed (skipped)",
              store.file,
              held));
    }
    return inputs.exitCode(ExitCodes.OK);
  }

  /** The batch fingerprinted, articles without words left out with a warning. */
  static List<NewArticle> sketches(
      List<InputRecord> batch, Fingerprints fingerprints, ArticleInputs inputs) {
    List<NewArticle> out = new ArrayList<>(batch.size());
    for (Fingerprints.Printed p : fingerprints.ofRecords(batch, inputs, () -> {})) {
      out.add(
          new NewArticle(p.fingerprint().sketch(p.record().article().id()), source(p.record())));
    }
    return out;
  }

  static String source(InputRecord r) {
    return r.line() > 0 ? r.source() + ":" + r.line() : r.source();
  }
}
