package dev.kansen.cli;

import dev.kansen.cli.report.ReportOptions;
import dev.kansen.cli.report.ReportRenderer;
import dev.kansen.cli.report.ReportedProgramme;
import dev.kansen.validation.FindingSummary;
import dev.kansen.validation.ValidationReport;
import dev.kansen.validation.Validator;
import dev.kansen.cli.text.Texts;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kansen report}: one self-contained HTML report of a programme. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Write a self-contained HTML report of a programme.",
        "",
        "Partners, an intervention timeline, funding, outcome indicators with charts, equity breakdowns with"
            + " small cells suppressed, and the validation findings with how to fix them. The file needs no network: styles and"
            + " charts are inline, and it prints well."},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  the report was written (the programme's own findings are in it)",
        "  2  the file cannot be read as a programme, the report cannot be written, or the usage is wrong"})
final class ReportCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.html", required = true, description = "The HTML file to write.")
  Path output;

  @Mixin
  ReadOptions read;

  @Mixin
  CheckOptions check;

  @Mixin
  SmallCellOption smallCells;

  @Parameters(paramLabel = "FILE", descriptionKey = "file", description = "A programme JSON file; - reads standard input." + Input.FILE_HELP)
  String file;

  ReportCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Texts texts = terminal.texts();
    Loaded.Read read = Loaded.load(file, terminal.in(), this.read.json()).orFail(texts);
    ValidationReport findings = Validator.standard().validate(read.programme(), check.context(smallCells));
    ReportOptions options = new ReportOptions(check.asOfOrToday(), smallCells.threshold(), "kansen " + VersionProvider.version(),
        texts.locale());
    OutputFile.write(output, new ReportRenderer(options).render(List.of(new ReportedProgramme(read.programme(), findings))), texts);
    terminal.err().println(TerminalText.escape("kansen report: " + texts.get("report.wrote", output,
        texts.counts(FindingSummary.of(findings)))));
    return ExitCode.OK;
  }
}
