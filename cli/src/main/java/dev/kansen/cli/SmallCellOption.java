package dev.kansen.cli;

import dev.kansen.cli.text.Texts;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The small-cell threshold: the fewest pupils a shown figure may rest on. */
final class SmallCellOption {
  /** The threshold unless told otherwise, as Statistics Netherlands commonly uses. */
  static final int DEFAULT = 10;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  private final Texts texts;

  private int threshold = DEFAULT;

  SmallCellOption(Texts texts) {
    this.texts = texts;
  }

  @Option(names = "--small-cell-threshold", paramLabel = "PUPILS", defaultValue = "" + DEFAULT,
      description = "The fewest pupils a figure may rest on; figures from fewer are flagged and never shown"
          + " (default: ${DEFAULT-VALUE}).")
  void threshold(int pupils) {
    if (pupils < 1) {
      throw new ParameterException(command.commandLine(), texts.get("error.smallCellThreshold", pupils));
    }
    this.threshold = pupils;
  }

  int threshold() {
    return threshold;
  }
}
