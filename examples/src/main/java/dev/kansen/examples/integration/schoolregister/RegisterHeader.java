package dev.kansen.examples.integration.schoolregister;

import java.util.List;
import java.util.Map;

/**
 * A register file's header row: its fields as written, and where the columns the import knows are.
 * Read once per file and shared by all its rows.
 *
 * @param names the header fields as written, trimmed
 * @param columns the index of each known column the file has, counted from 0
 */
public record RegisterHeader(List<String> names, Map<DuoColumn, Integer> columns) {
  /** Copies the list and the map. */
  public RegisterHeader {
    names = List.copyOf(names);
    columns = Map.copyOf(columns);
  }

  /** @return how many fields the header has */
  public int size() {
    return names.size();
  }

  /**
   * @param column a known column the file has
   * @return its column number as a spreadsheet shows it, counted from 1
   */
  public int columnNumber(DuoColumn column) {
    return columns.get(column) + 1;
  }
}
