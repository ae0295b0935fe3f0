package dev.kansen.json.internal;

/**
 * Ends a read early: the input cannot be read further (a limit, too many violations, an
 * unsupported format version). The violations found so far travel in the {@link ReadSession}.
 */
final class StopReading extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StopReading() {
    super(null, null, false, false);
  }
}
