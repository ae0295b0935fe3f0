package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader refuses a string or name that holds half of a surrogate pair alone (it is not Unicode
 * text), so the writer refuses to write one, naming where it is, and writes nothing of the programme.
 */
class UnpairedSurrogateWritingTest {
  private static Programme golden() {
    return KansenJson.strict().read(TestResources.bytes(TestResources.resources("golden").resolve("den-bosch-2021.json")));
  }

  private static String refused(Programme programme) throws Exception {
    KansenJson json = KansenJson.lenient();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> json.write(programme));
    assertThrows(IllegalArgumentException.class, () -> json.writeCompact(programme));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ProgrammeSequenceWriter lines = json.writeLines(out)) {
      assertThrows(IllegalArgumentException.class, () -> lines.write(programme));
    }
    assertEquals(0, out.size(), "nothing of the refused programme is written");
    return e.getMessage();
  }

  @Test
  void aLoneSurrogateInAKnownStringIsRefusedWithItsPath() throws Exception {
    Programme p = golden();
    List<Partner> partners = new ArrayList<>(p.partners());
    partners.set(1, Partner.builder().from(partners.get(1)).name("Ministerie \uDC00").build());
    String message = refused(Programme.builder().from(p).partners(partners).build());
    assertTrue(message.contains("\"/partners/1/name\"") && message.contains("\\uDC00"), message);
    assertTrue(refused(Programme.builder().from(p).title("a\uD800b").build()).contains("\"/title\""));
  }

  @Test
  void aLoneSurrogateInAKeptUnknownValueOrNameIsRefused() throws Exception {
    Programme p = golden();
    String message = refused(Programme.builder().from(p).putUnknownProperties("x", "[\"\\uD800\"]").build());
    assertTrue(message.contains("\"/x/0\""), message);
    message = refused(Programme.builder().from(p).putUnknownProperties("x\uD800", "1").build());
    assertTrue(message.contains("property name"), message);
  }

  @Test
  void aPairedSurrogateIsWrittenAndReadBack() {
    Programme p = Programme.builder().from(golden()).title("Kansen \uD83D\uDE00").putUnknownProperties("x\uD83D\uDE00", "\"\uD83D\uDE00\"").build();
    assertEquals(p, KansenJson.lenient().read(KansenJson.lenient().write(p)));
    assertEquals(p, KansenJson.lenient().read(KansenJson.lenient().writeCompact(p)));
  }
}
