package dev.kansen.cli;

import dev.kansen.json.KansenJson;
import dev.kansen.json.ProgrammeSequenceWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kansen convert}: reads programme files and writes them back as canonical JSON. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Write programme files as canonical JSON to standard output.",
        "",
        "Canonical JSON has the known properties in a fixed order and amounts and dates in one form."
            + " Reading is strict unless --lenient is given; the programmes are not validated.",
        "",
        "All or nothing: every FILE is read and checked first, and only when every one reads as a"
            + " programme is anything written. A .jsonl FILE holds one programme per line."},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  every file was written",
        "  2  a file cannot be read as a programme (nothing is written), output cannot be written, or the usage is wrong"})
final class ConvertCommand implements Callable<Integer> {
  private final Terminal terminal;

  /** The output layout; one at most. */
  static final class Layout {
    @Option(names = "--pretty", description = "Indented JSON, one document per file (the default).")
    boolean pretty;

    @Option(names = "--compact", description = "JSON without white space, one document per line.")
    boolean compact;

    @Option(names = "--jsonl", description = "JSON Lines: one programme per line, for streams of many programmes.")
    boolean jsonl;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Layout layout = new Layout();

  @Mixin
  ReadOptions read;

  @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "files", description = "Programme JSON files; - reads standard input." + Input.FILE_HELP)
  List<String> files;

  ConvertCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    Input.readStandardInputOnce(files, terminal.texts());
    KansenJson json = read.json();
    List<Loaded.Read> programmes;
    try (Progress progress = Progress.of(terminal, files.size())) {
      programmes = Loaded.all(files, read, terminal.in(), progress, terminal.texts());
    }
    OutputStream out = terminal.out();
    if (layout.jsonl) {
      try (ProgrammeSequenceWriter lines = json.writeLines(out)) {
        for (Loaded.Read programme : programmes) {
          if (terminal.outputFailed()) {
            break;
          }
          lines.write(programme.programme());
        }
      }
    } else {
      for (Loaded.Read programme : programmes) {
        if (terminal.outputFailed()) {
          break;
        }
        if (layout.compact) {
          json.writeCompact(programme.programme(), out);
          out.write('\n');
        } else {
          json.write(programme.programme(), out);
        }
      }
    }
    out.flush();
    return ExitCode.OK;
  }
}
