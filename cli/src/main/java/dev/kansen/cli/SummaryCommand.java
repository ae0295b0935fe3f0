package dev.kansen.cli;

import dev.kansen.disclosure.LinkedDisclosure;
import dev.kansen.analysis.ProgrammeSummary;
import dev.kansen.cli.summary.SummaryJson;
import dev.kansen.cli.summary.SummaryText;
import java.util.List;
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
            + " Figures from fewer pupils than the small-cell threshold are shown as suppressed.",
        "",
        "Text output shows control characters in names and values escaped, such as \\u001B. JSON output"
            + " is the same in every language: codes, ISO dates, and amounts of money as exact decimal strings"
            + " (\"50000.00\"), as the programme format writes them.",
        "A .jsonl FILE (or any FILE with --lines) holds one programme per line: every line is read first,"
            + " then each programme is summarised, as text separated by a blank line or as JSON Lines."},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  the summary was printed",
        "  2  the file cannot be read as a programme, output cannot be written, or the usage is wrong"})
final class SummaryCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin
  SmallCellOption smallCells;

  @Mixin
  ReadOptions read;

  @Parameters(paramLabel = "FILE", descriptionKey = "file", description = "A programme JSON file; - reads standard input." + Input.FILE_HELP)
  String file;

  SummaryCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    List<Loaded.Read> programmes;
    try (Progress progress = Progress.of(terminal, 1)) {
      programmes = Loaded.all(List.of(file), read, terminal.in(), progress, terminal.texts());
    }
    boolean lines = read.jsonLines(file);
    for (int i = 0; i < programmes.size() && !terminal.outputFailed(); i++) {
      ProgrammeSummary summary = LinkedDisclosure.summary(programmes.get(i).programme(), smallCells.threshold());
      if (format == Format.JSON) {
        terminal.out().print(lines ? SummaryJson.of(summary).toString() : SummaryJson.of(summary).toPrettyString());
        terminal.out().print('\n');
      } else {
        if (i > 0) {
          terminal.printLine("");
        }
        SummaryText.write(summary, terminal.texts(), terminal::printLine);
      }
    }
    terminal.out().flush();
    return ExitCode.OK;
  }
}
