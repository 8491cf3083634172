package dev.neardup.cli;

import dev.neardup.core.text.Article;
import dev.neardup.io.ArticleReader;
import dev.neardup.io.InputProblem;
import dev.neardup.io.InputRecord;
import dev.neardup.io.TerminalText;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads the articles a command was given, reporting each problem as one line on stderr, and
 * remembers whether any input was unreadable (exit code 3).
 */
final class ArticleInputs {
  /**
   * Largest --max-article-mib: a text article is read into one array, which holds at most 2 GiB.
   */
  static final int MAX_ARTICLE_MIB = 2047;

  private final ArticleInputOptions options;
  private final Supplier<InputStream> stdin;
  private final PrintWriter err;
  private boolean unreadable;
  private boolean deliverEmpty;
  private Progress progress;
  private long heapBytes = Runtime.getRuntime().maxMemory();
  private HeapGuard heapGuard;

  /**
   * @throws UsageException when standard output is redirected onto one of the inputs
   */
  ArticleInputs(ArticleInputOptions options, NeardupCommand root, PrintWriter err) {
    this(options, root::stdin, err);
    root.refuseStdoutOnto(options.inputs);
    heapBytes = root.heapBytes();
  }

  /** Reads standard input from {@code stdin} instead of the root command's. */
  ArticleInputs(ArticleInputOptions options, Supplier<InputStream> stdin, PrintWriter err) {
    this.options = options;
    this.stdin = stdin;
    this.err = err;
  }

  /**
   * Stops the reading, with the heap the batch needs ({@link HeapTooSmallException}), once the
   * articles read so far will not fit: for a command that holds the whole batch in memory.
   *
   * @param textsHeld whether the command keeps every text until the end
   */
  ArticleInputs guardingHeap(boolean textsHeld) {
    heapGuard = new HeapGuard(heapBytes, textsHeld, HeapGuard.inputBytes(options.inputsOrStdin()));
    return this;
  }

  /**
   * {@link #guardingHeap} for a keep-first stream, which keeps {@code perArticle} bytes per article
   * and none of its text, in a heap of at most {@code available} bytes.
   */
  ArticleInputs guardingStreamHeap(long available, long perArticle) {
    heapGuard =
        new HeapGuard(available, false, HeapGuard.inputBytes(options.inputsOrStdin()), perArticle);
    return this;
  }

  /** Every readable article, ids unique (a repeated id keeps its first article, with a warning). */
  List<Article> readAll() {
    List<Article> articles = new ArrayList<>();
    readEach(articles::add);
    return articles;
  }

  /** {@link #readAll()} handing each article to {@code sink} as it is read. */
  void readEach(Consumer<Article> sink) {
    readEachRecord(record -> sink.accept(record.article()));
  }

  /** {@link #readEach} handing over each record, with where it came from. */
  void readEachRecord(Consumer<InputRecord> sink) {
    try (Progress shown = Progress.start(err, "articles read", options.quiet)) {
      showing(shown);
      streamUnique(
          record -> {
            shown.step();
            if (heapGuard != null) {
              heapGuard.add(record);
            }
            sink.accept(record);
          });
      if (heapGuard != null) {
        heapGuard.check();
      }
    } finally {
      showing(null);
    }
  }

  /**
   * Streams every readable record to {@code sink} in reading order, skipping (with a warning) a
   * record whose id was seen before, so that ids are unique downstream.
   */
  void streamUnique(Consumer<InputRecord> sink) {
    streamUnique(options.inputsOrStdin(), sink);
  }

  /**
   * {@link #streamUnique(Consumer)} over {@code paths} instead of the command's inputs, read with
   * the same options (format, fields, glob).
   */
  void streamUnique(List<String> paths, Consumer<InputRecord> sink) {
    Set<String> ids = new HashSet<>();
    reader()
        .read(
            paths,
            record -> {
              if (ids.add(record.article().id())) {
                sink.accept(record);
              } else {
                report(
                    new InputProblem(
                        InputProblem.Severity.WARNING,
                        record.source(),
                        record.line(),
                        "duplicate id " + record.article().id() + ", this copy skipped"));
              }
            });
  }

  ArticleReader reader() {
    if (options.maxArticleMib < 1 || options.maxArticleMib > MAX_ARTICLE_MIB) {
      throw new UsageException(
          "--max-article-mib must be in [1, " + MAX_ARTICLE_MIB + "]: " + options.maxArticleMib);
    }
    dev.neardup.io.InputOptions io;
    try {
      io =
          new dev.neardup.io.InputOptions(
              options.format,
              options.idField,
              options.textField,
              options.glob,
              (long) options.maxArticleMib << 20,
              options.dateField,
              options.htmlField,
              options.followSymlinks,
              false);
      if (deliverEmpty) {
        io = io.withEmptyDelivered();
      }
    } catch (IllegalArgumentException e) {
      throw UsageException.of(e);
    }
    return new ArticleReader(io, stdin, this::report);
  }

  /**
   * Streams every readable record to {@code sink} in reading order, as soon as it is read; ids may
   * repeat. Problems are reported as by {@link #readAll()}.
   */
  void stream(Consumer<InputRecord> sink) {
    reader()
        .read(
            options.inputsOrStdin(),
            heapGuard == null
                ? sink
                : record -> {
                  heapGuard.add(record);
                  sink.accept(record);
                });
    if (heapGuard != null) {
      heapGuard.check();
    }
  }

  /**
   * Delivers articles with blank text too (with a warning) instead of skipping them: for a filter,
   * which must pass on every record it cannot judge.
   */
  ArticleInputs deliveringEmpty() {
    deliverEmpty = true;
    return this;
  }

  /** Reports a problem a command found in a record, as reading problems are reported. */
  void problem(InputProblem problem) {
    report(problem);
  }

  /** The progress line on stderr, if any, to erase before printing a message. */
  void showing(Progress shown) {
    progress = shown;
  }

  boolean quiet() {
    return options.quiet;
  }

  private void report(InputProblem problem) {
    if (progress != null) {
      progress.clear();
    }
    if (problem.severity() == InputProblem.Severity.ERROR) {
      unreadable = true;
      err.println("neardup: error: " + problem.render());
    } else if (!options.quiet) {
      err.println("neardup: warning: " + problem.render());
    }
  }

  /** {@link ExitCodes#INPUT_ERRORS} when some input could not be read, else {@code success}. */
  int exitCode(int success) {
    return unreadable ? ExitCodes.INPUT_ERRORS : success;
  }

  /** The warning every command gives for an article with nothing left to compare. */
  void noteEmpty(String id) {
    note("warning: " + id + ": no words left after normalisation, skipped");
  }

  void note(String message) {
    if (!options.quiet) {
      if (progress != null) {
        progress.clear();
      }
      err.println("neardup: " + TerminalText.escape(message));
    }
  }
}
