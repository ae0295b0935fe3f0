package dev.kansen.examples.integration.schoolregister;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kansen.examples.integration.Fixtures;
import dev.kansen.json.KansenJson;
import dev.kansen.model.Programme;
import dev.kansen.model.id.MunicipalityCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the import writes, kansen reads back with its default limits: a value longer than the JSON
 * reader's default string limit skips its row, reported with its line and column, instead of
 * ending up in a document that {@code kansen validate} refuses.
 */
class OverLongValueTest {
  private static final String HEADER = "BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;"
      + "PLAATSNAAM;GEMEENTENUMMER;GEMEENTENAAM;DENOMINATIE\n";
  private static final int LIMIT = KansenJson.strict().maxStringLength();
  private static final SchoolRegisterImport DEN_BOSCH = SchoolRegisterImport.forMunicipality(MunicipalityCode.of("GM0796"));

  @TempDir
  Path dir;

  private static String row(String brin, String name, String place) {
    return "99901;" + brin.substring(0, 4) + ";" + brin + ";" + name + ";" + place + ";0796;;\n";
  }

  @Test
  void aTwoMillionCharacterNameSkipsItsRowAndTheOutputReadsBack() throws Exception {
    Path register = Files.writeString(dir.resolve("register.csv"), HEADER
        + row("99ZA00", "Voorbeeldschool (fictief)", "X")
        + row("99ZB00", "N".repeat(2_000_000), "X"));
    Path output = dir.resolve("merged.json");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = SchoolRegisterImportExample.run(new String[] {
        Fixtures.resourcePath("programme-bossche-ILLUSTRATIVE.json").toString(), register.toString(), "GM0796",
        output.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    assertEquals(List.of("skipped line 3: VALUE_TOO_LONG: VESTIGINGSNAAM (column 4) has 2000000 characters, more than"
        + " the " + LIMIT + " kansen reads"), err.toString(StandardCharsets.UTF_8).lines().toList());
    Programme merged = KansenJson.strict().read(output);
    assertEquals(List.of("brin-99ZA00"), merged.partners().stream().map(p -> p.id())
        .filter(id -> id.startsWith("brin-")).toList());
  }

  @Test
  void aNameOfExactlyTheLimitIsImportedAndReadsBack() throws Exception {
    ImportResult result = DEN_BOSCH.importInto(Fixtures.bossche(), "register.csv", (HEADER
        + row("99ZA00", "N".repeat(LIMIT), "X")
        + row("99ZB00", "N".repeat(LIMIT + 1), "X")).getBytes(StandardCharsets.UTF_8));

    assertEquals(List.of(new RowProblem(3, RowCodes.VALUE_TOO_LONG, "VESTIGINGSNAAM (column 4) has " + (LIMIT + 1)
        + " characters, more than the " + LIMIT + " kansen reads")), result.problems());
    KansenJson json = KansenJson.strict();
    assertEquals(result.programme(), json.read(json.writeCompact(result.programme())));
  }

  @Test
  void everyColumnThatReachesTheDocumentIsChecked() throws Exception {
    String longText = "P".repeat(LIMIT + 1);
    ImportResult result = DEN_BOSCH.importInto(Fixtures.bossche(), "register.csv", (HEADER
        + row("99ZA00", "Voorbeeldschool (fictief)", longText)
        + row("99ZB00", "Voorbeeldschool (fictief)", "P".repeat(LIMIT - 10))).getBytes(StandardCharsets.UTF_8));

    assertEquals(List.of(
        new RowProblem(2, RowCodes.VALUE_TOO_LONG, "PLAATSNAAM (column 5) has " + (LIMIT + 1)
            + " characters, more than the " + LIMIT + " kansen reads"),
        new RowProblem(3, RowCodes.VALUE_TOO_LONG, "the description made of PLAATSNAAM (column 5) and DENOMINATIE would"
            + " have " + (LIMIT - 10 + "School location in ".length() + ", imported from the DUO school register".length())
            + " characters, more than the " + LIMIT + " kansen reads")), result.problems());
    assertEquals(List.of(), result.added());
  }
}
