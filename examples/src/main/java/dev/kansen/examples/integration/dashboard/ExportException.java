package dev.kansen.examples.integration.dashboard;

/**
 * The dashboard export failed as a whole: an input file could not be read or is not a programme,
 * or an output could not be written. The message names the file. No output file was changed.
 */
public final class ExportException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, naming the file
   * @param cause the underlying failure, or {@code null}
   */
  public ExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
