package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An empty file or directory argument, as an unset shell variable gives ({@code -o "$OUT"}), is
 * named as empty. It used to stand for the working directory: {@code validate ""} said "is a
 * directory", and {@code demo --out ""} wrote its six files into the working directory, over any
 * of the same names. The runs start in a directory of their own, which must stay empty.
 */
class EmptyNameIT {
  @TempDir
  Path workingDirectory;

  @TempDir
  Path inputs;

  @Test
  void anEmptyFileArgumentIsNamedAsEmpty() throws Exception {
    Run run = run("en", "validate", "");
    Run nl = run("nl", "summary", "");

    assertEquals(2, run.exitCode, run.err);
    assertEquals("\"\" / ERROR FILE_NOT_READABLE the name is empty; give the path of a programme JSON file",
        run.err.lines().filter(l -> l.contains(" / ")).findFirst().orElseThrow(), run.err);
    assertEquals(2, nl.exitCode, nl.err);
    assertEquals("kansen summary: \"\" / FOUT FILE_NOT_READABLE de naam is leeg; geef het pad van een programmabestand"
        + " in JSON", nl.err.strip(), nl.err);
  }

  @Test
  void anEmptyReportOutputIsNamedAsEmptyAndNothingIsWritten() throws Exception {
    Path input = ProgrammeFiles.valid(inputs);

    Run run = run("en", "report", input.toString(), "-o", "");

    assertEquals(2, run.exitCode, run.err);
    assertEquals("kansen report: \"\": the name is empty; give the path of the file to write", run.err.strip());
    assertNothingWritten();
  }

  @Test
  void demoIntoAnEmptyDirectoryNameWritesNothingIntoTheWorkingDirectory() throws Exception {
    Run run = run("nl", "demo", "--out", "");

    assertEquals(2, run.exitCode, run.err);
    assertEquals("kansen demo: \"\": de naam is leeg; geef de map om in te schrijven", run.err.strip());
    assertNothingWritten();
  }

  private void assertNothingWritten() throws IOException {
    try (var files = Files.list(workingDirectory)) {
      assertEquals(List.of(), files.toList(), "nothing is written into the working directory");
    }
  }

  /** What one run did: its exit code, and standard output and standard error together. */
  private record Run(int exitCode, String err) {}

  private Run run(String language, String... args) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(Kansen.commandIn(language, args)).directory(workingDirectory.toFile())
        .redirectErrorStream(true).start();
    process.getOutputStream().close();
    byte[] err = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("kansen did not finish within 60 s");
    }
    return new Run(process.exitValue(), new String(err, StandardCharsets.UTF_8));
  }
}
