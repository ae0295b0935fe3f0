package dev.kansen.cli;

import dev.kansen.json.KansenJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code kansen schema}: prints the JSON Schema of the programme format. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of the programme format to standard output.")
final class SchemaCommand implements Callable<Integer> {
  private final Terminal terminal;

  SchemaCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    String schema = KansenJson.schema();
    terminal.out().print(schema.endsWith("\n") ? schema : schema + "\n");
    terminal.out().flush();
    return ExitCode.OK;
  }
}
