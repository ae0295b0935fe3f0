package dev.kansen.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import dev.kansen.cli.text.Language;
import dev.kansen.cli.text.Texts;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The streams a command works with: standard input, standard output as bytes (JSON is written
 * there as UTF-8), standard error as UTF-8 text, and whether a person is watching, in which case
 * long work reports progress on standard error.
 *
 * <p>Standard output is watched: the first failure to write it (a full disk, a closed descriptor,
 * a reader that went away) is kept, so that the command can report it and exit 2 rather than
 * exit 0 having written nothing, or end quietly when the reader closed the pipe on purpose.
 */
final class Terminal {
  private final InputStream in;
  private final Watched watched;
  private final PrintStream out;
  private final PrintWriter err;
  private final boolean interactive;
  private final Texts texts;
  private final boolean languageGiven;

  Terminal(InputStream in, OutputStream out, PrintStream err, boolean interactive) {
    this(in, out, err, interactive, Texts.of(Language.EN), false);
  }

  /**
   * @param texts the language the command speaks
   * @param languageGiven whether {@code --lang} chose it (else the locale did)
   */
  Terminal(InputStream in, OutputStream out, PrintStream err, boolean interactive, Texts texts, boolean languageGiven) {
    this.texts = texts;
    this.languageGiven = languageGiven;
    this.in = in;
    this.watched = new Watched(out);
    this.out = new PrintStream(new BufferedOutputStream(watched, 64 * 1024), false, StandardCharsets.UTF_8);
    this.err = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    this.interactive = interactive;
  }

  /** @return the texts in the language the command speaks ({@code --lang}) */
  Texts texts() {
    return texts;
  }

  /** @return whether {@code --lang} chose the language, rather than the locale */
  boolean languageGiven() {
    return languageGiven;
  }

  InputStream in() {
    return in;
  }

  PrintStream out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  /**
   * Prints one line of text on standard output, its control characters escaped.
   *
   * @param text the line, without its line end
   */
  void printLine(String text) {
    out.print(TerminalText.escape(text));
    out.print('\n');
  }

  /** @return whether a person watches standard error on a terminal */
  boolean interactive() {
    return interactive;
  }

  /** @return whether writing standard output has failed, so that further output is lost */
  boolean outputFailed() {
    return watched.failure != null || out.checkError();
  }

  /**
   * Flushes both streams.
   *
   * @return why standard output could not be written, when it could not
   */
  Optional<OutputFailure> flush() {
    out.flush();
    err.flush();
    if (watched.failure != null) {
      return Optional.of(new OutputFailure(watched.failure.getMessage(), brokenPipe(watched.failure)));
    }
    // An output stream given by a caller may itself swallow failures, as PrintStream does.
    return out.checkError() ? Optional.of(new OutputFailure(null, false)) : Optional.empty();
  }

  /**
   * Why standard output could not be written.
   *
   * @param reason the system's reason, when known
   * @param closedByReader whether the reading end of a pipe was closed: the reader wanted no more
   */
  record OutputFailure(String reason, boolean closedByReader) {}

  private static boolean brokenPipe(IOException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return message.contains("broken pipe") || message.contains("pipe is being closed")
        || message.contains("pipe has been ended");
  }

  /** Passes bytes on, keeps the first failure, and writes nothing more once one happened. */
  private static final class Watched extends FilterOutputStream {
    private IOException failure;

    Watched(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (failure != null) {
        throw failure;
      }
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      if (failure != null) {
        throw failure;
      }
      try {
        out.flush();
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }
  }
}
