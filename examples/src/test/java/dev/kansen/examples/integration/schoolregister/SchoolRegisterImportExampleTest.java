package dev.kansen.examples.integration.schoolregister;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.examples.integration.Fixtures;
import dev.kansen.json.KansenJson;
import dev.kansen.model.Programme;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchoolRegisterImportExampleTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return SchoolRegisterImportExample.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void mergesTheSampleRegisterIntoTheSampleProgrammeAndListsTheSkippedRows() throws Exception {
    Path output = dir.resolve("merged.json");

    int status = run(Fixtures.resourcePath("programme-bossche-ILLUSTRATIVE.json").toString(),
        Fixtures.resourcePath("duo-vestigingen-ILLUSTRATIVE.csv").toString(), "GM0796", output.toString());

    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    Programme merged = KansenJson.strict().read(output);
    assertEquals(1 + 6, merged.partners().size());
    assertEquals("added 6 partner(s), 0 already present, 2 row(s) skipped" + System.lineSeparator() + "wrote " + output
        + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
    assertEquals(List.of(
        "skipped line 7: MALFORMED_BRIN: VESTIGINGSCODE must be a two-digit vestigingsnummer or the instellingscode 9ZE"
            + " followed by one, but was \"9ZE00\"",
        "skipped line 6: OTHER_MUNICIPALITY: the school lies in GM0984 (Venray), not in GM0796"),
        err.toString(StandardCharsets.UTF_8).lines().toList());
  }

  @Test
  void anUnreadableRegisterWritesNothingAndExitsWithStatusOne() throws Exception {
    Path register = Files.write(dir.resolve("register.csv"), new byte[] {'A', (byte) 0x81});
    Path output = dir.resolve("merged.json");

    int status = run(Fixtures.resourcePath("programme-bossche-ILLUSTRATIVE.json").toString(), register.toString(),
        "GM0796", output.toString());

    assertEquals(1, status);
    assertEquals("error: " + register + ": the file is neither UTF-8 nor Windows-1252 text" + System.lineSeparator(),
        err.toString(StandardCharsets.UTF_8));
    assertFalse(Files.exists(output));
  }

  @Test
  void anUnreadableProgrammeIsReportedWithItsViolations() throws Exception {
    Path programme = Files.writeString(dir.resolve("programme.json"), "{\"formatVersion\": \"1.0\"");

    int status = run(programme.toString(), Fixtures.resourcePath("duo-vestigingen-ILLUSTRATIVE.csv").toString(), "GM0796",
        dir.resolve("merged.json").toString());

    assertEquals(1, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: " + programme + " is not a programme document:"),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void wrongArgumentsGetTheUsageAndStatusTwo() {
    assertEquals(2, run("only-one-argument"));
    assertEquals(2, run("p.json", "r.csv", "0796", "out.json"));
    assertEquals(2, run("p.json", "r.csv", "GM0796", "out.json", "LIBRARY"));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: SchoolRegisterImportExample"));
  }
}
