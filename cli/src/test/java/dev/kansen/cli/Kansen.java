package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built jar, {@code cli/target/kansen.jar}, as a separate process, the way a script does,
 * and captures its exit code, standard output and standard error.
 */
final class Kansen {
  private static final Path JAR = Path.of(System.getProperty("kansen.jar", "target/kansen.jar"));

  private Kansen() {}

  /** What one run did. */
  record Run(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  static Run run(String... args) {
    return runWithInput(new byte[0], args);
  }

  /**
   * @param args the command's arguments
   * @return the process command that runs the jar with them
   */
  static List<String> command(String... args) {
    return commandIn("en", args);
  }

  /**
   * @param language the language of the JVM's default locale, as the operating system would set it
   * @param args the command's arguments
   * @return the process command that runs the jar with them in that locale
   */
  static List<String> commandIn(String language, String... args) {
    assertTrue(Files.isRegularFile(JAR), "the shaded jar is built in the package phase: " + JAR.toAbsolutePath());
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // The default language is the machine's unless told: tests say which, so none depends on the machine.
    command.add("-Duser.language=" + language);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    return command;
  }

  static Run runWithInput(byte[] stdin, String... args) {
    return start(command(args), stdin, args);
  }

  /**
   * @param language the language of the JVM's default locale
   * @param args the command's arguments
   * @return what the run did
   */
  static Run runIn(String language, String... args) {
    return start(commandIn(language, args), new byte[0], args);
  }

  private static Run start(List<String> command, byte[] stdin, String... args) {
    try {
      Process process = new ProcessBuilder(command).start();
      CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
      CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
      try (OutputStream in = process.getOutputStream()) {
        in.write(stdin);
      } catch (IOException e) {
        // the command may exit without reading standard input
      }
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("kansen " + String.join(" ", args) + " did not finish within 60 s");
      }
      return new Run(process.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
          new String(err.join(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in; ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      in.transferTo(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
