package dev.neardup.spark;

import dev.neardup.io.InputProblem;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files behind the job's inputs, listed on the driver as {@code neardup}'s reader walks a
 * directory, so that every file gets the same article id and the same place in the reading order:
 * inputs in the order given, directories recursively with entries in name order, hidden entries
 * (names starting with {@code .}) skipped, {@code --glob} applied to files found in directories; a
 * file's id is its path relative to the directory argument with {@code /} separators, or the
 * argument as given for a file argument. Only the listing happens here: the files are read by the
 * executors.
 */
final class InputFiles {
  private InputFiles() {}

  /**
   * One file to read.
   *
   * @param order its place in the reading order
   * @param path its qualified Hadoop path
   * @param name its last path component, which decides its format
   * @param source how problems name it (as the CLI names it)
   * @param id its article id when it is one article
   * @param size its length in bytes
   */
  record InputFile(int order, String path, String name, String source, String id, long size)
      implements Serializable {}

  /**
   * Lists the files of {@code inputs}; a missing or unreadable input is reported as the CLI reports
   * it and skipped.
   */
  static List<InputFile> list(
      List<String> inputs, String glob, Configuration conf, Consumer<InputProblem> problems) {
    PathMatcher matcher =
        glob == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + glob);
    List<InputFile> files = new ArrayList<>();
    for (String input : inputs) {
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus status = fs.getFileStatus(path);
        if (status.isDirectory()) {
          walk(fs, status.getPath(), trimmed(input), "", matcher, files);
        } else {
          files.add(
              new InputFile(
                  files.size(),
                  status.getPath().toString(),
                  status.getPath().getName(),
                  input,
                  input,
                  status.getLen()));
        }
      } catch (FileNotFoundException e) {
        problems.accept(
            new InputProblem(InputProblem.Severity.ERROR, input, 0, "no such file or directory"));
      } catch (IOException | IllegalArgumentException e) {
        problems.accept(
            new InputProblem(
                InputProblem.Severity.ERROR, input, 0, String.valueOf(e.getMessage())));
      }
    }
    return files;
  }

  private static void walk(
      FileSystem fs,
      Path dir,
      String source,
      String relative,
      PathMatcher glob,
      List<InputFile> files)
      throws IOException {
    FileStatus[] entries = fs.listStatus(dir);
    Arrays.sort(entries, Comparator.comparing((FileStatus s) -> s.getPath().getName()));
    for (FileStatus entry : entries) {
      String name = entry.getPath().getName();
      if (name.startsWith(".")) {
        continue;
      }
      String id = relative.isEmpty() ? name : relative + "/" + name;
      if (entry.isDirectory()) {
        walk(fs, entry.getPath(), source, id, glob, files);
      } else if (glob == null
          || glob.matches(java.nio.file.Path.of(id))
          || glob.matches(java.nio.file.Path.of(name))) {
        files.add(
            new InputFile(
                files.size(),
                entry.getPath().toString(),
                name,
                source + "/" + id,
                id,
                entry.getLen()));
      }
    }
  }

  /** The argument without trailing separators, as a directory's entries are named from it. */
  private static String trimmed(String input) {
    String out = input;
    while (out.length() > 1 && out.endsWith("/")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }
}
