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

/** {@code kansen report}: one self-contained HTML report of one or more programmes. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Write a self-contained HTML report of one or more programmes.",
        "",
        "Partners, an intervention timeline, funding, outcome indicators with charts, equity breakdowns with"
            + " small cells suppressed, and the validation findings with how to fix them. The file needs no network: styles and"
            + " charts are inline, and it prints well.",
        "",
        "Cohort tables show each group's share with its gap against high parental education and a 95%% interval;"
            + " with two or more municipalities (in one programme or several files) a funnel plot compares them."},
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

  @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "reportFiles", description = "Programme JSON files, rendered into one report;"
      + " - reads standard input (once)." + Input.FILE_HELP)
  List<String> files;

  ReportCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Texts texts = terminal.texts();
    if (files.stream().filter("-"::equals).count() > 1) {
      throw new CommandFailure(texts.get("error.stdinOnce"), null);
    }
    ReportOptions options = new ReportOptions(check.asOfOrToday(), smallCells.threshold(), "kansen " + VersionProvider.version(),
        texts.locale());
    OutputFile.refuseAnInput(output, files, texts);
    List<Loaded.Read> documents;
    try (Progress progress = Progress.of(terminal, files.size())) {
      documents = Loaded.all(files, read, terminal.in(), progress, texts);
    }
    List<ReportedProgramme> programmes = new java.util.ArrayList<>();
    for (Loaded.Read read : documents) {
      ValidationReport findings = Validator.standard().validate(read.programme(), check.context(smallCells));
      programmes.add(new ReportedProgramme(read.programme(), findings));
    }
    OutputFile.write(output, new ReportRenderer(options).render(programmes), texts);
    for (ReportedProgramme programme : programmes) {
      terminal.err().println(TerminalText.escape("kansen report: " + texts.get("report.wrote",
          (programmes.size() > 1 ? output + " (" + programme.programme().id() + ")" : output),
          texts.counts(FindingSummary.of(programme.findings())))));
    }
    return ExitCode.OK;
  }
}
