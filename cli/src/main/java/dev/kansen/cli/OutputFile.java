package dev.kansen.cli;

import dev.kansen.cli.text.Language;
import dev.kansen.cli.text.Texts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;

/**
 * Writes an output file whole or not at all: the text goes to a temporary file beside it, which
 * then replaces the target, so a failure never leaves a half-written report behind.
 */
final class OutputFile {
  /** The longest file name the common file systems allow, in bytes (ext4, XFS, APFS, NTFS: 255). */
  static final int MAX_NAME_BYTES = 255;

  private OutputFile() {}

  /**
   * @param target the file to write
   * @param text its content, written as UTF-8
   * @throws CommandFailure when the file cannot be written, saying why in English
   */
  static void write(Path target, String text) {
    write(target, text, Texts.of(Language.EN));
  }

  /**
   * Writes a file whole, or not at all, as {@link #write(Path, String)} does.
   *
   * @param target the file to write
   * @param text its content, written as UTF-8
   * @param texts the language of the failure's message
   * @throws CommandFailure when the file cannot be written, saying why
   */
  static void write(Path target, String text, Texts texts) {
    if (target.toString().isEmpty()) {
      // Path.of("") is the working directory: an unset variable ("$OUT") must not name it.
      throw new CommandFailure(Input.EMPTY_NAME + ": " + texts.get("output.emptyName"), null);
    }
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Path temporary = null;
    try {
      if (Files.isDirectory(absolute)) {
        throw new CommandFailure(target + ": " + texts.get("output.directory"), null);
      }
      if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
        // A device or a named pipe (/dev/stdout, /dev/full, a FIFO) is written into, never replaced.
        Files.writeString(absolute, text, StandardCharsets.UTF_8, StandardOpenOption.WRITE);
        return;
      }
      // Not Files.createTempFile: its files are private to their owner (rw-------), while what the
      // command writes is for others to read; a new file of our own gets the user's umask.
      temporary = directory.resolve(temporaryName(absolute.getFileName().toString()));
      Files.writeString(temporary, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      try {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (NoSuchFileException e) {
      if (Files.isDirectory(directory)) {
        // The directory is there but takes no new file, as in /proc.
        throw new CommandFailure(target + ": " + texts.get("output.noNewFile", directory), e);
      }
      throw new CommandFailure(target + ": " + texts.get("output.noDirectory", directory), e);
    } catch (AccessDeniedException e) {
      throw new CommandFailure(target + ": " + texts.get("output.permission"), e);
    } catch (IOException e) {
      throw new CommandFailure(target + ": " + texts.get("output.failed", reason(e)), e);
    } finally {
      deleteQuietly(temporary);
    }
  }

  /**
   * @param e a failure of the file system
   * @return what the system says, without the exception's class or the paths the line names
   *     already: {@code File name too long}, {@code No space left on device}
   */
  static String reason(IOException e) {
    if (e instanceof FileSystemException system && system.getReason() != null) {
      return system.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.toString();
  }

  /**
   * Refuses an output file that is one of the inputs, before anything is read: writing it would
   * replace the programme with the output.
   *
   * @param target the file to write
   * @param arguments the file arguments, paths or {@code -} for standard input
   * @param texts the language of the failure's message
   * @throws CommandFailure when the target is the same file as one of the inputs
   */
  static void refuseAnInput(Path target, List<String> arguments, Texts texts) {
    for (String argument : arguments) {
      try {
        if (!argument.equals(Input.STDIN) && Files.exists(target) && Files.isSameFile(target, Path.of(argument))) {
          throw new CommandFailure(target + ": " + texts.get("output.isInput"), null);
        }
      } catch (IOException | InvalidPathException e) {
        // an input that cannot be compared cannot be read either: reading it says why
      }
    }
  }

  /**
   * The temporary file's name: the target's name, shortened where needed so that the whole name
   * stays within {@link #MAX_NAME_BYTES}, between a dot and a random suffix.
   *
   * @param name the target's file name
   * @return a name for the temporary file beside it
   */
  static String temporaryName(String name) {
    String suffix = "." + UUID.randomUUID() + ".tmp";
    int room = MAX_NAME_BYTES - 1 - suffix.length();
    StringBuilder kept = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < name.length(); ) {
      int codePoint = name.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > room) {
        break;
      }
      kept.appendCodePoint(codePoint);
      bytes += size;
      i += Character.charCount(codePoint);
    }
    return "." + kept + suffix;
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary != null) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // the temporary file is beside the target and named after it; nothing else to do
      }
    }
  }
}
