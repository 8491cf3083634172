package dev.neardup.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file the tool was told to write (a report, the dropped records), written so that a failure
 * never leaves a truncated file: the text goes to a hidden temporary file in the same directory,
 * which {@link #commit()} syncs and renames over the target in one step. Until then the target is
 * untouched; {@link #close()} without a commit deletes the temporary file.
 *
 * <p>The rename replaces the path named: an existing file there is replaced (the user named it),
 * and a symbolic link there is replaced by the new file rather than written through. A target that
 * exists but is not a regular file (a device such as {@code /dev/stdout}, a FIFO) is written
 * directly, as there is nothing to rename over.
 *
 * <p>Every write failure is an {@link OutputException} naming the target. Not thread-safe.
 */
public final class OutputFile implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private final FileChannel channel;
  private final Writer writer;
  private boolean done;

  private OutputFile(Path target, Path temp, FileChannel channel) {
    this.target = target;
    this.temp = temp;
    this.channel = channel;
    this.writer =
        new BufferedWriter(
            new OutputStreamWriter(
                new StrictOutputStream(Channels.newOutputStream(channel), target.toString()),
                StandardCharsets.UTF_8),
            1 << 16);
  }

  /**
   * Opens {@code target} for writing UTF-8 text, creating the temporary file now, so an unwritable
   * directory fails before any work is done.
   *
   * @throws IOException when the target is a directory or its directory cannot be written
   */
  public static OutputFile open(Path target) throws IOException {
    if (Files.isDirectory(target)) {
      throw new FileAlreadyExistsException(target.toString(), null, "is a directory");
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      return new OutputFile(target, null, FileChannel.open(target, StandardOpenOption.WRITE));
    }
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    // Hidden, so that a directory walk over the same folder (the inputs) never reads it.
    Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
    try {
      if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
        // createTempFile makes the file private (0600); a report is an ordinary file.
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
      }
      return new OutputFile(target, temp, FileChannel.open(temp, StandardOpenOption.WRITE));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /** Where the text goes until {@link #commit()}; every failure is an {@link OutputException}. */
  public Writer writer() {
    return writer;
  }

  /**
   * Flushes, syncs and renames the text into place.
   *
   * @throws OutputException naming the target when any of that fails (the target is then untouched)
   */
  public void commit() {
    if (done) {
      throw new IllegalStateException(target + " already committed or closed");
    }
    try {
      writer.flush();
      if (temp != null) {
        channel.force(true);
      }
      done = true;
      writer.close();
      if (temp != null) {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      discard();
      throw new OutputException(target.toString(), e);
    } catch (RuntimeException e) {
      discard();
      throw e;
    }
  }

  /** Without a {@link #commit()}, deletes the temporary file: the target stays as it was. */
  @Override
  public void close() {
    if (!done) {
      discard();
    }
  }

  private void discard() {
    done = true;
    try {
      channel.close();
    } catch (IOException e) {
      // Nothing of it is kept anyway.
    }
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // A leftover hidden temporary file is harmless and named like its target.
      }
    }
  }
}
