package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive, {@code cli/target/kansen-VERSION.zip}, as a person installs it: unpacked
 * anywhere and run through {@code bin/kansen} with nothing but a Java runtime on the PATH (no
 * JAVA_HOME, no Maven, not from the checkout).
 */
class DistributionIT {
  private static final String VERSION = System.getProperty("kansen.version", "unknown");
  private static final Path ARCHIVE = Path.of(System.getProperty("kansen.dist", "target/kansen-" + VERSION + ".zip"));
  private static final String BASE = "kansen-" + VERSION + "/";

  @TempDir
  static Path unpacked;

  @TempDir
  static Path javaOnly;

  private static Path home;

  @BeforeAll
  static void unpack() throws IOException {
    assertTrue(Files.isRegularFile(ARCHIVE), "the archive is built in the package phase: " + ARCHIVE.toAbsolutePath());
    try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + ARCHIVE.toUri()),
        Map.of("enablePosixFileAttributes", "true"))) {
      Path root = zip.getPath("/");
      try (Stream<Path> entries = Files.walk(root)) {
        for (Path entry : entries.filter(Files::isRegularFile).toList()) {
          Path target = unpacked.resolve(root.relativize(entry).toString());
          Files.createDirectories(target.getParent());
          Files.copy(entry, target, StandardCopyOption.REPLACE_EXISTING);
          Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(entry));
        }
      }
    }
    home = unpacked.resolve(BASE);
  }

  @Test
  void holdsTheLaunchersTheJarTheDocumentsAndTheLicences() throws IOException {
    Set<String> files = new TreeSet<>();
    try (Stream<Path> all = Files.walk(unpacked)) {
      all.filter(Files::isRegularFile).forEach(f -> files.add(unpacked.relativize(f).toString().replace('\\', '/')));
    }
    assertEquals(new TreeSet<>(Stream.of("bin/kansen", "bin/kansen.cmd", "lib/kansen.jar", "README.md", "LICENSE",
            "NOTICE", "THIRD-PARTY.txt", "licenses/slf4j-LICENSE.txt", "licenses/ojalgo-LICENSE.txt", "completion/kansen_completion",
            "man/man1/kansen.1").map(f -> BASE + f).toList()),
        files);
    assertTrue(Files.getPosixFilePermissions(home.resolve("bin/kansen")).contains(PosixFilePermission.OWNER_EXECUTE),
        "bin/kansen is executable");
    assertTrue(Files.readString(home.resolve("LICENSE")).contains("Apache License"), "LICENSE is Apache-2.0");
    assertTrue(Files.readString(home.resolve("licenses/slf4j-LICENSE.txt")).contains("Permission is hereby granted"),
        "SLF4J's MIT licence");
    String thirdParty = Files.readString(home.resolve("THIRD-PARTY.txt"));
    for (String component : List.of("picocli", "Jackson", "SLF4J", "FastDoubleParser", "Schubfach")) {
      assertTrue(thirdParty.contains(component), component + " in THIRD-PARTY.txt:\n" + thirdParty);
    }
    assertFalse(thirdParty.contains("${"), "THIRD-PARTY.txt has every version filled in:\n" + thirdParty);
  }

  @Test
  void theWindowsLauncherHasWindowsLineEndingsAndRunsTheSameJar() throws IOException {
    String cmd = Files.readString(home.resolve("bin/kansen.cmd"), StandardCharsets.ISO_8859_1);
    assertTrue(cmd.contains("\r\n"), "CRLF line endings");
    assertFalse(cmd.replace("\r\n", "").contains("\n"), "no bare LF");
    assertTrue(cmd.contains("-jar \"%KANSEN_HOME%\\lib\\kansen.jar\" %*"), cmd);
  }

  @Test
  void printsItsVersionWithOnlyJavaOnThePath() throws Exception {
    Run run = kansen(unpacked, "--version");

    assertEquals(0, run.exitCode, run::toString);
    assertTrue(run.out.startsWith("kansen " + VERSION + System.lineSeparator()), run::toString);
  }

  @Test
  void validatesTheSeedProgrammesItWrote(@TempDir Path work) throws Exception {
    Run demo = kansen(work, "demo", "--out", "demo");
    assertEquals(0, demo.exitCode, demo::toString);
    List<String> args = new ArrayList<>(List.of("validate"));
    try (Stream<Path> files = Files.list(work.resolve("demo"))) {
      files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(f -> args.add(work.relativize(f).toString()));
    }
    assertTrue(args.size() >= 3, "the demo wrote the two seed programmes and the illustrative one: " + args);

    Run validate = kansen(work, args.toArray(String[]::new));

    assertEquals(0, validate.exitCode, validate::toString);
  }

  @Test
  void runsThroughASymbolicLinkFromAnotherDirectory(@TempDir Path elsewhere) throws Exception {
    Path link = Files.createSymbolicLink(elsewhere.resolve("kansen"), home.resolve("bin/kansen"));

    Run run = run(elsewhere, List.of("sh", link.toString(), "--version"), Map.of());

    assertEquals(0, run.exitCode, run::toString);
    assertTrue(run.out.startsWith("kansen " + VERSION), run::toString);
  }

  @Test
  void usesJavaHomeWhenItIsSetAndNothingElse(@TempDir Path emptyBin) throws Exception {
    Run run = run(unpacked, List.of("/bin/sh", home.resolve("bin/kansen").toString(), "--version"),
        Map.of("PATH", emptyBin.toString(), "JAVA_HOME", System.getProperty("java.home")));

    assertEquals(0, run.exitCode, run::toString);
    assertTrue(run.out.startsWith("kansen " + VERSION), run::toString);
  }

  @Test
  void saysSoWhenThereIsNoJava(@TempDir Path emptyBin) throws Exception {
    Run run = run(unpacked, List.of("/bin/sh", home.resolve("bin/kansen").toString(), "--version"),
        Map.of("PATH", emptyBin + ":/nonexistent"));

    assertEquals(2, run.exitCode, run::toString);
    assertTrue(run.err.contains("no Java found"), run::toString);
  }

  @Test
  void theCompletionScriptCompletesTheCommandsInBash() throws Exception {
    Path script = home.resolve("completion/kansen_completion");
    Run run = run(unpacked, List.of("bash", "-c", "source \"$1\" && complete -p kansen", "bash", script.toString()), Map.of());

    assertEquals(0, run.exitCode, run::toString);
    assertTrue(run.out.contains("kansen"), run::toString);
    String text = Files.readString(script);
    for (String command : List.of("validate", "convert", "schema", "summary", "report", "demo")) {
      assertTrue(text.contains(command), command + " in the completion script");
    }
  }

  @Test
  void theManPageDescribesEveryCommandAndFormatsCleanly() throws Exception {
    Path page = home.resolve("man/man1/kansen.1");
    String roff = Files.readString(page);
    assertTrue(roff.startsWith(".TH KANSEN 1 "), roff);
    for (String command : List.of("validate", "convert", "schema", "summary", "report", "demo", "generate\\-completion")) {
      assertTrue(roff.contains(".SS \"kansen " + command + "\""), command + " in the man page");
    }
    if (onPath("groff")) {
      Run groff = run(unpacked, List.of("groff", "-man", "-Tutf8", "-ww", "-z", page.toString()), Map.of());
      assertEquals(0, groff.exitCode, groff::toString);
      assertEquals("", groff.err, "groff warns about the man page");
    }
  }

  /** Runs bin/kansen with a PATH that holds java and the basic tools only, and no JAVA_HOME. */
  private static Run kansen(Path workDir, String... args) throws Exception {
    Path javaBin = javaOnly;
    if (!Files.exists(javaBin.resolve("java"))) {
      Files.createSymbolicLink(javaBin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    }
    List<String> command = new ArrayList<>(List.of("/bin/sh", home.resolve("bin/kansen").toString()));
    command.addAll(List.of(args));
    return run(workDir, command, Map.of("PATH", javaBin + ":/usr/bin:/bin"));
  }

  private static boolean onPath(String tool) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
        .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, tool)));
  }

  private static Run run(Path workDir, List<String> command, Map<String, String> environment) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    if (!environment.isEmpty()) {
      builder.environment().clear();
      builder.environment().put("HOME", workDir.toString());
      builder.environment().putAll(environment);
    }
    Process process = builder.start();
    process.getOutputStream().close();
    var out = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
    var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not finish within 120 s");
    }
    return new Run(process.exitValue(), out.join(), err.join());
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Run(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }
}
