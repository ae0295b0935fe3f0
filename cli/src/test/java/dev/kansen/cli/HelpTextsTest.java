package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.cli.text.Language;
import dev.kansen.cli.text.Texts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The usage help in Dutch: every command's description and footer and every option's and
 * parameter's description differ from the English, so none is left untranslated.
 */
class HelpTextsTest {
  private static CommandSpec root(Language language) {
    PrintStream discard = new PrintStream(new ByteArrayOutputStream());
    Terminal terminal = new Terminal(new ByteArrayInputStream(new byte[0]), discard, discard, false,
        Texts.of(language), true);
    return Main.commandLine(terminal).getCommandSpec();
  }

  @Test
  void everyDescriptionOfEveryCommandHasItsDutch() {
    List<String> untranslated = new ArrayList<>();
    compare(root(Language.EN), root(Language.NL), untranslated);
    assertEquals(List.of(), untranslated, "add their Dutch to cli/src/main/resources/dev/kansen/cli/help_nl.properties");
  }

  private static void compare(CommandSpec english, CommandSpec dutch, List<String> untranslated) {
    String name = english.qualifiedName();
    String[] description = english.usageMessage().header().length > 0 ? english.usageMessage().header()
        : english.usageMessage().description();
    String[] dutchDescription = english.usageMessage().header().length > 0 ? dutch.usageMessage().header()
        : dutch.usageMessage().description();
    if (Arrays.equals(description, dutchDescription)) {
      untranslated.add(name + ": description");
    }
    if (english.usageMessage().footer().length > 0 && Arrays.equals(english.usageMessage().footer(), dutch.usageMessage().footer())) {
      untranslated.add(name + ": footer");
    }
    List<ArgSpec> args = new ArrayList<>(english.args());
    List<ArgSpec> dutchArgs = new ArrayList<>(dutch.args());
    assertEquals(args.size(), dutchArgs.size(), name);
    for (int i = 0; i < args.size(); i++) {
      String[] en = args.get(i).description();
      if (en.length > 0 && Arrays.equals(en, dutchArgs.get(i).description())) {
        untranslated.add(name + " " + args.get(i).paramLabel() + " " + Arrays.toString(args.get(i).isOption()
            ? ((CommandLine.Model.OptionSpec) args.get(i)).names() : new String[0]));
      }
    }
    english.subcommands().forEach((sub, line) -> {
      if (line.getCommandSpec().name().equals(sub)) {
        compare(line.getCommandSpec(), dutch.subcommands().get(sub).getCommandSpec(), untranslated);
      }
    });
  }

  /**
   * The adversary's sweep of the usage help: for every command, the Dutch help has as many lines of
   * description as the English (none left out), shares no line of prose with the English help (a
   * line in common holds only option names, parameter labels and the command's name), and has an
   * exit-codes heading only where the English has one.
   */
  @Test
  void theDutchHelpOfEveryCommandHasNoEnglishLine() {
    List<String> english = new ArrayList<>();
    sweep(root(Language.EN), root(Language.NL), english);
    assertEquals(List.of(), english);
  }

  private static void sweep(CommandSpec en, CommandSpec nl, List<String> english) {
    String name = en.qualifiedName();
    if (en.usageMessage().description().length != nl.usageMessage().description().length) {
      english.add(name + ": " + en.usageMessage().description().length + " lines of description in English, "
          + nl.usageMessage().description().length + " in Dutch");
    }
    String enHelp = new CommandLine(en).getUsageMessage(CommandLine.Help.Ansi.OFF);
    String nlHelp = new CommandLine(nl).getUsageMessage(CommandLine.Help.Ansi.OFF);
    java.util.Set<String> enLines = new java.util.HashSet<>(List.of(enHelp.split("\\R")));
    for (String line : nlHelp.split("\\R")) {
      String words = line.replaceAll("\\[[^\\]]*\\]|--?[\\w=.-]+|\\b[A-Z][A-Z.]*\\b|source <\\(|kansen|generate-completion", " ");
      if (enLines.contains(line) && words.matches(".*\\p{L}{3,}.*")) {
        english.add(name + ": " + line.strip());
      }
    }
    if (nlHelp.contains("Afsluitcodes:") != (en.usageMessage().footer().length > 0)) {
      english.add(name + ": an exit-codes heading " + (en.usageMessage().footer().length > 0 ? "missing" : "without codes"));
    }
    en.subcommands().forEach((sub, line) -> {
      if (line.getCommandSpec().name().equals(sub)) {
        sweep(line.getCommandSpec(), nl.subcommands().get(sub).getCommandSpec(), english);
      }
    });
  }

  @Test
  void theDutchHelpSaysUsageInDutch() {
    String help = Main.commandLine(new Terminal(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
        new PrintStream(new ByteArrayOutputStream()), false, Texts.of(Language.NL), true)).getUsageMessage();
    assertTrue(help.startsWith("Gebruik: kansen"), help);
    assertTrue(help.contains("Opdrachten:") && help.contains("Afsluitcodes:"), help);
    assertTrue(help.contains("Controleer programmabestanden"), help);
  }
}
