package dev.kansen.examples.integration.schoolregister;

import java.util.Map;

/**
 * One data row of a register file: the values of the columns the import knows, trimmed.
 *
 * @param line the line the row starts on, counted from 1 (the header is line 1)
 * @param fieldCount how many fields the row has
 * @param values the trimmed values by column; a column the file lacks is absent
 * @param header the file's header, shared by all its rows
 */
public record RegisterRow(long line, int fieldCount, Map<DuoColumn, String> values, RegisterHeader header) {
  /** Copies the map. */
  public RegisterRow {
    values = Map.copyOf(values);
  }

  /**
   * @param column a column
   * @return the trimmed value, or the empty string when the file lacks the column
   */
  public String get(DuoColumn column) {
    return values.getOrDefault(column, "");
  }
}
