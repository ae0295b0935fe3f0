package dev.kansen.validation;

/**
 * A position in a source text, counted from 1, such as where a JSON read failed.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record Position(long line, long column) {
  /**
   * Checks the position.
   *
   * @throws IllegalArgumentException when line or column is below 1
   */
  public Position {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("Position line and column count from 1, but were " + line + ":" + column);
    }
  }

  /** @return e.g. {@code 12:5} */
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
