package dev.kansen.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * Turns failures into the command's error output and exit code: usage errors print picocli's
 * message and a hint (exit 2); known failures print one line per problem (exit 2); anything else
 * prints one line naming the error (exit 2). A stack trace follows only with {@code --debug}. Every
 * line has its control characters escaped ({@link TerminalText}): it may quote a document.
 */
final class ErrorHandler {
  static final String DEBUG = "--debug";

  private ErrorHandler() {}

  static int exitCode(Throwable exception) {
    return ExitCode.CANNOT_RUN;
  }

  static int handleUsageError(CommandLine.ParameterException exception, String[] args) {
    CommandLine commandLine = exception.getCommandLine();
    PrintWriter err = commandLine.getErr();
    String name = commandLine.getCommandSpec().qualifiedName();
    err.println(TerminalText.escape(name + ": " + exception.getMessage()));
    CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
    err.println("Try '" + name + " --help' for more information.");
    if (Arrays.asList(args).contains(DEBUG)) {
      exception.printStackTrace(err);
    }
    err.flush();
    return ExitCode.CANNOT_RUN;
  }

  static int handleExecutionError(Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    String name = commandLine.getCommandSpec().qualifiedName();
    if (exception instanceof CommandFailure failure) {
      failure.lines().forEach(line -> err.println(TerminalText.escape(name + ": " + line)));
    } else {
      err.println(TerminalText.escape(name + ": internal error: " + exception
          + (debug(parseResult) ? "" : " (run again with --debug for the stack trace)")));
    }
    if (debug(parseResult)) {
      exception.printStackTrace(err);
    }
    err.flush();
    return ExitCode.CANNOT_RUN;
  }

  private static boolean debug(CommandLine.ParseResult parseResult) {
    for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption(DEBUG)) {
        return true;
      }
    }
    return false;
  }
}
