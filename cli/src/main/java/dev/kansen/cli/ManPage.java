package dev.kansen.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes the man page of the command, {@code kansen(1)}, in roff with the {@code man} macros, from
 * the same picocli model that prints {@code --help}: so the page cannot drift from the command.
 * The build runs it on the built jar and puts the page into the distribution archive. (picocli's
 * own generator writes AsciiDoc, which needs Asciidoctor to become a man page; this needs nothing.)
 */
public final class ManPage {
  private ManPage() {}

  /**
   * Writes the man page.
   *
   * @param args one argument: the file to write, such as {@code target/man/kansen.1}
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ManPage FILE");
    }
    Path file = Path.of(args[0]).toAbsolutePath();
    Files.createDirectories(file.getParent());
    Files.writeString(file, render(), StandardCharsets.UTF_8);
  }

  /** @return the man page of the {@code kansen} command */
  static String render() {
    PrintStream discard = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Terminal terminal = new Terminal(new ByteArrayInputStream(new byte[0]), discard, discard, false);
    return render(Main.commandLine(terminal).getCommandSpec(), VersionProvider.version());
  }

  static String render(CommandSpec root, String version) {
    String name = root.name();
    StringBuilder page = new StringBuilder();
    page.append(".TH ").append(name.toUpperCase(Locale.ROOT)).append(" 1 \"\" \"")
        .append(quoted(name + " " + version)).append("\" \"User Commands\"\n");
    page.append(".SH NAME\n").append(text(name)).append(" \\- ")
        .append(text(lowerFirst(joined(root.usageMessage().description())))).append('\n');
    page.append(".SH SYNOPSIS\n.B ").append(text(name)).append("\n[\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGUMENTS\\fR]\n");
    page.append(".SH DESCRIPTION\n").append(text(joined(root.usageMessage().description()))).append('\n');
    page.append(".PP\nEvery command has \\fB\\-\\-help\\fR.\n");
    options(page, root.options());
    page.append(".SH COMMANDS\n");
    for (CommandLine sub : root.subcommands().values().stream().distinct().toList()) {
      CommandSpec spec = sub.getCommandSpec();
      if (spec.usageMessage().hidden()) {
        continue;
      }
      page.append(".SS \"").append(quoted(name + " " + spec.name())).append("\"\n");
      page.append(".nf\n").append(text(synopsis(sub))).append("\n.fi\n");
      page.append(".PP\n").append(text(joined(spec.usageMessage().description()))).append('\n');
      for (PositionalParamSpec parameter : spec.positionalParameters()) {
        if (!parameter.hidden()) {
          page.append(".TP\n\\fI").append(text(parameter.paramLabel())).append("\\fR\n")
              .append(text(description(parameter))).append('\n');
        }
      }
      for (OptionSpec option : spec.options()) {
        if (!option.hidden() && !option.usageHelp() && !option.versionHelp()) {
          option(page, option);
        }
      }
    }
    List<String> footer = List.of(root.usageMessage().footer());
    if (!footer.isEmpty()) {
      page.append(".SH \"EXIT STATUS\"\n");
      for (String line : footer) {
        String entry = format(line).strip();
        int space = entry.indexOf(' ');
        if (space > 0) {
          page.append(".TP\n.B ").append(text(entry.substring(0, space))).append('\n')
              .append(text(entry.substring(space).strip())).append('\n');
        }
      }
    }
    page.append(".SH \"SEE ALSO\"\nThe README.md of the distribution, and \\fB").append(text(name))
        .append(" help\\fR \\fICOMMAND\\fR.\n");
    return page.toString();
  }

  private static void options(StringBuilder page, List<OptionSpec> options) {
    page.append(".SH OPTIONS\n");
    for (OptionSpec option : options) {
      if (!option.hidden()) {
        option(page, option);
      }
    }
  }

  private static void option(StringBuilder page, OptionSpec option) {
    page.append(".TP\n\\fB").append(text(String.join(", ", option.names()))).append("\\fR");
    if (option.arity().max() > 0) {
      page.append(" \\fI").append(text(option.paramLabel())).append("\\fR");
    }
    page.append('\n').append(text(description(option))).append('\n');
  }

  private static String synopsis(CommandLine command) {
    CommandLine.Help help = new CommandLine.Help(command.getCommandSpec(),
        CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    return help.synopsis(0).stripTrailing().replaceAll("\\s*\\R\\s*", " ");
  }

  private static String description(ArgSpec arg) {
    return joined(arg.description());
  }

  private static String joined(String[] lines) {
    return format(String.join(" ", lines)).replaceAll("\\s*\\R\\s*", "\n").strip();
  }

  /** Resolves the two picocli format specifiers used in descriptions, {@code %n} and {@code %%}. */
  private static String format(String line) {
    return line.replace("%n", "\n").replace("%%", "%");
  }

  private static String lowerFirst(String sentence) {
    String first = sentence.lines().findFirst().orElse("");
    if (first.endsWith(".")) {
      first = first.substring(0, first.length() - 1);
    }
    return first.isEmpty() ? first : Character.toLowerCase(first.charAt(0)) + first.substring(1);
  }

  /** Text for a roff line: backslashes escaped, hyphens as minus signs, no line read as a request. */
  static String text(String value) {
    StringBuilder out = new StringBuilder();
    for (String line : value.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      String escaped = line.replace("\\", "\\e").replace("-", "\\-");
      if (escaped.startsWith(".") || escaped.startsWith("'")) {
        out.append("\\&");
      }
      out.append(escaped);
    }
    return out.toString();
  }

  private static String quoted(String value) {
    return text(value).replace("\"", "\\(dq");
  }
}
