package dev.kansen.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kansen.cli.summary.Counts;
import dev.kansen.json.KansenJson;
import dev.kansen.validation.FindingGroup;
import dev.kansen.validation.FindingSummary;
import dev.kansen.json.KansenJsonException;
import dev.kansen.validation.Severity;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.ValidationReport;
import dev.kansen.validation.Validator;
import dev.kansen.validation.Violation;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kansen validate}: reads programme files and reports every violation. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check programme files against the format and the rules.",
        "",
        "Reads each file and reports every violation. Text output has one line per violation, errors",
        "first, then in the order of the file:",
        "  FILE:LINE:COL PATH SEVERITY CODE message",
        "where :LINE:COL is left out when unknown. Standard error gets a verdict per file with its",
        "counts (1 error, 2 warnings, 0 info) and one line per code with how to fix it.",
        "",
        "JSON output is {\"files\":[...]} with \"file\", \"valid\" and \"violations\" per file, and"
            + " \"code\", \"severity\", \"path\" and \"message\" per violation, plus \"line\" and \"column\""
            + " where known."},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  every file is valid (warnings allowed)",
        "  1  a file has an ERROR violation",
        "  2  a file cannot be read as a programme at all, or the usage is wrong"})
final class ValidateCommand implements Callable<Integer> {
  enum Format { TEXT, JSON }

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

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Programme JSON files; - reads standard input.")
  List<String> files;

  ValidateCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  /** The outcome for one file. */
  private record Result(String file, boolean valid, List<Finding> findings, int exitCode) {}

  @Override
  public Integer call() {
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
    Input input;
    try {
      input = Input.read(argument, terminal.in());
    } catch (Input.UnreadableInput e) {
      return new Result(e.name(), false, List.of(e.finding()), ExitCode.CANNOT_RUN);
    }
    progress.step(index, input.name(), input.bytes().length);
    // One read: readValidated reads the document, validates it and locates every finding in one
    // more pass over the bytes only when there are findings (a finding about a missing value gets
    // the position of its nearest enclosing value).
    ValidationReport report;
    try {
      report = json.readValidated(input.bytes(), Validator.standard(), context).report();
    } catch (KansenJsonException e) {
      return new Result(input.name(), false, Loaded.findings(e), ExitCode.CANNOT_RUN);
    }
    List<Finding> findings = new ArrayList<>();
    for (Violation v : report.violations()) {
      findings.add(new Finding(v, v.position()));
    }
    return new Result(input.name(), report.valid(), findings, report.valid() ? ExitCode.OK : ExitCode.INVALID);
  }

  private void printText(List<Result> results) {
    PrintWriter out = new PrintWriter(terminal.out(), false, StandardCharsets.UTF_8);
    List<FindingSummary> summaries = new ArrayList<>();
    for (Result r : results) {
      FindingSummary summary = FindingSummary.of(r.findings().stream().map(Finding::violation).toList());
      summaries.add(summary);
      summary.ordered().forEach(v -> out.println(new Finding(v, v.position()).line(r.file())));
    }
    out.flush();
    for (int i = 0; i < results.size(); i++) {
      Result r = results.get(i);
      FindingSummary summary = summaries.get(i);
      terminal.err().println(r.file() + ": " + (r.exitCode() == ExitCode.CANNOT_RUN ? "cannot be read as a programme"
          : (r.valid() ? "valid" : "not valid")) + ", " + summary.counts());
      for (FindingGroup group : summary.groups(Locale.ENGLISH)) {
        terminal.err().println("  " + group.severity() + " " + group.heading()
            + group.fix().map(fix -> ": " + fix).orElse(""));
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
      for (Finding f : r.findings()) {
        ObjectNode v = violations.addObject();
        v.put("code", f.violation().code());
        v.put("severity", f.violation().severity().name());
        v.put("path", f.violation().path().toString());
        v.put("message", f.violation().message());
        f.position().ifPresent(p -> {
          v.put("line", p.line());
          v.put("column", p.column());
        });
      }
    }
    PrintWriter out = new PrintWriter(terminal.out(), false, StandardCharsets.UTF_8);
    out.println(root.toPrettyString());
    out.flush();
  }
}
