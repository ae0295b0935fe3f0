package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kansen.json.KansenJson;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command against hostile inputs and outputs: inputs without end, control characters in
 * documents, outputs that cannot be written, inputs of which one is bad, awkward output paths.
 */
class HardeningIT {
  /** C0 controls but line feed, DEL, C1 controls and the bidirectional controls. */
  private static final Pattern RAW_CONTROL =
      Pattern.compile("[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

  @TempDir
  Path dir;

  // ---------------------------------------------------------------- inputs without end

  @Test
  void aSparseFileOfThreeGibibytesIsRefusedUnreadWithOneLineInLittleMemory() throws IOException {
    Path sparse = dir.resolve("sparse.json");
    try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
      file.setLength(3L << 30);
    }
    Run run = run(new ProcessBuilder(bounded("validate", sparse.toString())));
    assertEquals(2, run.exitCode, run::toString);
    assertEquals(List.of(sparse + " / ERROR INPUT_TOO_LARGE is longer than the maximum of 16777216 bytes (16 MiB)"
        + " a programme document may have; it was not read further"), run.out.lines().toList(), run::toString);
    assertNoStackTrace(run);
  }

  @Test
  void devZeroAsAFileIsRefusedAfterTheLimit() {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "/dev/zero");
    Run run = run(new ProcessBuilder(bounded("validate", "/dev/zero")));
    assertEquals(2, run.exitCode, run::toString);
    assertTrue(run.out.startsWith("/dev/zero / ERROR INPUT_TOO_LARGE "), run::toString);
    assertEquals(1, run.out.lines().count(), run::toString);
    assertNoStackTrace(run);
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "summary", "convert", "report"})
  void devZeroOnStandardInputIsRefusedAfterTheLimit(String command) {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "/dev/zero");
    List<String> args = new ArrayList<>(List.of(command, "-"));
    if (command.equals("report")) {
      args.addAll(List.of("-o", dir.resolve("r.html").toString()));
    }
    Run run = run(new ProcessBuilder(bounded(args.toArray(String[]::new))).redirectInput(new File("/dev/zero")));
    assertEquals(2, run.exitCode, run::toString);
    assertTrue((run.out + run.err).contains("<stdin> / ERROR INPUT_TOO_LARGE "), run::toString);
    assertNoStackTrace(run);
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "summary", "convert", "report"})
  void helpSaysWhatANamedPipeWithoutWriterDoes(String command) {
    Kansen.Run run = Kansen.run(command, "--help");
    assertTrue(run.out().replaceAll("\\s+", " ").contains("while it has no writer, kansen waits for one"), run::toString);
  }

  // ---------------------------------------------------------------- control characters

  @Test
  void validateShowsControlCharactersOfTheDocumentEscaped() throws IOException {
    Path file = Files.writeString(dir.resolve("hostile-lead.json"), Files.readString(hostile())
        .replaceFirst("\"lead\": \"board\"", "\"lead\": \"nobody\\\\u001b[2K\\\\u0007\\\\u009b\\\\u202e\""));
    Kansen.Run run = Kansen.run("validate", "--as-of", "2022-03-01", file.toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.out().contains("nobody\\u001B[2K\\u0007\\u009B\\u202E"), run::toString);
    assertClean(run);
  }

  @Test
  void summaryShowsNamesAndTitlesEscaped() throws IOException {
    Kansen.Run run = Kansen.run("summary", hostile().toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("Fixture \\u001B]0;owned\\u0007 programme"), run::toString);
    assertTrue(run.out().contains("Gemeente \\u009B31m's-Hertogenbosch"), run::toString);
    assertClean(run);
  }

  @Test
  void errorLinesShowUnknownPropertyNamesAndEnumValuesEscaped() throws IOException {
    String text = Files.readString(ProgrammeFiles.valid(dir))
        .replaceFirst("\\{", "{\n  \"\\\\u001b]0;name\\\\u0007\": 1,")
        .replaceFirst("\"SCHOOL_BOARD\"", "\"SCHOOL\\\\u001b[2J\\\\u2066\"");
    Path file = Files.writeString(dir.resolve("hostile-names.json"), text);
    for (String command : new String[] {"convert", "summary", "validate"}) {
      Kansen.Run run = Kansen.run(command, file.toString());
      assertEquals(2, run.exitCode(), run::toString);
      assertTrue((run.out() + run.err()).contains("\\u001B]0;name\\u0007"), run::toString);
      assertTrue((run.out() + run.err()).contains("SCHOOL\\u001B[2J\\u2066"), run::toString);
      assertClean(run);
    }
  }

  /** @return a file whose title and a partner's name hold control characters */
  private Path hostile() throws IOException {
    String text = KansenJson.strict().write(dev.kansen.model.Programme.builder().from(Fixture.programme()).build())
        .replace("\"Fixture programme\"", "\"Fixture \\u001b]0;owned\\u0007 programme\"")
        .replace("\"Gemeente 's-Hertogenbosch\"", "\"Gemeente \\u009b31m's-Hertogenbosch\"");
    assertTrue(text.contains("owned"), text);
    return Files.writeString(dir.resolve("hostile.json"), text);
  }

  private static void assertClean(Kansen.Run run) {
    assertFalse(RAW_CONTROL.matcher(run.out()).find(), () -> "raw control character on standard output: " + run);
    assertFalse(RAW_CONTROL.matcher(run.err()).find(), () -> "raw control character on standard error: " + run);
  }

  // ---------------------------------------------------------------- outputs that fail

  @ParameterizedTest
  @ValueSource(strings = {"convert", "validate", "summary", "schema"})
  void aFullDiskIsExitTwoWithOneLine(String command) throws IOException {
    assumeTrue(Files.exists(Path.of("/dev/full")), "/dev/full");
    List<String> args = writing(command);
    Run run = run(new ProcessBuilder(Kansen.command(args.toArray(String[]::new))).redirectOutput(new File("/dev/full")));
    assertEquals(2, run.exitCode, run::toString);
    assertEquals(List.of("kansen " + command + ": standard output cannot be written: No space left on device"),
        run.err.lines().toList(), run::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"convert", "validate", "summary", "schema"})
  void aClosedStandardOutputIsExitTwoWithOneLine(String command) throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
    List<String> args = writing(command);
    List<String> shell = new ArrayList<>(List.of("/bin/sh", "-c", "exec \"$@\" >&-", "sh"));
    shell.addAll(Kansen.command(args.toArray(String[]::new)));
    Run run = run(new ProcessBuilder(shell));
    assertEquals(2, run.exitCode, run::toString);
    assertEquals(1, run.err.lines().count(), run::toString);
    assertTrue(run.err.startsWith("kansen " + command + ": standard output cannot be written"), run::toString);
  }

  @Test
  void aReaderThatClosesThePipeEarlyEndsTheCommandQuietly() throws Exception {
    Path file = ProgrammeFiles.valid(dir);
    List<String> args = new ArrayList<>(List.of("convert", "--jsonl"));
    for (int i = 0; i < 400; i++) {
      args.add(file.toString());
    }
    Process process = new ProcessBuilder(Kansen.command(args.toArray(String[]::new))).start();
    process.getOutputStream().close();
    try (InputStream out = process.getInputStream()) {
      assertEquals(10, out.readNBytes(10).length);
    }
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "convert ends when its reader has gone");
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals("", err, "like head's writer, nothing is said");
    assertEquals(0, process.exitValue(), err);
  }

  /** @return the arguments of a run of the command that writes to standard output */
  private List<String> writing(String command) throws IOException {
    return switch (command) {
      case "schema" -> List.of(command);
      case "validate" -> List.of(command, "--format", "json", ProgrammeFiles.valid(dir).toString());
      default -> List.of(command, ProgrammeFiles.valid(dir).toString());
    };
  }

  // ---------------------------------------------------------------- all or nothing

  @ParameterizedTest
  @ValueSource(strings = {"--pretty", "--compact", "--jsonl"})
  void convertWritesNothingWhenAnyInputIsBadAndNamesEveryBadOne(String layout) throws IOException {
    Path good = ProgrammeFiles.valid(dir);
    Path empty = Files.writeString(dir.resolve("empty.json"), "");
    Path malformed = ProgrammeFiles.malformed(dir);
    Kansen.Run run = Kansen.run("convert", layout, good.toString(), empty.toString(), good.toString(), malformed.toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertEquals("", run.out(), "nothing written: " + run);
    assertTrue(run.err().contains("kansen convert: " + empty), run::toString);
    assertTrue(run.err().contains("kansen convert: " + malformed + ":3:"), run::toString);
    assertNoStackTrace(new Run(run.exitCode(), run.out(), run.err()));
  }

  // ---------------------------------------------------------------- report output paths

  @Test
  void reportWritesAFileWhoseNameHas250Characters() throws IOException {
    Path out = dir.resolve("r".repeat(245) + ".html");
    Kansen.Run run = Kansen.run("report", ProgrammeFiles.valid(dir).toString(), "-o", out.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(Files.readString(out).contains("Fixture programme"), run::toString);
  }

  @Test
  void reportIntoProcSaysNoFileCanBeMadeThere() throws IOException {
    assumeTrue(Files.isRegularFile(Path.of("/proc/version")), "Linux /proc");
    Kansen.Run run = Kansen.run("report", ProgrammeFiles.valid(dir).toString(), "-o", "/proc/version");
    assertEquals(2, run.exitCode(), run::toString);
    assertEquals(List.of("kansen report: /proc/version: cannot be written: no new file can be made in the directory /proc"),
        run.err().lines().toList(), run::toString);
  }

  // ---------------------------------------------------------------- helpers

  /** What one run did, when the test set up the process itself. */
  private record Run(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  /** @return the command, in a virtual machine of 128 MiB of heap, so that reading must stay bounded */
  private static List<String> bounded(String... args) {
    List<String> command = Kansen.command(args);
    command.add(1, "-Xmx128m");
    return command;
  }

  private static Run run(ProcessBuilder builder) {
    try {
      Path out = Files.createTempFile("kansen-out", ".txt");
      Path err = Files.createTempFile("kansen-err", ".txt");
      try {
        if (builder.redirectOutput() == ProcessBuilder.Redirect.PIPE) {
          builder.redirectOutput(out.toFile());
        }
        builder.redirectError(err.toFile());
        Process process = builder.start();
        if (builder.redirectInput() == ProcessBuilder.Redirect.PIPE) {
          process.getOutputStream().close();
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new AssertionError(builder.command() + " did not finish within 60 s");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static void assertNoStackTrace(Run run) {
    assertFalse(run.err.contains("\tat ") || run.out.contains("\tat "), run::toString);
    assertFalse(run.err.contains("OutOfMemoryError"), run::toString);
  }
}
