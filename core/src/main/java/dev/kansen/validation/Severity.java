package dev.kansen.validation;

/** How serious a violation is. A report with any {@link #ERROR} is not valid. */
public enum Severity {
  /** The programme is wrong: a reference does not resolve, money does not add up. */
  ERROR,
  /** Probably wrong or incomplete; worth a look. */
  WARNING,
  /** Worth knowing; nothing is wrong. */
  INFO
}
