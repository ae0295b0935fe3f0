package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command as a whole: help, version, usage errors and --debug, run from the built jar. */
class CommandLineIT {
  @TempDir
  Path dir;

  @Test
  void helpListsEveryCommand() {
    Kansen.Run run = Kansen.run("--help");
    assertEquals(0, run.exitCode(), run::toString);
    for (String command : new String[] {"validate", "convert", "schema", "summary", "report", "demo"}) {
      assertTrue(run.out().contains(command), command + " in " + run);
    }
    assertTrue(run.out().contains("Exit codes"), run::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "convert", "schema", "summary", "report", "demo"})
  void everyCommandHasHelp(String command) {
    Kansen.Run run = Kansen.run(command, "--help");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("Usage: kansen " + command), run::toString);
    assertTrue(run.err().isEmpty(), run::toString);
  }

  @Test
  void versionIsTheProjectVersion() {
    Kansen.Run run = Kansen.run("--version");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("kansen " + System.getProperty("kansen.version"), run.out().lines().findFirst().orElseThrow());
  }

  @Test
  void noCommandIsAUsageError() {
    Kansen.Run run = Kansen.run();
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("Missing required subcommand"), run::toString);
    assertTrue(run.err().contains("Try 'kansen --help'"), run::toString);
  }

  @Test
  void unknownOptionIsAUsageErrorWithoutStackTrace() {
    Kansen.Run run = Kansen.run("validate", "--frobnicate", "x.json");
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("Unknown option: '--frobnicate'"), run::toString);
    assertFalse(run.err().contains("\tat "), run::toString);
    assertTrue(run.out().isEmpty(), run::toString);
  }

  @Test
  void badDateIsAUsageError() throws IOException {
    Kansen.Run run = Kansen.run("validate", "--as-of", "31-12-2024", ProgrammeFiles.valid(dir).toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains(
        "Invalid value for option '--as-of': expected a date such as 2024-07-31, but was \"31-12-2024\""), run::toString);
    assertFalse(run.err().contains("java.time") || run.err().contains("Exception"), run::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "report", "demo"})
  void everyAsOfOptionExplainsABadDate(String command) throws IOException {
    String target = command.equals("demo") ? "--out=" + dir.resolve("demo") : ProgrammeFiles.valid(dir).toString();
    Kansen.Run run = Kansen.run(command, "--as-of", "nope", target);
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("expected a date such as 2024-07-31, but was \"nope\""), run::toString);
    assertFalse(run.err().contains("java.time"), run::toString);
  }

  @Test
  void thresholdBelowOneIsAUsageError() throws IOException {
    Kansen.Run run = Kansen.run("summary", "--small-cell-threshold", "0", ProgrammeFiles.valid(dir).toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("--small-cell-threshold must be at least 1"), run::toString);
  }

  @Test
  void failuresAreOneLineWithoutStackTrace() {
    Kansen.Run run = Kansen.run("summary", dir.resolve("missing.json").toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertEquals(1, run.err().lines().count(), run::toString);
    assertTrue(run.err().contains("missing.json / ERROR FILE_NOT_READABLE no such file"), run::toString);
    assertFalse(run.err().contains("\tat "), run::toString);
  }

  @Test
  void debugAddsTheStackTrace() {
    Kansen.Run run = Kansen.run("--debug", "summary", dir.resolve("missing.json").toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("FILE_NOT_READABLE"), run::toString);
    assertTrue(run.err().contains("\tat dev.kansen.cli."), run::toString);
  }

  @Test
  void debugAlsoWorksAfterTheCommand() {
    Kansen.Run run = Kansen.run("summary", "--debug", dir.resolve("missing.json").toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("\tat dev.kansen.cli."), run::toString);
  }
}
