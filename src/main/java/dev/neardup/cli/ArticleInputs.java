package dev.neardup.cli;

import dev.neardup.core.Article;
import dev.neardup.io.ArticleReader;
import dev.neardup.io.InputProblem;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the articles a command was given, reporting each problem as one line on stderr, and
 * remembers whether any input was unreadable (exit code 3).
 */
final class ArticleInputs {
  private final InputOptions options;
  private final NeardupCommand root;
  private final PrintWriter err;
  private boolean unreadable;

  ArticleInputs(InputOptions options, NeardupCommand root, PrintWriter err) {
    this.options = options;
    this.root = root;
    this.err = err;
  }

  /** Every readable article, ids unique (a repeated id keeps its first article, with a warning). */
  List<Article> readAll() {
    List<Article> articles = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    reader().read(options.inputsOrStdin(), record -> {
      Article a = record.article();
      if (ids.add(a.id())) {
        articles.add(a);
      } else {
        report(new InputProblem(InputProblem.Severity.WARNING, record.source(), record.line(),
            "duplicate id " + a.id() + ", this copy skipped"));
      }
    });
    return articles;
  }

  ArticleReader reader() {
    dev.neardup.io.InputOptions io = new dev.neardup.io.InputOptions(options.format, options.idField,
        options.textField, options.glob, (long) options.maxArticleMib << 20);
    return new ArticleReader(io, root::stdin, this::report);
  }

  private void report(InputProblem problem) {
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

  void note(String message) {
    if (!options.quiet) {
      err.println("neardup: " + message);
    }
  }
}
