package dev.kansen.cli;

import dev.kansen.validation.Violation;

/** The text form of a finding: a violation in one file, with its position when known. */
final class Finding {
  private Finding() {}

  /**
   * The text form: {@code FILE:LINE:COL PATH SEVERITY CODE message}, without {@code :LINE:COL} when
   * the violation has no position. The document root's path is written {@code /}. Control
   * characters are not escaped here; the line is escaped where it is printed.
   *
   * @param file the file's name as given
   * @param violation the violation
   * @return one line
   */
  static String line(String file, Violation violation) {
    String path = violation.path().toString();
    return file + violation.position().map(p -> ":" + p.line() + ":" + p.column()).orElse("") + " "
        + (path.isEmpty() ? "/" : path) + " " + violation.severity() + " " + violation.code() + " "
        + violation.message();
  }
}
