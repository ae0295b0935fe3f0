package dev.kansen.cli;

import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.CommandCode;
import dev.kansen.validation.ReadCode;
import dev.kansen.validation.JsonPointer;
import dev.kansen.cli.text.Texts;
import dev.kansen.validation.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The bytes of one file argument; {@code -} stands for standard input, named {@code <stdin>}.
 * Reading stops one byte after {@link #MAX_BYTES}: a larger input is refused without being read
 * into memory, whatever it is (a huge or sparse file, {@code /dev/zero}, an endless pipe).
 *
 * @param name the name to report the file by
 * @param bytes its content
 */
record Input(String name, byte[] bytes) {
  /** The argument that reads standard input. */
  static final String STDIN = "-";

  /** The name standard input is reported by. */
  static final String STDIN_NAME = "<stdin>";

  /** The name an empty file argument is reported by, so that it shows. */
  static final String EMPTY_NAME = "\"\"";

  /** The longest document the command reads: kansen-json's default document limit, 16 MiB. */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  /** What the help of every command that reads files says about them, after what FILE is. */
  static final String FILE_HELP = " A document (in a .jsonl file, a line) longer than 16 MiB is refused unread. A named pipe (FIFO) is read"
      + " until its writer closes it; while it has no writer, kansen waits for one, as cat does.";

  private static final String DETAIL = "detail";

  /**
   * Reads a file argument whole.
   *
   * @param argument a path, or {@code -} for standard input
   * @param stdin standard input
   * @return the input
   * @throws UnreadableInput when the file cannot be read or is longer than {@link #MAX_BYTES}
   */
  static Input read(String argument, InputStream stdin) {
    String name = name(argument);
    try (InputStream in = open(argument, stdin)) {
      // A regular file's size is known before reading: a larger one (even a sparse one of
      // gigabytes) is refused at once. Devices and pipes are refused after MAX_BYTES + 1 bytes.
      if (!argument.equals(STDIN) && Files.isRegularFile(Path.of(argument)) && Files.size(Path.of(argument)) > MAX_BYTES) {
        throw tooLarge(name);
      }
      return new Input(name, bounded(in, name));
    } catch (IOException e) {
      throw failure(argument, e);
    }
  }

  /**
   * Opens a file argument for reading as a stream, for inputs read piece by piece (JSON Lines).
   * Close the stream when done; closing standard input's leaves standard input open.
   *
   * @param argument a path, or {@code -} for standard input
   * @param stdin standard input
   * @return the stream
   * @throws UnreadableInput when the file cannot be opened, saying why
   */
  static InputStream openStream(String argument, InputStream stdin) {
    try {
      return open(argument, stdin);
    } catch (IOException e) {
      throw failure(argument, e);
    }
  }

  /**
   * Refuses standard input given more than once: after the first {@code -} it is at its end, and the
   * next would read as an empty document.
   *
   * @param arguments the file arguments
   * @param texts the language of the failure's message
   * @throws CommandFailure when {@code -} is given more than once
   */
  static void readStandardInputOnce(java.util.List<String> arguments, Texts texts) {
    if (arguments.stream().filter(STDIN::equals).count() > 1) {
      throw new CommandFailure(texts.get("error.stdinOnce"), null);
    }
  }

  /** @return whether the argument names a JSON Lines file: its name ends in {@code .jsonl} */
  static boolean isJsonLines(String argument) {
    return argument.toLowerCase(Locale.ROOT).endsWith(".jsonl");
  }

  /** @return the name a file argument is reported by */
  static String name(String argument) {
    return argument.equals(STDIN) ? STDIN_NAME : argument.isEmpty() ? EMPTY_NAME : argument;
  }

  private static InputStream open(String argument, InputStream stdin) throws IOException {
    if (argument.equals(STDIN)) {
      return new java.io.FilterInputStream(stdin) {
        @Override
        public void close() {
          // standard input belongs to the process
        }
      };
    }
    if (argument.isEmpty()) {
      // Path.of("") is the working directory: an unset variable ("$FILE") would read as "a directory".
      throw new UnreadableInput(EMPTY_NAME, CodeMessage.variant(CommandCode.FILE_NOT_READABLE, "emptyName"), null);
    }
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      if (PathConverter.unmappable(e)) {
        throw new UnreadableInput(argument, CodeMessage.variant(CommandCode.FILE_NOT_READABLE, "charset",
            "encoding", PathConverter.fileNameCharset()), e);
      }
      throw new UnreadableInput(argument, notReadable("invalidPath", e.getReason()), e);
    }
    if (Files.isDirectory(path)) {
      throw new UnreadableInput(argument, CodeMessage.variant(CommandCode.FILE_NOT_READABLE, "directory"), null);
    }
    return Files.newInputStream(path);
  }

  /**
   * Reads a stream up to its end, but never more than {@link #MAX_BYTES} + 1 bytes.
   *
   * @throws UnreadableInput when the stream holds more than {@link #MAX_BYTES}
   */
  private static byte[] bounded(InputStream in, String name) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, MAX_BYTES + 1 - total))) > 0) {
      total += n;
      if (total > MAX_BYTES) {
        throw tooLarge(name);
      }
      bytes.write(buffer, 0, n);
    }
    return bytes.toByteArray();
  }

  /** @return the failure for an input longer than {@link #MAX_BYTES} */
  static UnreadableInput tooLarge(String name) {
    return new UnreadableInput(name, CodeMessage.variant(ReadCode.INPUT_TOO_LARGE, "file", "max", MAX_BYTES), null);
  }

  private static UnreadableInput failure(String argument, IOException e) {
    String name = name(argument);
    if (argument.equals(STDIN)) {
      return new UnreadableInput(name, notReadable("stdin", String.valueOf(e.getMessage())), e);
    }
    if (e instanceof NoSuchFileException) {
      return new UnreadableInput(name, CodeMessage.variant(CommandCode.FILE_NOT_READABLE, "noSuchFile"), e);
    }
    if (e instanceof AccessDeniedException) {
      return new UnreadableInput(name, CodeMessage.variant(CommandCode.FILE_NOT_READABLE, "permission"), e);
    }
    return new UnreadableInput(name, notReadable("failed", OutputFile.reason(e)), e);
  }

  /**
   * @param variant why, the variant of {@code FILE_NOT_READABLE}'s message, such as {@code failed}
   * @param detail what the system says, such as its own reason, quoted as it is
   * @return the message of a file that cannot be read
   */
  static CodeMessage notReadable(String variant, String detail) {
    return CodeMessage.variant(CommandCode.FILE_NOT_READABLE, variant, DETAIL, detail);
  }

  /** A file argument that cannot be read at all. */
  static final class UnreadableInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final transient CodeMessage message;

    /**
     * @param name the file's name as given
     * @param message why, as the values of the message bundle's pattern
     * @param cause the exception behind it, or {@code null}
     */
    UnreadableInput(String name, CodeMessage message, Throwable cause) {
      super(message.english(), cause);
      this.name = name;
      this.message = message;
    }

    /** @return the file's name as given */
    String name() {
      return name;
    }

    /**
     * @return the reason as a finding about the whole file, its message English; its variant and
     *     arguments let {@link #message} say it in another language
     */
    Violation finding() {
      return message.at(JsonPointer.root());
    }
  }

  /**
   * @param violation a finding
   * @param texts the language
   * @return its message in that language, from the catalogue's message bundle ({@link Violation#localizedMessage})
   */
  static String message(Violation violation, Texts texts) {
    return violation.localizedMessage(texts.locale());
  }
}
