package dev.neardup.spark;

import dev.neardup.core.Fingerprinter;
import dev.neardup.core.Fingerprinter.Shingled;
import dev.neardup.io.ArticleReader;
import dev.neardup.io.InputProblem;
import dev.neardup.spark.InputFiles.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.util.SerializableConfiguration;
import scala.Tuple2;

/**
 * The first stage, run on the executors: reads input files with neardup's own reader (so formats,
 * ids, problems and gzip handling are the CLI's) and shingles each article at once, keeping its
 * shingles and not its text, as the CLI's batch does.
 */
final class ArticleFiles {
  private ArticleFiles() {}

  /**
   * An article as read and shingled.
   *
   * @param position where it was read: file order in the top 24 bits, record number in the file
   *     below, so that of two records with one id the first read wins, as in the CLI
   * @param source the file it came from, as problems name it
   * @param line its line in the file (JSON Lines), else 0
   * @param shingled its shingles, figures and time
   */
  record Read(long position, String source, long line, Shingled shingled) implements Serializable {}

  /**
   * A problem met while reading, with its place in the reading order.
   *
   * @param position as {@link Read#position()} of the record it concerns (or the file's start)
   * @param problem the rendered problem, as the CLI prints it after {@code neardup: }
   * @param error whether it lost input (exit code 3)
   */
  record Problem(long position, String problem, boolean error) implements Serializable {
    static Problem of(long position, InputProblem p) {
      String kind = p.severity() == InputProblem.Severity.ERROR ? "error: " : "warning: ";
      return new Problem(position, kind + p.render(), p.severity() == InputProblem.Severity.ERROR);
    }
  }

  static final int RECORD_BITS = 40;

  /**
   * Reads and shingles the files of one partition: each read record as (id, {@link Read}), each
   * problem as (null, {@link Problem}).
   */
  static Iterator<Tuple2<String, Object>> read(
      Iterator<InputFile> files, JobOptions options, SerializableConfiguration conf)
      throws IOException {
    Fingerprinter fingerprinter = Fingerprinter.of(options.settings());
    List<Tuple2<String, Object>> out = new ArrayList<>();
    while (files.hasNext()) {
      InputFile file = files.next();
      long base = (long) file.order() << RECORD_BITS;
      long[] next = {0};
      ArticleReader reader =
          new ArticleReader(
              options.inputOptions(),
              InputStream::nullInputStream,
              p -> out.add(new Tuple2<>(null, Problem.of(base + next[0], p))));
      Path path = new Path(file.path());
      InputStream in;
      try {
        in = path.getFileSystem(conf.value()).open(path);
      } catch (IOException e) {
        out.add(
            new Tuple2<>(
                null,
                Problem.of(
                    base,
                    new InputProblem(
                        InputProblem.Severity.ERROR,
                        file.source(),
                        0,
                        String.valueOf(e.getMessage())))));
        continue;
      }
      reader.readFile(
          in,
          file.name(),
          file.source(),
          file.id(),
          file.size(),
          record -> {
            Shingled shingled = fingerprinter.shingle(record.article());
            out.add(
                new Tuple2<>(
                    record.article().id(),
                    new Read(base + next[0]++, record.source(), record.line(), shingled)));
          });
    }
    return out.iterator();
  }
}
