package dev.kansen.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The streams a command works with: standard input, standard output as bytes (JSON is written
 * there as UTF-8), standard error as UTF-8 text, and whether a person is watching, in which case
 * long work reports progress on standard error.
 */
final class Terminal {
  private final InputStream in;
  private final PrintStream out;
  private final PrintWriter err;
  private final boolean interactive;

  Terminal(InputStream in, PrintStream out, PrintStream err, boolean interactive) {
    this.in = in;
    this.out = out;
    this.err = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    this.interactive = interactive;
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

  /** @return whether standard error is a terminal a person watches */
  boolean interactive() {
    return interactive;
  }

  void flush() {
    out.flush();
    err.flush();
  }
}
