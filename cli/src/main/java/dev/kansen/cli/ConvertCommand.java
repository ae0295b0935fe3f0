package dev.kansen.cli;

import dev.kansen.json.KansenJson;
import dev.kansen.json.ProgrammeSequenceWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
            + " Reading is strict unless --lenient is given; the programmes are not validated."},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  every file was written", "  2  a file cannot be read as a programme, or the usage is wrong"})
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

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Programme JSON files; - reads standard input.")
  List<String> files;

  ConvertCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    KansenJson json = read.json();
    OutputStream out = terminal.out();
    if (layout.jsonl) {
      try (ProgrammeSequenceWriter lines = json.writeLines(out); Progress progress = Progress.of(terminal, files.size())) {
        for (int i = 0; i < files.size(); i++) {
          Loaded.Read read = Loaded.load(files.get(i), terminal.in(), json).orFail();
          progress.step(i, read.name(), read.bytes().length);
          lines.write(read.programme());
        }
      }
      return ExitCode.OK;
    }
    try (Progress progress = Progress.of(terminal, files.size())) {
      for (int i = 0; i < files.size(); i++) {
        Loaded.Read read = Loaded.load(files.get(i), terminal.in(), json).orFail();
        progress.step(i, read.name(), read.bytes().length);
        write(json, read, out);
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  private void write(KansenJson json, Loaded.Read read, OutputStream out) {
    try {
      if (layout.compact) {
        json.writeCompact(read.programme(), out);
        out.write('\n');
      } else {
        json.write(read.programme(), out);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
