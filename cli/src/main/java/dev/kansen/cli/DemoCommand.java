package dev.kansen.cli;

import dev.kansen.cli.text.Texts;
import dev.kansen.cli.report.ReportOptions;
import dev.kansen.cli.report.ReportRenderer;
import dev.kansen.cli.report.ReportedProgramme;
import dev.kansen.seeds.illustrative.IllustrativeOabProgramme;
import dev.kansen.seeds.illustrative.IllustrativeProgramme;
import dev.kansen.seeds.SeedProgrammes;
import dev.kansen.json.KansenJson;
import dev.kansen.model.Programme;
import dev.kansen.validation.FindingSummary;
import dev.kansen.validation.ValidationReport;
import dev.kansen.validation.Validator;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kansen demo}: the two seed programmes and the three illustrative programmes as JSON files
 * and one report, to see what kansen does. The seeds hold only what the news articles say, so they
 * have almost no outcome figures; the illustrative programmes, invented and labelled as such, show
 * the indicator charts and equity breakdowns, an OAB grant's money and reach, and neighbourhoods.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Write the two seed programmes, three illustrative programmes and their report into a directory.",
        "",
        "Builds the two seed programmes (Limburg 2018 and 's-Hertogenbosch 2021, from the news articles the"
            + " project started from) and three illustrative programmes set in Voorbeeldstad (fictief), every name"
            + " and figure invented: one with indicators and equity breakdowns, one with the money, reach and"
            + " dosage of an OAB grant, and one with districts, neighbourhoods and memberships over time. Each"
            + " programme gets invented cohort tables. Validates the five programmes, and writes one JSON file per"
            + " programme and report.html into DIR."},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  the files were written", "  2  DIR cannot be written, or the usage is wrong"})
final class DemoCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "The directory to write into; made when missing.")
  Path out;

  @Mixin
  CheckOptions check;

  @Mixin
  SmallCellOption smallCells;

  DemoCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    if (out.toString().isEmpty()) {
      // Path.of("") is the working directory: an unset variable ("$DIR") must not fill it.
      throw new CommandFailure(Input.EMPTY_NAME + ": " + terminal.texts().get("demo.emptyName"), null);
    }
    try {
      Files.createDirectories(out);
    } catch (FileAlreadyExistsException e) {
      throw new CommandFailure(out + ": " + terminal.texts().get("demo.notADirectory", terminal.texts().get("demo.aFile")), e);
    } catch (IOException e) {
      throw new CommandFailure(out + ": " + terminal.texts().get("demo.notADirectory", e), e);
    }
    KansenJson json = KansenJson.strict();
    Validator validator = Validator.standard();
    List<ReportedProgramme> reported = new ArrayList<>();
    List<Programme> programmes = new ArrayList<>(SeedProgrammes.all());
    programmes.add(IllustrativeProgramme.programme());
    programmes.add(IllustrativeOabProgramme.programme());
    programmes.add(dev.kansen.seeds.illustrative.IllustrativeNeighbourhoods.programme());
    programmes.replaceAll(dev.kansen.seeds.illustrative.IllustrativeCohorts::addedTo);
    for (Programme programme : programmes) {
      ValidationReport findings = validator.validate(programme, check.context(smallCells));
      Path file = out.resolve(programme.id() + ".json");
      OutputFile.write(file, json.write(programme), terminal.texts());
      reported.add(new ReportedProgramme(programme, findings));
      Texts texts = terminal.texts();
      terminal.printLine(file + "  " + programme.title() + ": "
          + texts.count(programme.partners().size(), "partner") + ", "
          + texts.count(programme.interventions().size(), "intervention") + ", "
          + texts.count(programme.grants().size(), "grant") + ", "
          + texts.count(programme.indicators().size(), "indicator") + "; "
          + texts.get(findings.valid() ? "demo.valid" : "demo.invalid") + " (" + texts.counts(FindingSummary.of(findings)) + ")");
    }
    Path report = out.resolve("report.html");
    ReportOptions options = new ReportOptions(check.asOfOrToday(), smallCells.threshold(), "kansen " + VersionProvider.version(),
        terminal.texts().locale());
    OutputFile.write(report, new ReportRenderer(options).render(reported), terminal.texts());
    terminal.printLine(report + "  " + terminal.texts().get("demo.report", programmes.size()));
    terminal.out().flush();
    return ExitCode.OK;
  }

}
