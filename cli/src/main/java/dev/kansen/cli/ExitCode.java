package dev.kansen.cli;

/**
 * The exit codes of the {@code kansen} command, as scripts rely on them.
 *
 * <ul>
 *   <li>{@code 0}: done; every programme read is valid (it may have warnings);
 *   <li>{@code 1}: a programme has at least one ERROR violation;
 *   <li>{@code 2}: the work could not be done: a file cannot be read as a programme, the usage is
 *       wrong, or output cannot be written.
 * </ul>
 */
final class ExitCode {
  private ExitCode() {}

  /** Done, and every programme is valid. */
  static final int OK = 0;

  /** A programme has an ERROR violation. */
  static final int INVALID = 1;

  /** A file cannot be read as a programme, the usage is wrong, or the work failed. */
  static final int CANNOT_RUN = 2;

  static int worst(int a, int b) {
    return Math.max(a, b);
  }
}
