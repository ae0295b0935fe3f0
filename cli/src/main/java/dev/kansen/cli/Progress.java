package dev.kansen.cli;

import java.io.PrintWriter;

/**
 * Progress on standard error for work that takes a while — many files or large ones — and only
 * when a person watches a terminal; scripts and pipes never see it.
 */
final class Progress implements AutoCloseable {
  /** Inputs at least this large count as large. */
  static final long LARGE_INPUT = 4L * 1024 * 1024;

  private final PrintWriter err;
  private final boolean interactive;
  private final int items;
  private boolean dirty;

  private Progress(PrintWriter err, boolean interactive, int items) {
    this.err = err;
    this.interactive = interactive;
    this.items = items;
  }

  /**
   * @param terminal the terminal
   * @param items how many items the work has
   * @return progress that shows when the terminal is interactive and the work is more than one item
   *     or a large one
   */
  static Progress of(Terminal terminal, int items) {
    return new Progress(terminal.err(), terminal.interactive(), items);
  }

  /**
   * Shows which item is being worked on.
   *
   * @param done items done so far
   * @param item the item now worked on
   * @param size the item's size in bytes; a large item shows progress even when it is the only one
   */
  void step(int done, String item, long size) {
    if (interactive && (items > 1 || size >= LARGE_INPUT)) {
      err.print("\r\033[2K" + "kansen: " + (done + 1) + "/" + items + " " + TerminalText.escape(item) + " (" + size / 1024 + " KiB)");
      err.flush();
      dirty = true;
    }
  }

  @Override
  public void close() {
    if (dirty) {
      err.print("\r\033[2K");
      err.flush();
    }
  }
}
