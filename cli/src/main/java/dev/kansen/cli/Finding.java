package dev.kansen.cli;

import dev.kansen.validation.Position;
import dev.kansen.validation.Violation;
import java.util.Optional;

/**
 * A violation found in one file, with where in the file it is when that is known.
 *
 * @param violation the violation
 * @param position the line and column in the file, when known
 */
record Finding(Violation violation, Optional<Position> position) {
  /**
   * The text form: {@code FILE:LINE:COL PATH SEVERITY CODE message}, without {@code :LINE:COL} when
   * the position is not known. The document root's path is written {@code /}.
   *
   * @param file the file's name as given
   * @return one line
   */
  String line(String file) {
    String path = violation.path().toString();
    return file + position.map(p -> ":" + p.line() + ":" + p.column()).orElse("") + " "
        + (path.isEmpty() ? "/" : path) + " " + violation.severity() + " " + violation.code() + " "
        + violation.message();
  }
}
