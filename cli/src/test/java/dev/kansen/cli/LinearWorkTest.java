package dev.kansen.cli;

import dev.kansen.disclosure.LinkedDisclosure;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.cli.report.ReportOptions;
import dev.kansen.cli.report.ReportRenderer;
import dev.kansen.cli.report.ReportedProgramme;
import dev.kansen.analysis.ProgrammeSummary;
import dev.kansen.cli.summary.SummaryJson;
import dev.kansen.cli.summary.SummaryText;
import dev.kansen.json.KansenJson;
import dev.kansen.model.CountingProgramme;
import dev.kansen.model.Programme;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.ValidationReport;
import dev.kansen.validation.Validator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The work of every command grows linearly with the size of the programme. Work is counted, not
 * timed: a {@link CountingProgramme} counts each read of an element of its lists of partners,
 * interventions, grants, indicators, goals and municipalities, so that a lookup by id that scans a
 * list (once per table row, say) shows as reads per element growing with the programme.
 */
class LinearWorkTest {
  private static final int SMALL = 100;
  private static final int LARGE = 1600;

  /** What each command does with a programme it has read. */
  enum Command {
    REPORT(p -> new ReportRenderer(new ReportOptions(ProgrammeGenerator.AS_OF, 10, "kansen test"))
        .render(List.of(new ReportedProgramme(p, ValidationReport.empty())))),
    SUMMARY_TEXT(p -> SummaryText.write(LinkedDisclosure.summary(p, 10), line -> { })),
    SUMMARY_JSON(p -> SummaryJson.of(LinkedDisclosure.summary(p, 10))),
    VALIDATE(p -> Validator.standard().validate(p, ValidationContext.asOf(ProgrammeGenerator.AS_OF))),
    CONVERT(p -> KansenJson.strict().write(p));

    private final Consumer<Programme> work;

    Command(Consumer<Programme> work) {
      this.work = work;
    }
  }

  @ParameterizedTest
  @EnumSource(Command.class)
  void readsPerElementDoNotGrowWithTheProgramme(Command command) {
    double small = readsPerElement(command, SMALL);
    double large = readsPerElement(command, LARGE);
    // Linear work reads each element a fixed number of times at any size; a scan per row would read
    // about LARGE / SMALL = 16 times as much per element in the large programme.
    assertTrue(large < 1.5 * small, command + ": " + small + " reads per element at " + SMALL
        + " interventions, " + large + " at " + LARGE);
  }

  private static double readsPerElement(Command command, int interventions) {
    CountingProgramme programme = CountingProgramme.of(
        ProgrammeGenerator.programme(new SplittableRandom(20261129L), interventions));
    command.work.accept(programme);
    return (double) programme.reads() / programme.elements();
  }
}
