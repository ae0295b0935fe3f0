package dev.kansen.validation;


/**
 * The codes the {@code kansen} command line reports about its own input, such as a file it cannot read.
 *
 * <p>The texts ({@link #what}, {@link #why}, {@link #fix}) come from the message bundle
 * {@code codes.properties}; {@code docs/rules.md} lists every constant.
 */
public enum CommandCode implements CatalogueCode {
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
}
