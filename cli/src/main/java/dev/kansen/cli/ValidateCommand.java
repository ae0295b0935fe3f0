package dev.kansen.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kansen.json.KansenJson;
import dev.kansen.json.ValidatedProgramme;
import dev.kansen.validation.FindingGroup;
import dev.kansen.validation.FindingSummary;
import dev.kansen.validation.Severity;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.ValidationReport;
import dev.kansen.validation.Validator;
import dev.kansen.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import dev.kansen.cli.text.Location;
import dev.kansen.cli.text.Texts;
import dev.kansen.model.Programme;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kansen validate}: reads programme files and reports every violation. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check programme files against the format and the rules.",
        "",
        "Reads each file and reports every violation. Text output has one line per violation, errors"
            + " first, then in the order of the file:",
        "  FILE:LINE:COL PATH SEVERITY CODE message [LOCATION]",
        "where :LINE:COL is left out when unknown and [LOCATION] names the finding's place in words, such as"
            + " [intervention 1, Warm handover]. Standard error gets a verdict per file with its counts"
            + " (1 error, 2 warnings, 0 info) and one line per code with how to fix it. Control characters in"
            + " names and values are shown escaped, such as \\u001B.",
        "",
        "One run reports every problem: an unusable value (an inverted period, an unknown constant) is",
        "reported and left out, and every rule that cannot depend on it still runs on the rest; INFO",
        "RULE_NOT_CHECKED names a rule that was not checked where it could (docs/rules.md).",
        "",
        "A .jsonl FILE (or any FILE with --lines) holds one programme per line; its findings carry the"
            + " line of their programme and paths into that programme's document.",
        "",
        "JSON output is {\"files\":[...]} with \"file\", \"valid\" and \"violations\" per file, and"
            + " \"code\", \"severity\", \"path\" and \"message\" (English) per violation, plus \"line\" and \"column\""
            + " where known. With --lang given, also \"localizedMessage\" and \"location\" in that language."},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  every file is valid (warnings allowed)",
        "  1  a file has an ERROR violation",
        "  2  a file cannot be read as a programme (its other problems are listed too), or the usage is wrong"})
final class ValidateCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin
  ReadOptions read;

  @Mixin
  CheckOptions check;

  @Mixin
  SmallCellOption smallCells;

  @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "files", description = "Programme JSON files; - reads standard input." + Input.FILE_HELP)
  List<String> files;

  ValidateCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  /** The outcome for one file. */
  private record Result(String file, boolean valid, List<Located> findings, int exitCode) {}

  /** A finding with the programme it is about, when that could be read. */
  private record Located(Violation violation, Optional<Programme> programme) {}

  @Override
  public Integer call() {
    Input.readStandardInputOnce(files, terminal.texts());
    KansenJson json = read.json();
    ValidationContext context = check.context(smallCells);
    List<Result> results = new ArrayList<>();
    try (Progress progress = Progress.of(terminal, files.size())) {
      for (int i = 0; i < files.size(); i++) {
        results.add(validate(files.get(i), json, context, progress, i));
      }
    }
    if (format == Format.JSON) {
      printJson(results);
    } else {
      printText(results);
    }
    return results.stream().mapToInt(Result::exitCode).reduce(ExitCode.OK, ExitCode::worst);
  }

  private Result validate(String argument, KansenJson json, ValidationContext context, Progress progress, int index) {
    List<Located> findings = new ArrayList<>();
    int[] exitCode = {ExitCode.OK};
    String[] name = {Input.name(argument)};
    // Each document is read once: readValidated validates what it read and places every finding
    // from the positions that read recorded (a finding about a missing value gets the position of
    // its nearest enclosing value). A document that is not a programme throws with every problem
    // of it: the reading problems and the findings of every rule that cannot depend on them.
    ValidationReport[] report = {null};
    Function<byte[], Programme> reader = bytes -> {
      ValidatedProgramme validated = json.readValidated(bytes, Validator.standard(), context);
      report[0] = validated.report();
      return validated.programme();
    };
    Loaded.forEach(argument, read.jsonLines(argument), terminal.in(), reader, loaded -> {
      name[0] = loaded.name();
      if (loaded instanceof Loaded.Failed failed) {
        failed.findings().forEach(f -> findings.add(new Located(f, Optional.empty())));
        exitCode[0] = ExitCode.CANNOT_RUN;
        return;
      }
      Loaded.Read ok = (Loaded.Read) loaded;
      progress.step(index, ok.name(), ok.bytes().length);
      ok.place(report[0].violations()).forEach(f -> findings.add(new Located(f, Optional.of(ok.programme()))));
      if (!report[0].valid()) {
        exitCode[0] = ExitCode.worst(exitCode[0], ExitCode.INVALID);
      }
    });
    return new Result(name[0], exitCode[0] == ExitCode.OK, findings, exitCode[0]);
  }

  private void printText(List<Result> results) {
    Texts texts = terminal.texts();
    List<FindingSummary> summaries = new ArrayList<>();
    for (Result r : results) {
      Map<Violation, Optional<Programme>> programmes = new IdentityHashMap<>();
      r.findings().forEach(f -> programmes.put(f.violation(), f.programme()));
      FindingSummary summary = FindingSummary.of(r.findings().stream().map(Located::violation).toList());
      summaries.add(summary);
      summary.ordered().forEach(f -> terminal.printLine(Finding.line(r.file(), f, programmes.get(f), texts)));
    }
    terminal.out().flush();
    for (int i = 0; i < results.size(); i++) {
      Result r = results.get(i);
      FindingSummary summary = summaries.get(i);
      terminal.err().println(TerminalText.escape(r.file() + ": " + texts.get(r.exitCode() == ExitCode.CANNOT_RUN
          ? "validate.unreadable" : (r.valid() ? "validate.valid" : "validate.invalid")) + ", " + texts.counts(summary)));
      for (FindingGroup group : summary.groups(texts.locale())) {
        terminal.err().println(TerminalText.escape("  " + Finding.severity(group.findings().get(0), texts) + " "
            + group.heading() + group.fix().map(fix -> ": " + fix).orElse("")));
      }
    }
  }

  private void printJson(List<Result> results) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode files = root.putArray("files");
    for (Result r : results) {
      ObjectNode file = files.addObject();
      file.put("file", r.file());
      file.put("valid", r.valid());
      ArrayNode violations = file.putArray("violations");
      for (Located located : r.findings()) {
        Violation f = located.violation();
        ObjectNode v = violations.addObject();
        v.put("code", f.code());
        v.put("severity", f.severity().name());
        v.put("path", f.path().toString());
        v.put("message", f.message());
        if (terminal.languageGiven()) {
          Texts texts = terminal.texts();
          v.put("localizedMessage", Input.message(f, texts));
          Location.of(f.path(), located.programme(), texts).ifPresent(l -> v.put("location", l));
        }
        f.position().ifPresent(p -> {
          v.put("line", p.line());
          v.put("column", p.column());
        });
      }
    }
    terminal.out().print(root.toPrettyString());
    terminal.out().print('\n');
    terminal.out().flush();
  }
}
