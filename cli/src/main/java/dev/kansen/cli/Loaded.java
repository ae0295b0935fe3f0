package dev.kansen.cli;

import dev.kansen.json.KansenJson;
import dev.kansen.json.KansenJsonException;
import dev.kansen.model.Programme;
import dev.kansen.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import dev.kansen.cli.text.Texts;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A document of a file argument read as a programme: either the programme with the bytes it came
 * from, or the findings that say why it could not be read. A JSON file holds one document; a JSON
 * Lines file ({@code .jsonl}) one per line.
 */
sealed interface Loaded {
  /** @return the file's name as given */
  String name();

  /**
   * A programme that was read.
   *
   * @param name the file's name
   * @param bytes the document's content, for locating findings
   * @param programme the programme
   * @param line the document's line in a JSON Lines file; 0 for a whole file
   */
  record Read(String name, byte[] bytes, Programme programme, long line) implements Loaded {
    /**
     * @param violations findings with positions in this document
     * @return the findings with positions in the file
     */
    List<Violation> place(List<Violation> violations) {
      return line == 0 ? violations : new JsonLines.Line(line, bytes).place(violations);
    }
  }

  /**
   * A document that could not be read as a programme.
   *
   * @param name the file's name
   * @param findings why: one or more ERROR findings, with positions in the file where known
   * @param cause the exception behind them, for {@code --debug}
   * @param bytes the document's content when it was read but is not a programme, for a command
   *     that reports every problem of it in one run; null when there is no document
   * @param line the document's line in a JSON Lines file; 0 for a whole file
   */
  record Failed(String name, List<Violation> findings, RuntimeException cause, byte[] bytes, long line)
      implements Loaded {
    Failed(String name, List<Violation> findings, RuntimeException cause) {
      this(name, findings, cause, null, 0);
    }

    /**
     * @param violations findings with positions in this document
     * @return the findings with positions in the file
     */
    List<Violation> place(List<Violation> violations) {
      return line == 0 ? violations : new JsonLines.Line(line, bytes).place(violations);
    }
  }

  /**
   * Reads a file argument as one programme; never throws for bad input.
   *
   * @param argument a path, or {@code -} for standard input
   * @param stdin standard input
   * @param json the reader
   * @return the programme, or why it could not be read
   */
  static Loaded load(String argument, InputStream stdin, KansenJson json) {
    return load(argument, stdin, json::read);
  }

  private static Loaded load(String argument, InputStream stdin, Function<byte[], Programme> read) {
    Input input;
    try {
      input = Input.read(argument, stdin);
    } catch (Input.UnreadableInput e) {
      return new Failed(e.name(), List.of(e.finding()), e);
    }
    return parse(input, read);
  }

  /**
   * Reads every document of a file argument, one at a time: the file whole, or each line of a
   * JSON Lines file; never throws for bad input. Only one document is held at a time.
   *
   * @param argument a path, or {@code -} for standard input
   * @param lines whether to read the argument as JSON Lines
   * @param stdin standard input
   * @param json the reader
   * @param each receives each document in turn
   */
  static void forEach(String argument, boolean lines, InputStream stdin, KansenJson json, Consumer<Loaded> each) {
    forEach(argument, lines, stdin, json::read, each);
  }

  /**
   * Reads every document of a file argument, one at a time, as
   * {@link #forEach(String, boolean, InputStream, KansenJson, Consumer)} does, with a reader of the
   * caller's: {@code validate} reads and validates each document in one read.
   *
   * @param argument a path, or {@code -} for standard input
   * @param lines whether to read the argument as JSON Lines
   * @param stdin standard input
   * @param read reads one document's bytes, throwing {@link KansenJsonException} when they are
   *     not a programme
   * @param each receives each document in turn
   */
  static void forEach(String argument, boolean lines, InputStream stdin, Function<byte[], Programme> read,
      Consumer<Loaded> each) {
    if (!lines) {
      each.accept(load(argument, stdin, read));
      return;
    }
    String name = Input.name(argument);
    try (InputStream in = Input.openStream(argument, stdin)) {
      JsonLines documents = new JsonLines(in);
      for (JsonLines.Line line = documents.next(); line != null; line = documents.next()) {
        if (line.tooLong()) {
          Input.UnreadableInput tooLarge = Input.tooLarge(name + ":" + line.number());
          each.accept(new Failed(name, line.place(List.of(tooLarge.finding())), tooLarge));
          continue;
        }
        try {
          each.accept(new Read(name, line.bytes(), read.apply(line.bytes()), line.number()));
        } catch (KansenJsonException e) {
          each.accept(new Failed(name, line.place(e.violations()), e, line.bytes(), line.number()));
        }
      }
    } catch (Input.UnreadableInput e) {
      each.accept(new Failed(e.name(), List.of(e.finding()), e));
    } catch (IOException e) {
      Input.UnreadableInput failure = new Input.UnreadableInput(name, Input.notReadable("failedFurther",
          String.valueOf(e.getMessage())), e);
      each.accept(new Failed(name, List.of(failure.finding()), failure));
    }
  }

  /**
   * Reads every document of every file argument before anything is done with them.
   *
   * @param arguments paths, or {@code -} for standard input
   * @param options how to read them
   * @param stdin standard input
   * @param progress shows which file is being read
   * @param texts the language of the problems
   * @return every programme read, in order
   * @throws CommandFailure with one line per finding of every document that could not be read
   */
  static List<Read> all(List<String> arguments, ReadOptions options, InputStream stdin, Progress progress, Texts texts) {
    KansenJson json = options.json();
    List<Read> read = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    RuntimeException[] cause = {null};
    for (int i = 0; i < arguments.size(); i++) {
      int index = i;
      String argument = arguments.get(i);
      forEach(argument, options.jsonLines(argument), stdin, json, loaded -> {
        if (loaded instanceof Read document) {
          progress.step(index, document.name(), document.bytes().length);
        }
        if (loaded instanceof Failed failed) {
          failed.findings().forEach(f -> problems.add(Finding.line(failed.name(), f, Optional.empty(), texts)));
          cause[0] = cause[0] == null ? failed.cause() : cause[0];
        } else {
          read.add((Read) loaded);
        }
      });
    }
    if (!problems.isEmpty()) {
      throw new CommandFailure(problems, cause[0]);
    }
    return read;
  }

  /**
   * @param input the bytes of a file
   * @param json the reader
   * @return the programme, or why it could not be read
   */
  static Loaded parse(Input input, KansenJson json) {
    return parse(input, json::read);
  }

  private static Loaded parse(Input input, Function<byte[], Programme> read) {
    try {
      return new Read(input.name(), input.bytes(), read.apply(input.bytes()), 0);
    } catch (KansenJsonException e) {
      return new Failed(input.name(), e.violations(), e, input.bytes(), 0);
    }
  }


  /**
   * @param texts the language of the problems
   * @return the programme that was read
   * @throws CommandFailure with one line per finding when the file could not be read
   */
  default Read orFail(Texts texts) {
    if (this instanceof Failed failed) {
      throw new CommandFailure(failed.findings().stream()
          .map(f -> Finding.line(failed.name(), f, Optional.empty(), texts)).toList(), failed.cause());
    }
    return (Read) this;
  }
}
