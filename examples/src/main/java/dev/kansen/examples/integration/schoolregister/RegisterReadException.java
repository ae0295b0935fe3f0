package dev.kansen.examples.integration.schoolregister;

import java.io.IOException;

/**
 * A register file that cannot be imported at all: unreadable, in an unknown encoding, not CSV, or
 * without the columns the import needs. The programme it was to be merged into is untouched.
 */
public final class RegisterReadException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and where, naming the file
   * @param cause the underlying failure, or {@code null}
   */
  public RegisterReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
