package dev.kansen.cli;

import dev.kansen.cli.summary.ProgrammeSummary;
import dev.kansen.cli.summary.SummaryJson;
import dev.kansen.cli.summary.SummaryText;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kansen summary}: the figures of one programme at a glance. */
@Command(name = "summary", mixinStandardHelpOptions = true,
    description = {"Print the figures of a programme at a glance.",
        "",
        "Partners by type and role, interventions by type and status, funding by funder with the amounts"
            + " allocated and unallocated, and indicators with their progress from baseline toward target."
            + " Figures from fewer pupils than the small-cell threshold are shown as suppressed."},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  the summary was printed", "  2  the file cannot be read as a programme, or the usage is wrong"})
final class SummaryCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  ValidateCommand.Format format;

  @Mixin
  SmallCellOption smallCells;

  @Mixin
  ReadOptions read;

  @Parameters(paramLabel = "FILE", description = "A programme JSON file; - reads standard input.")
  String file;

  SummaryCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Loaded.Read read = Loaded.load(file, terminal.in(), this.read.json()).orFail();
    ProgrammeSummary summary = ProgrammeSummary.of(read.programme(), smallCells.threshold());
    PrintWriter out = new PrintWriter(terminal.out(), false, StandardCharsets.UTF_8);
    if (format == ValidateCommand.Format.JSON) {
      out.println(SummaryJson.of(summary).toPrettyString());
    } else {
      SummaryText.write(summary, out);
    }
    out.flush();
    return ExitCode.OK;
  }
}
