package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The man page is roff that man renders as written, and it names every command and option. */
class ManPageTest {
  private static final Set<String> MACROS = Set.of(".TH", ".SH", ".SS", ".TP", ".PP", ".B", ".nf", ".fi");

  @Test
  void namesEveryVisibleCommandAndEachOfItsOptions() {
    String page = ManPage.render();
    PrintStream discard = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    CommandSpec root = Main.commandLine(new Terminal(new ByteArrayInputStream(new byte[0]), discard, discard, false))
        .getCommandSpec();
    for (CommandLine sub : root.subcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      if (spec.usageMessage().hidden()) {
        continue;
      }
      assertTrue(page.contains(".SS \"kansen " + ManPage.text(spec.name()) + "\""), spec.name());
      for (OptionSpec option : spec.options()) {
        if (!option.hidden() && !option.usageHelp() && !option.versionHelp()) {
          assertTrue(page.contains(ManPage.text(option.longestName())), spec.name() + " " + option.longestName());
        }
      }
    }
    assertTrue(page.contains(".SH \"EXIT STATUS\""), page);
  }

  @Test
  void everyLineIsTextOrAKnownMacro() {
    for (String line : ManPage.render().lines().toList()) {
      if (line.startsWith(".") || line.startsWith("'")) {
        assertTrue(MACROS.contains(line.split(" ", 2)[0]), "unknown request: " + line);
      }
      assertFalse(line.contains("%n"), "an unresolved picocli format specifier: " + line);
    }
  }

  @Test
  void textCannotStartARequestAndKeepsBackslashesAndHyphens() {
    assertEquals("\\&.hidden \\e\\-x", ManPage.text(".hidden \\-x"));
    assertEquals("\\&'quoted", ManPage.text("'quoted"));
    assertEquals(List.of("a", "\\&.b"), ManPage.text("a\n.b").lines().toList());
  }
}
