package dev.kansen.cli;

import dev.kansen.cli.text.Texts;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Turns failures into the command's error output and exit code: usage errors print picocli's
 * message and a hint (exit 2); known failures print one line per problem (exit 2); anything else
 * prints one line naming the error (exit 2). A stack trace follows only with {@code --debug}. Every
 * line has its control characters escaped ({@link TerminalText}): it may quote a document. The
 * lines are in the command's language: picocli's English messages for the usage errors people make
 * (a missing or unknown option, argument or subcommand, a value that does not convert) are reworded
 * in Dutch from the exception's parts.
 */
final class ErrorHandler {
  static final String DEBUG = "--debug";
  private static final Pattern INVALID_VALUE = Pattern.compile(
      "Invalid value for (option|positional parameter) '([^']*)': (.*)", Pattern.DOTALL);
  private static final Pattern EXPECTED_ONE_OF = Pattern.compile(
      "expected one of \\[(.*)\\] \\(case-insensitive\\) but was '(.*)'", Pattern.DOTALL);
  private static final Pattern ONLY_ONCE = Pattern.compile("option '([^']*)'(?: \\(.*\\))? should be specified only once");
  private static final Pattern MISSING_VALUE = Pattern.compile("Missing required parameter for option '([^']*)' \\((.*)\\)");
  private static final Pattern UNKNOWN_SUBCOMMAND = Pattern.compile("Unknown subcommand '(.*)'\\.", Pattern.DOTALL);
  private static final Pattern NOT_A_BOOLEAN = Pattern.compile(
      "Invalid value for (?:option|positional parameter) '([^']*)': '(.*)' is not a boolean", Pattern.DOTALL);
  private static final Pattern NOT_AN_INT = Pattern.compile(
      "Invalid value for (?:option|positional parameter) '([^']*)': '(.*)' is not an int", Pattern.DOTALL);
  private static final Pattern REPEATED_GROUP = Pattern.compile(
      "Error: expected only one match but got \\[([^\\]]*)\\]=.*", Pattern.DOTALL);
  private static final Pattern EXCLUSIVE = Pattern.compile("Error: (.*) are mutually exclusive \\(specify only one\\)");

  private final Texts texts;

  ErrorHandler(Texts texts) {
    this.texts = texts;
  }

  static int exitCode(Throwable exception) {
    return ExitCode.CANNOT_RUN;
  }

  int handleUsageError(CommandLine.ParameterException exception, String[] args) {
    CommandLine commandLine = exception.getCommandLine();
    PrintWriter err = commandLine.getErr();
    String name = commandLine.getCommandSpec().qualifiedName();
    err.println(TerminalText.escape(name + ": " + message(exception)));
    if (texts.dutch()) {
      if (exception instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
        err.println(TerminalText.escape(texts.get("error.didYouMean", String.join(", ", unmatched.getSuggestions()))));
      }
    } else {
      CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
    }
    err.println(texts.get("error.tryHelp", name));
    if (Arrays.asList(args).contains(DEBUG)) {
      exception.printStackTrace(err);
    }
    err.flush();
    return ExitCode.CANNOT_RUN;
  }

  /**
   * @param exception a usage error
   * @return its message in the command's language: picocli's own in English
   */
  String message(CommandLine.ParameterException exception) {
    String english = exception.getMessage();
    Matcher notAnInt = NOT_AN_INT.matcher(english);
    if (notAnInt.matches()) {
      return texts.get("error.invalidValue", notAnInt.group(1), texts.get("error.notAWholeNumber", notAnInt.group(2)));
    }
    Matcher notABoolean = NOT_A_BOOLEAN.matcher(english);
    if (notABoolean.matches()) {
      return texts.get("error.invalidValue", notABoolean.group(1), texts.get("error.notABoolean", notABoolean.group(2)));
    }
    Matcher repeated = REPEATED_GROUP.matcher(english);
    if (repeated.matches()) {
      return texts.get("error.oneOfOnce", repeated.group(1).replace(" | ", ", "));
    }
    if (!texts.dutch()) {
      return english;
    }
    Matcher missingValue = MISSING_VALUE.matcher(english);
    if (missingValue.matches()) {
      return texts.get("error.missingValue", missingValue.group(1), missingValue.group(2));
    }
    Matcher unknownSubcommand = UNKNOWN_SUBCOMMAND.matcher(english);
    if (unknownSubcommand.matches()) {
      return texts.get("error.unknownSubcommand", unknownSubcommand.group(1));
    }
    if (exception instanceof CommandLine.MissingParameterException missing) {
      List<ArgSpec> args = missing.getMissing();
      String names = args.stream().map(ErrorHandler::describe).collect(Collectors.joining(", "));
      boolean options = args.stream().allMatch(ArgSpec::isOption);
      return texts.get(options ? "error.missingOption" : "error.missingParameter", names);
    }
    if (exception instanceof CommandLine.UnmatchedArgumentException unmatched) {
      List<String> words = unmatched.getUnmatched();
      String quoted = words.stream().map(w -> "'" + w + "'").collect(Collectors.joining(", "));
      return texts.get(!words.isEmpty() && words.get(0).startsWith("-") ? "error.unknownOption" : "error.unmatched", quoted);
    }
    if (english.startsWith("Missing required subcommand")) {
      return texts.get("error.missingSubcommand");
    }
    Matcher invalid = INVALID_VALUE.matcher(english);
    if (invalid.matches()) {
      Matcher oneOf = EXPECTED_ONE_OF.matcher(invalid.group(3));
      String reason = oneOf.matches() ? texts.get("error.expectedOneOf", oneOf.group(1).toLowerCase(java.util.Locale.ROOT),
          oneOf.group(2)) : invalid.group(3);
      return texts.get("error.invalidValue", invalid.group(2), reason);
    }
    Matcher once = ONLY_ONCE.matcher(english);
    if (once.matches()) {
      return texts.get("error.onlyOnce", once.group(1));
    }
    Matcher exclusive = EXCLUSIVE.matcher(english);
    if (exclusive.matches()) {
      return texts.get("error.exclusive", exclusive.group(1));
    }
    return english;
  }

  private static String describe(ArgSpec arg) {
    if (arg instanceof OptionSpec option) {
      return "'" + option.longestName() + (option.arity().max() > 0 ? "=" + option.paramLabel() : "") + "'";
    }
    return "'" + arg.paramLabel() + "'";
  }

  int handleExecutionError(Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    String name = commandLine.getCommandSpec().qualifiedName();
    if (exception instanceof CommandFailure failure) {
      failure.lines().forEach(line -> err.println(TerminalText.escape(name + ": " + line)));
    } else {
      err.println(TerminalText.escape(name + ": " + texts.get("error.internal", exception)
          + (debug(parseResult) ? "" : " " + texts.get("error.runWithDebug"))));
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
