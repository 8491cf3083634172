package dev.neardup.io;

import dev.neardup.io.InputProblem.Severity;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Walks a directory input of {@link ArticleReader}: recursively, entries in each directory in name
 * order, hidden entries (names starting with {@code .}) skipped and the glob applied, so the same
 * tree always yields the same files in the same order. Symbolic links are skipped with a warning
 * unless followed; a link back up the tree is reported, not followed forever; FIFOs and devices are
 * skipped. Problems are reported, never thrown. Not thread-safe.
 */
final class DirectoryWalk {
  /** Reads one regular file met on the walk. */
  @FunctionalInterface
  interface FileReader {
    /**
     * @param source how problems name the file
     * @param id its path relative to the walked directory, {@code /}-separated
     */
    void read(Path file, String source, String id, BasicFileAttributes attributes);
  }

  private final PathMatcher glob;
  private final boolean followSymlinks;
  private final Consumer<InputProblem> problems;
  private final FileReader files;

  /**
   * @param glob the files to read, matched against the relative path or the file name; null for all
   */
  DirectoryWalk(
      PathMatcher glob, boolean followSymlinks, Consumer<InputProblem> problems, FileReader files) {
    this.glob = glob;
    this.followSymlinks = followSymlinks;
    this.problems = problems;
    this.files = files;
  }

  /** Reads every file below {@code root} that the walk accepts. */
  void walk(Path root) {
    walk(root, root, new HashSet<>());
  }

  /**
   * Reads {@code dir} below {@code root}. {@code ancestors} holds the real paths of the directories
   * being walked, so a symbolic link back up the tree is reported, not followed forever.
   */
  private void walk(Path root, Path dir, Set<Path> ancestors) {
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException e) {
      error(dir.toString(), InputText.reason(e));
      return;
    }
    if (!ancestors.add(real)) {
      warning(dir.toString(), "directory loop through a symbolic link, skipped");
      return;
    }
    try {
      for (Path entry : sortedEntries(dir)) {
        if (!entry.getFileName().toString().startsWith(".")) {
          readEntry(root, entry, ancestors);
        }
      }
    } catch (IOException e) {
      error(dir.toString(), InputText.reason(e));
    } finally {
      ancestors.remove(real);
    }
  }

  /**
   * The entries of {@code dir} in name order: the listing order is arbitrary, output must not be.
   */
  private static List<Path> sortedEntries(Path dir) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path entry : stream) {
        entries.add(entry);
      }
    } catch (DirectoryIteratorException e) {
      throw e.getCause();
    }
    entries.sort(Comparator.comparing(entry -> entry.getFileName().toString()));
    return entries;
  }

  private void readEntry(Path root, Path entry, Set<Path> ancestors) {
    Path relative = root.relativize(entry);
    BasicFileAttributes attributes;
    try {
      attributes =
          followSymlinks
              ? Files.readAttributes(entry, BasicFileAttributes.class)
              : Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      // Typically a dangling symbolic link; worth an error only if the glob wanted the file.
      if (globAccepts(relative)) {
        error(entry.toString(), InputText.reason(e));
      }
      return;
    }
    if (attributes.isSymbolicLink()) {
      warning(
          entry.toString(),
          "symbolic link, not followed (--follow-symlinks follows links in directories)");
    } else if (attributes.isDirectory()) {
      walk(root, entry, ancestors);
    } else if (!globAccepts(relative)) {
      return;
    } else if (attributes.isRegularFile()) {
      files.read(entry, entry.toString(), id(relative), attributes);
    } else {
      // Reading a FIFO or device met while walking could block forever or never end.
      warning(entry.toString(), "not a regular file, skipped");
    }
  }

  private boolean globAccepts(Path relative) {
    return glob == null || glob.matches(relative) || glob.matches(relative.getFileName());
  }

  /** The relative path with {@code /} separators, whatever the platform. */
  private static String id(Path relative) {
    StringBuilder id = new StringBuilder();
    for (Path part : relative) {
      if (id.length() > 0) {
        id.append('/');
      }
      id.append(part);
    }
    return id.toString();
  }

  private void error(String source, String message) {
    problems.accept(new InputProblem(Severity.ERROR, source, 0, message));
  }

  private void warning(String source, String message) {
    problems.accept(new InputProblem(Severity.WARNING, source, 0, message));
  }
}
