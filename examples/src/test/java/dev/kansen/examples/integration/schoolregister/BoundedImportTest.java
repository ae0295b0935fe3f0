package dev.kansen.examples.integration.schoolregister;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.examples.integration.Fixtures;
import dev.kansen.model.id.MunicipalityCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A national register file holds hundreds of thousands of rows, nearly all of other municipalities:
 * what the import keeps about them must not grow with their number. These tests count what is
 * retained and when rows are handed on, not time.
 */
class BoundedImportTest {
  private static final String HEADER = "BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;"
      + "PLAATSNAAM;GEMEENTENUMMER;GEMEENTENAAM;DENOMINATIE\n";
  private static final int OTHER_ROWS = 200_000;

  /** One school of Den Bosch, then {@code others} tiny rows of Venray, then one malformed row. */
  private static byte[] nationalFile(int others) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
    out.writeBytes("99901;99ZA;99ZA00;Voorbeeldschool (fictief);X;0796;;\n".getBytes(StandardCharsets.UTF_8));
    byte[] other = "1;1;1;v;;984;;\n".getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < others; i++) {
      out.writeBytes(other);
    }
    out.writeBytes("99901;99ZB;xx;Voorbeeldschool (fictief);X;0796;;\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Test
  void skippedRowsAreKeptUpToTheBoundAndCountedBeyondIt() throws Exception {
    ImportResult result = SchoolRegisterImport.forMunicipality(MunicipalityCode.of("GM0796"))
        .importInto(Fixtures.bossche(), "national.csv", nationalFile(OTHER_ROWS));

    assertEquals(ImportResult.PROBLEMS_KEPT, result.problems().size());
    assertEquals(3, result.problems().get(0).line(), "the first skipped rows are kept, in file order");
    assertEquals(ImportResult.PROBLEMS_KEPT + 2, result.problems().get(ImportResult.PROBLEMS_KEPT - 1).line());
    assertEquals(Map.of(RowCodes.OTHER_MUNICIPALITY, (long) OTHER_ROWS, RowCodes.MALFORMED_BRIN, 1L),
        result.skippedByCode());
    assertEquals(OTHER_ROWS + 1L, result.skippedRows());
    assertEquals(List.of("bevoegd-gezag-99901", "brin-99ZA00"),
        result.added().stream().map(p -> p.id()).toList());
  }

  @Test
  void rowsAreHandedOnAsTheyAreParsedNotCollectedFirst() {
    // A file whose last line has an unclosed quote: a reader that collected every row before
    // handing them on would fail before the consumer saw one.
    byte[] file = (HEADER + "1;1;1;v;;984;;\n".repeat(1000) + "1;1;1;\"unclosed;;984;;\n")
        .getBytes(StandardCharsets.UTF_8);
    List<Long> seen = new ArrayList<>();

    assertThrows(RegisterReadException.class, () -> RegisterFile.read("broken.csv", file, row -> seen.add(row.line())));
    assertEquals(1000, seen.size());
    assertEquals(1001L, seen.get(999));
  }

  @Test
  void theExampleListsAFewRowsPerCodeAndCountsTheRest(@TempDir Path dir) throws Exception {
    Path register = Files.write(dir.resolve("national.csv"), nationalFile(OTHER_ROWS));
    Path output = dir.resolve("merged.json");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = SchoolRegisterImportExample.run(new String[] {
        Fixtures.resourcePath("programme-bossche-ILLUSTRATIVE.json").toString(), register.toString(), "GM0796",
        output.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
    // MALFORMED_BRIN is on the last line, beyond the rows kept: it is counted, not listed.
    assertEquals("skipped 1 row(s) with MALFORMED_BRIN", lines.get(0));
    assertEquals("skipped line 3: OTHER_MUNICIPALITY: the school lies in GM0984, not in GM0796", lines.get(1));
    assertEquals("skipped " + (OTHER_ROWS - SchoolRegisterImportExample.PROBLEMS_SHOWN)
        + " more row(s) with OTHER_MUNICIPALITY", lines.get(lines.size() - 1));
    assertEquals(2 + SchoolRegisterImportExample.PROBLEMS_SHOWN, lines.size());
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("added 2 partner(s), 0 already present, "
        + (OTHER_ROWS + 1) + " row(s) skipped"));
  }
}
