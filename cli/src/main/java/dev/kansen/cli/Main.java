package dev.kansen.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import dev.kansen.cli.text.Language;
import dev.kansen.cli.text.Texts;
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
    // Standard output unwrapped: System.out would swallow a failed write, which the command reports.
    System.exit(run(args, System.in, new FileOutputStream(FileDescriptor.out), System.err));
  }

  /**
   * Runs the command on the given streams, without exiting.
   *
   * @param args the command-line arguments
   * @param in standard input, read by {@code -} file arguments
   * @param out standard output; text is written as UTF-8. When writing it fails the exit code is
   *     2 with one line on standard error, unless the reader closed the pipe: then the command ends
   *     quietly, as Unix tools do
   * @param err standard error; text is written as UTF-8
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
    return run(args, in, out, err, Locale.getDefault());
  }

  /**
   * Runs the command on the given streams, without exiting, in the language {@code --lang} chooses,
   * else the given locale's ({@link Language#of(String[], Locale)}).
   */
  static int run(String[] args, InputStream in, OutputStream out, PrintStream err, Locale defaultLocale) {
    Texts texts = Texts.of(Language.of(args, defaultLocale));
    Terminal terminal = new Terminal(in, out, err, System.console() != null, texts, Language.given(args));
    CommandLine commandLine = commandLine(terminal);
    int code;
    try {
      code = commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      // Thrown past picocli, which handles exceptions only; the work's objects are gone with its frames.
      code = outOfMemory(commandLine, terminal, texts, e, Arrays.asList(args).contains(ErrorHandler.DEBUG));
    }
    Optional<Terminal.OutputFailure> failure = terminal.flush();
    if (failure.isEmpty() || failure.get().closedByReader()) {
      return code;
    }
    terminal.err().println(TerminalText.escape(commandName(commandLine) + ": " + texts.get("error.stdout")
        + (failure.get().reason() == null ? "" : ": " + failure.get().reason())));
    terminal.err().flush();
    return ExitCode.CANNOT_RUN;
  }

  private static int outOfMemory(CommandLine commandLine, Terminal terminal, Texts texts, OutOfMemoryError e, boolean debug) {
    terminal.err().println(TerminalText.escape(commandName(commandLine) + ": " + texts.get("error.outOfMemory")));
    if (debug) {
      e.printStackTrace(terminal.err());
    }
    terminal.err().flush();
    return ExitCode.CANNOT_RUN;
  }

  private static String commandName(CommandLine commandLine) {
    CommandLine.ParseResult result = commandLine.getParseResult();
    while (result != null && result.subcommand() != null) {
      result = result.subcommand();
    }
    return result == null ? commandLine.getCommandName() : result.commandSpec().qualifiedName();
  }

  static CommandLine commandLine(Terminal terminal) {
    CommandLine commandLine = new CommandLine(new KansenCommand(), new CommandFactory(terminal));
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(terminal.out(), StandardCharsets.UTF_8), true));
    commandLine.setErr(terminal.err());
    commandLine.setExitCodeExceptionMapper(ErrorHandler::exitCode);
    ErrorHandler errors = new ErrorHandler(terminal.texts());
    commandLine.setParameterExceptionHandler(errors::handleUsageError);
    commandLine.setExecutionExceptionHandler(errors::handleExecutionError);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.registerConverter(LocalDate.class, new DateConverter(terminal.texts()));
    commandLine.registerConverter(java.nio.file.Path.class, new PathConverter(terminal.texts()));
    commandLine.setResourceBundle(HelpTexts.bundle(terminal.texts().language()));
    return commandLine;
  }
}
