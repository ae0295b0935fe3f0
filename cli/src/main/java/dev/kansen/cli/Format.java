package dev.kansen.cli;

/** The output format of {@code validate} and {@code summary}: text for people, JSON for scripts. */
enum Format {
  /** Lines of text, control characters escaped. */
  TEXT,
  /** JSON. */
  JSON
}
