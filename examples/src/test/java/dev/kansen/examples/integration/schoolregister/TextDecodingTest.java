package dev.kansen.examples.integration.schoolregister;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kansen.examples.integration.Fixtures;
import dev.kansen.model.Partner;
import dev.kansen.model.id.MunicipalityCode;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDecodingTest {
  private static final String TEXT = "Voorbeeldschool Het Ideeënlab (fictief) — café";

  @Test
  void utf8WithoutBomIsUtf8() throws Exception {
    TextDecoding.DecodedText decoded = TextDecoding.decode(TEXT.getBytes(StandardCharsets.UTF_8));

    assertEquals(TEXT, decoded.text());
    assertEquals(StandardCharsets.UTF_8, decoded.charset());
  }

  @Test
  void aUtf8BomIsDroppedAndMeansUtf8() throws Exception {
    byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);

    TextDecoding.DecodedText decoded = TextDecoding.decode(withBom);

    assertEquals(TEXT, decoded.text());
    assertEquals(StandardCharsets.UTF_8, decoded.charset());
  }

  @Test
  void textThatIsNotUtf8IsWindows1252() throws Exception {
    TextDecoding.DecodedText decoded = TextDecoding.decode(TEXT.getBytes(TextDecoding.WINDOWS_1252));

    assertEquals(TEXT, decoded.text());
    assertEquals(TextDecoding.WINDOWS_1252, decoded.charset());
  }

  @Test
  void bytesUndefinedInWindows1252AreRejected() {
    assertThrows(CharacterCodingException.class, () -> TextDecoding.decode(new byte[] {'a', (byte) 0x81, 'b'}));
  }

  @Test
  void aBomFollowedByInvalidUtf8IsRejectedRatherThanReadAsWindows1252() {
    assertThrows(CharacterCodingException.class,
        () -> TextDecoding.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEB, 'x'}));
  }

  @Test
  void theSampleReadsTheSameInEveryEncodingDuoUses() throws Exception {
    String sample = new String(Fixtures.resource("duo-vestigingen-ILLUSTRATIVE.csv"), StandardCharsets.UTF_8);
    SchoolRegisterImport importer = SchoolRegisterImport.forMunicipality(MunicipalityCode.of("GM0796"));
    List<Partner> fromUtf8 = importer.importInto(Fixtures.bossche(), "utf8", sample.getBytes(StandardCharsets.UTF_8)).added();

    List<Partner> fromBom = importer.importInto(Fixtures.bossche(), "bom",
        ("\uFEFF" + sample).getBytes(StandardCharsets.UTF_8)).added();
    List<Partner> fromCp1252 = importer.importInto(Fixtures.bossche(), "cp1252",
        sample.getBytes(TextDecoding.WINDOWS_1252)).added();

    assertEquals(fromUtf8, fromBom);
    assertEquals(fromUtf8, fromCp1252);
  }

  @Test
  void aFileInNeitherEncodingFailsAsAWhole() {
    RegisterReadException e = assertThrows(RegisterReadException.class, () -> SchoolRegisterImport
        .forMunicipality(MunicipalityCode.of("GM0796"))
        .importInto(Fixtures.bossche(), "weird.csv", new byte[] {'A', ';', (byte) 0x8D, '\n'}));

    assertEquals("weird.csv: the file is neither UTF-8 nor Windows-1252 text", e.getMessage());
  }
}
