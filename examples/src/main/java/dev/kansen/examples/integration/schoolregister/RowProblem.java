package dev.kansen.examples.integration.schoolregister;

/**
 * A register row the import skipped, and why.
 *
 * @param line the line in the file where the row starts, counted from 1 (the header is line 1)
 * @param code a stable UPPER_SNAKE_CASE code, such as {@code MALFORMED_BRIN}
 * @param message a plain-English message naming the column and the value
 */
public record RowProblem(long line, String code, String message) {
  /** @return e.g. {@code line 7: MALFORMED_BRIN: ...} */
  @Override
  public String toString() {
    return "line " + line + ": " + code + ": " + message;
  }
}
