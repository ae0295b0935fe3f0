package dev.kansen.examples.integration.schoolregister;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kansen.examples.integration.Fixtures;
import dev.kansen.model.id.MunicipalityCode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A register file with rows in UTF-8 and rows in Windows-1252 (pasted together from two exports)
 * is refused, naming the lines of each kind: read as either encoding, the other rows' names would
 * be garbled without a trace.
 */
class MixedEncodingTest {
  private static final String HEADER = "BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;"
      + "PLAATSNAAM;GEMEENTENUMMER;GEMEENTENAAM;DENOMINATIE\n";
  private static final SchoolRegisterImport DEN_BOSCH = SchoolRegisterImport.forMunicipality(MunicipalityCode.of("GM0796"));

  private static byte[] file(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] cp1252(String text) {
    return text.getBytes(TextDecoding.WINDOWS_1252);
  }

  @Test
  void aUtf8RowAndAWindows1252RowAreRefusedNamingBothLines() {
    byte[] bytes = file(utf8(HEADER),
        utf8("99901;99ZA;99ZA00;Het Ideeënlab (fictief);X;0796;;\n"),
        cp1252("99901;99ZB;99ZB00;Het Ideeënlab (fictief);X;0796;;\n"));

    RegisterReadException e = assertThrows(RegisterReadException.class,
        () -> DEN_BOSCH.importInto(Fixtures.bossche(), "mixed.csv", bytes));
    assertEquals("mixed.csv: the file mixes encodings: line 2 is UTF-8 and line 3 is not (Windows-1252?); names"
        + " would be garbled either way, so save it again in one encoding, preferably UTF-8", e.getMessage());
  }

  @Test
  void manyLinesOfEachKindAreNamedUpToFiveAndCounted() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(HEADER));
    for (int i = 0; i < 8; i++) {
      out.writeBytes(utf8("1;1;1;Ideeën;;984;;\n"));
      out.writeBytes(cp1252("1;1;1;Ideeën;;984;;\n"));
    }

    RegisterReadException e = assertThrows(RegisterReadException.class,
        () -> DEN_BOSCH.importInto(Fixtures.bossche(), "mixed.csv", out.toByteArray()));
    assertEquals("mixed.csv: the file mixes encodings: lines 2, 4, 6, 8, 10 and 3 more are UTF-8 and lines 3, 5, 7,"
        + " 9, 11 and 3 more are not (Windows-1252?); names would be garbled either way, so save it again in one"
        + " encoding, preferably UTF-8", e.getMessage());
  }

  @Test
  void aByteOrderMarkFollowedByAWindows1252RowIsRefusedNamingTheRow() {
    byte[] bytes = file(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(HEADER),
        utf8("99901;99ZA;99ZA00;Het Ideeënlab (fictief);X;0796;;\n"),
        cp1252("99901;99ZB;99ZB00;Het Ideeënlab (fictief);X;0796;;\n"));

    RegisterReadException e = assertThrows(RegisterReadException.class,
        () -> DEN_BOSCH.importInto(Fixtures.bossche(), "bom.csv", bytes));
    assertEquals("bom.csv: the file starts with a UTF-8 byte order mark, but line 3 is not UTF-8; save it again as"
        + " UTF-8", e.getMessage());
  }

  @Test
  void aFileInOneEncodingStillReadsEitherWay() throws Exception {
    String text = HEADER + "99901;99ZA;99ZA00;Het Ideeënlab (fictief);X;0796;;\n";
    for (byte[] bytes : new byte[][] {utf8(text), cp1252(text)}) {
      ImportResult result = DEN_BOSCH.importInto(Fixtures.bossche(), "one.csv", bytes);
      assertEquals("Het Ideeënlab (fictief)", result.added().get(1).name());
    }
  }
}
