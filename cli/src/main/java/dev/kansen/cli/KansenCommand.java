package dev.kansen.cli;

import dev.kansen.cli.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code kansen} command; the work is done by its subcommands. */
@Command(name = "kansen",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Validate, convert, summarise and report on equal-opportunity alliance programme files.",
    subcommands = {ValidateCommand.class, ConvertCommand.class, SchemaCommand.class, SummaryCommand.class,
        ReportCommand.class, DemoCommand.class, picocli.CommandLine.HelpCommand.class,
        picocli.AutoComplete.GenerateCompletion.class},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  done; every programme is valid (warnings allowed)",
        "  1  validate found an ERROR violation",
        "  2  a file cannot be read as a programme, the usage is wrong, or work failed"})
final class KansenCommand {
  @Option(names = ErrorHandler.DEBUG, scope = ScopeType.INHERIT,
      description = "On failure, print the stack trace as well.")
  boolean debug;

  @Option(names = Language.OPTION, paramLabel = "LANG", scope = ScopeType.INHERIT,
      description = "The language of every text the command writes for people: nl (Dutch) or en (English)."
          + " Default: Dutch when the computer's language is Dutch, else English.")
  Language language;
}
