package dev.kansen.examples.integration;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that readers see either the old content or the complete new content, never a
 * half-written file: the content goes to a temporary file in the same directory, which is then
 * moved over the target in one step. On failure the temporary file is deleted and the target is
 * left as it was.
 */
public final class AtomicOutput {
  private AtomicOutput() {}

  /** Writes content to a stream. */
  @FunctionalInterface
  public interface Content {
    /**
     * @param out the stream to write to; closed by the caller
     * @throws IOException when writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes content to a temporary file next to the target; {@link #commit(Path, Path)} puts it in place.
   *
   * @param target the file the content is meant for
   * @param content the content
   * @return the temporary file, complete and flushed to disk
   * @throws IOException when writing fails; the temporary file is then already deleted
   */
  public static Path prepare(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
    try {
      // A temporary file is private to its owner; the export is for others to read.
      if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null) {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
      }
      try (OutputStream out = Files.newOutputStream(temp)) {
        content.writeTo(out);
      }
      return temp;
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /**
   * Moves a prepared temporary file over its target, atomically where the file system allows.
   *
   * @param temp the file from {@link #prepare(Path, Content)}
   * @param target the target
   * @throws IOException when the move fails; the temporary file is then deleted
   */
  public static void commit(Path temp, Path target) throws IOException {
    try {
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /**
   * Discards a prepared temporary file.
   *
   * @param temp the file from {@link #prepare(Path, Content)}, or {@code null}
   */
  public static void discard(Path temp) {
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // Best effort: the file is a hidden temporary next to the target.
      }
    }
  }
}
