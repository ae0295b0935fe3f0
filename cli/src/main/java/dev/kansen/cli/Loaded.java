package dev.kansen.cli;

import dev.kansen.json.KansenJson;
import dev.kansen.json.KansenJsonException;
import dev.kansen.model.Programme;
import java.io.InputStream;
import java.util.List;

/**
 * A file argument read as a programme: either the programme with the bytes it came from, or the
 * findings that say why it could not be read.
 */
sealed interface Loaded {
  /** @return the file's name as given */
  String name();

  /**
   * A programme that was read.
   *
   * @param name the file's name
   * @param bytes the file's content, for locating findings
   * @param programme the programme
   */
  record Read(String name, byte[] bytes, Programme programme) implements Loaded {}

  /**
   * A file that could not be read as a programme.
   *
   * @param name the file's name
   * @param findings why: one or more ERROR findings
   * @param cause the exception behind them, for {@code --debug}
   */
  record Failed(String name, List<Finding> findings, RuntimeException cause) implements Loaded {}

  /**
   * Reads a file argument as a programme; never throws for bad input.
   *
   * @param argument a path, or {@code -} for standard input
   * @param stdin standard input
   * @param json the reader
   * @return the programme, or why it could not be read
   */
  static Loaded load(String argument, InputStream stdin, KansenJson json) {
    Input input;
    try {
      input = Input.read(argument, stdin);
    } catch (Input.UnreadableInput e) {
      return new Failed(e.name(), List.of(e.finding()), e);
    }
    return parse(input, json);
  }

  /**
   * @param input the bytes of a file
   * @param json the reader
   * @return the programme, or why it could not be read
   */
  static Loaded parse(Input input, KansenJson json) {
    try {
      return new Read(input.name(), input.bytes(), json.read(input.bytes()));
    } catch (KansenJsonException e) {
      return new Failed(input.name(), findings(e), e);
    }
  }

  /**
   * @param e why a file could not be read as a programme
   * @return its violations as findings, each at its position
   */
  static List<Finding> findings(KansenJsonException e) {
    return e.violations().stream().map(v -> new Finding(v, v.position())).toList();
  }

  /**
   * @return the programme that was read
   * @throws CommandFailure with one line per finding when the file could not be read
   */
  default Read orFail() {
    if (this instanceof Failed failed) {
      throw new CommandFailure(failed.findings().stream().map(f -> f.line(failed.name())).toList(), failed.cause());
    }
    return (Read) this;
  }
}
