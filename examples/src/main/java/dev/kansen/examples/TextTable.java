package dev.kansen.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: rows of cells printed in columns as wide as their widest cell, separated by
 * two spaces. Columns marked right-aligned (amounts) are padded on the left.
 */
final class TextTable {
  private final String indent;
  private final boolean[] rightAligned;
  private final List<String[]> rows = new ArrayList<>();

  /**
   * @param indent what each row starts with
   * @param rightAligned for each column, whether it is right-aligned
   */
  TextTable(String indent, boolean... rightAligned) {
    this.indent = indent;
    this.rightAligned = rightAligned.clone();
  }

  /**
   * Adds a row.
   *
   * @param cells one cell per column
   * @return this table
   */
  TextTable row(String... cells) {
    if (cells.length != rightAligned.length) {
      throw new IllegalArgumentException("expected " + rightAligned.length + " cells, got " + cells.length);
    }
    rows.add(cells.clone());
    return this;
  }

  /**
   * Writes the rows, each ending with a line break, without trailing spaces.
   *
   * @param out where to write
   */
  void appendTo(StringBuilder out) {
    int[] widths = new int[rightAligned.length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int c = 0; c < row.length; c++) {
        if (c > 0) {
          line.append("  ");
        }
        String pad = " ".repeat(widths[c] - row[c].length());
        line.append(rightAligned[c] ? pad + row[c] : row[c] + pad);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
