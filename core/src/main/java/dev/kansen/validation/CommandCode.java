package dev.kansen.validation;

import java.util.Locale;

/**
 * The codes the {@code kansen} command line reports about its own input, such as a file it cannot read.
 *
 * <p>The texts ({@link #what}, {@link #why}, {@link #fix}) come from the message bundle
 * {@code codes.properties}; {@code docs/rules.md} lists every constant.
 */
public enum CommandCode implements Code {
  /** A file given to the command does not exist or cannot be read. */
  FILE_NOT_READABLE(Severity.ERROR, Category.TOOLING);

  private final Severity defaultSeverity;
  private final Category category;

  CommandCode(Severity defaultSeverity, Category category) {
    this.defaultSeverity = defaultSeverity;
    this.category = category;
  }

  @Override
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  @Override
  public Category category() {
    return category;
  }

  @Override
  public String what(Locale locale) {
    return CodeTexts.text(this, "what", locale);
  }

  @Override
  public String why(Locale locale) {
    return CodeTexts.text(this, "why", locale);
  }

  @Override
  public String fix(Locale locale) {
    return CodeTexts.text(this, "fix", locale);
  }
}
