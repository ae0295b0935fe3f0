package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under {@code LANG=C} (cron, containers) Java on Linux writes file names in ASCII, so a Dutch name
 * such as {@code rapport-één.html} cannot be a path. The command says so and how to run it instead,
 * in one line and the user's language, without picocli's "cannot convert ... to interface
 * java.nio.file.Path (java.nio.file.InvalidPathException ...)".
 */
class FileNameCharsetIT {
  @TempDir
  Path dir;

  @Test
  void anOutputNameWithDiacriticsUnderAnAsciiLocaleSaysWhatToDo() throws Exception {
    Path input = ProgrammeFiles.valid(dir);

    Run en = runUnderAsciiLocale("en", "report", input.toString(), "-o", dir.resolve("rapport-één.html").toString());
    Run nl = runUnderAsciiLocale("nl", "demo", "--out", dir.resolve("één").toString());

    assertEquals(2, en.exitCode, en.output);
    String first = en.output.lines().findFirst().orElseThrow();
    assertTrue(first.startsWith("kansen report: Invalid value for option '--output': \""), first);
    assertTrue(first.endsWith("\" cannot be a file name with this computer's character set (ANSI_X3.4-1968); run kansen"
        + " with a UTF-8 language setting, such as LANG=C.UTF-8"), first);
    assertFalse(en.output.contains("Exception") || en.output.contains("interface java"), en.output);
    assertEquals(2, nl.exitCode, nl.output);
    assertTrue(nl.output.contains("kan geen bestandsnaam zijn met de tekenset van deze computer (ANSI_X3.4-1968)"), nl.output);
    assertFalse(nl.output.contains("Exception"), nl.output);
  }

  @Test
  void anInputNameWithDiacriticsUnderAnAsciiLocaleSaysWhatToDo() throws Exception {
    Path input = Files.copy(ProgrammeFiles.valid(dir), dir.resolve("café.json"));

    Run run = runUnderAsciiLocale("en", "validate", input.toString());

    assertEquals(2, run.exitCode, run.output);
    assertTrue(run.output.contains(" / ERROR FILE_NOT_READABLE cannot be a file name with this computer's character set"
        + " (ANSI_X3.4-1968); run kansen with a UTF-8 language setting, such as LANG=C.UTF-8"), run.output);
  }

  /** What one run did: its exit code, and standard output and standard error together. */
  private record Run(int exitCode, String output) {}

  private static Run runUnderAsciiLocale(String language, String... args) throws IOException, InterruptedException {
    List<String> command = Kansen.commandIn(language, args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG") || name.equals("LANGUAGE"));
    environment.put("LC_ALL", "C");
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("kansen did not finish within 60 s");
    }
    String text = new String(output, StandardCharsets.UTF_8);
    // Where Java writes file names in UTF-8 whatever the locale (macOS, a future JDK), the names work.
    assumeTrue(process.exitValue() != 0, () -> "file names are UTF-8 under LC_ALL=C here: " + text);
    return new Run(process.exitValue(), text);
  }
}
