package dev.kansen.cli;

import java.util.List;

/**
 * A failure the user can act on — a file that cannot be read, an output that cannot be written —
 * reported as one line per problem, without a stack trace unless {@code --debug} is given.
 */
final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> lines;

  CommandFailure(List<String> lines, Throwable cause) {
    super(String.join(System.lineSeparator(), lines), cause);
    this.lines = List.copyOf(lines);
  }

  CommandFailure(String line, Throwable cause) {
    this(List.of(line), cause);
  }

  /** @return the lines to print, one per problem */
  List<String> lines() {
    return lines;
  }
}
