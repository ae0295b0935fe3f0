package dev.kansen.cli;

import dev.kansen.validation.ValidationContext;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The day programmes are checked as of. */
final class CheckOptions {
  @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
      description = "Check as of this day, e.g. 2024-03-31. Default: today, from the computer's clock;"
          + " the kansen command is the only part of kansen that reads the clock.")
  LocalDate asOf;

  LocalDate asOfOrToday() {
    return Optional.ofNullable(asOf).orElseGet(LocalDate::now);
  }

  ValidationContext context(SmallCellOption smallCells) {
    return ValidationContext.builder().asOf(asOfOrToday()).smallCellThreshold(smallCells.threshold()).build();
  }
}
