package dev.kansen.cli;

import dev.kansen.validation.CommandCode;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The bytes of one file argument; {@code -} stands for standard input, named {@code <stdin>}.
 *
 * @param name the name to report the file by
 * @param bytes its content
 */
record Input(String name, byte[] bytes) {
  /** The argument that reads standard input. */
  static final String STDIN = "-";

  /**
   * Reads a file argument.
   *
   * @param argument a path, or {@code -} for standard input
   * @param stdin standard input
   * @return the input
   * @throws UnreadableInput when the file cannot be read, with the reason
   */
  static Input read(String argument, InputStream stdin) {
    if (argument.equals(STDIN)) {
      try {
        return new Input("<stdin>", stdin.readAllBytes());
      } catch (IOException e) {
        throw new UnreadableInput("<stdin>", "standard input cannot be read: " + e.getMessage(), e);
      }
    }
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      throw new UnreadableInput(argument, "is not a valid path: " + e.getReason(), e);
    }
    if (Files.isDirectory(path)) {
      throw new UnreadableInput(argument, "is a directory; give a programme JSON file", null);
    }
    try {
      return new Input(argument, Files.readAllBytes(path));
    } catch (NoSuchFileException e) {
      throw new UnreadableInput(argument, "no such file; check the path", e);
    } catch (AccessDeniedException e) {
      throw new UnreadableInput(argument, "permission denied; the file must be readable", e);
    } catch (IOException e) {
      throw new UnreadableInput(argument, "cannot be read: " + e, e);
    }
  }

  /** A file argument that cannot be read at all. */
  static final class UnreadableInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String name;

    UnreadableInput(String name, String reason, Throwable cause) {
      super(reason, cause);
      this.name = name;
    }

    /** @return the file's name as given */
    String name() {
      return name;
    }

    /** @return the reason as a finding */
    Finding finding() {
      return new Finding(Violation.of(CommandCode.FILE_NOT_READABLE, JsonPointer.root(), getMessage()),
          java.util.Optional.empty());
    }
  }
}
