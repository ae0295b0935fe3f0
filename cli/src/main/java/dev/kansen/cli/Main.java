package dev.kansen.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import picocli.CommandLine;

/**
 * Starts the {@code kansen} command: parses the arguments, runs the chosen subcommand and exits
 * with its exit code (see {@link ExitCode}).
 */
public final class Main {
  private Main() {}

  /**
   * Runs the command and exits the virtual machine with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /**
   * Runs the command on the given streams, without exiting.
   *
   * @param args the command-line arguments
   * @param in standard input, read by {@code -} file arguments
   * @param out standard output; text is written as UTF-8
   * @param err standard error; text is written as UTF-8
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    Terminal terminal = new Terminal(in, out, err, System.console() != null);
    CommandLine commandLine = commandLine(terminal);
    int code = commandLine.execute(args);
    terminal.flush();
    return code;
  }

  static CommandLine commandLine(Terminal terminal) {
    CommandLine commandLine = new CommandLine(new KansenCommand(), new CommandFactory(terminal));
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(terminal.out(), StandardCharsets.UTF_8), true));
    commandLine.setErr(terminal.err());
    commandLine.setExitCodeExceptionMapper(ErrorHandler::exitCode);
    commandLine.setParameterExceptionHandler(ErrorHandler::handleUsageError);
    commandLine.setExecutionExceptionHandler(ErrorHandler::handleExecutionError);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.registerConverter(LocalDate.class, new DateConverter());
    return commandLine;
  }
}
