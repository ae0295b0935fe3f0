package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Partner;
import dev.kansen.model.PartnerRole;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Violation;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The diagnostic read that leaves unusable values out ({@link DocumentReader#salvage}): an
 * unusable optional value or list element is left out alone, an object whose required value is
 * unusable is left out whole (with its id when that was usable), and every problem is reported
 * once at its pointer.
 */
class SalvageTest {
  private static final JsonFactories.Limits LIMITS = new JsonFactories.Limits(64, 1_000_000, 100, 16L << 20);
  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"}";

  private static DocumentReader.Salvaged salvage(boolean lenient, String partners) throws IOException {
    try (JsonParser p = JsonFactories.of(LIMITS, -1).createParser(HEAD + ",\"partners\":[" + partners + "]}")) {
      return new DocumentReader(lenient, 100).salvage(p);
    }
  }

  private static DocumentReader.Salvaged salvage(String partners) throws IOException {
    return salvage(false, partners);
  }

  private static List<String> problems(DocumentReader.Salvaged salvaged) {
    return salvaged.violations().stream().map(v -> v.path() + " " + v.code()).toList();
  }

  private static JsonPointer at(String pointer) {
    return JsonPointer.parse(pointer);
  }

  private static String partner(String id, String more) {
    return "{\"id\":\"" + id + "\",\"name\":\"N\",\"type\":\"SCHOOL_BOARD\"" + more + "}";
  }

  @Test
  void anUnusableOptionalValueIsLeftOutAloneAndItsObjectIsKept() throws IOException {
    DocumentReader.Salvaged s = salvage(partner("a", ",\"municipality\":\"XX\",\"description\":\"d\""));
    assertEquals(List.of("/partners/0/municipality"), s.violations().stream().map(v -> v.path().toString()).toList());
    assertEquals(List.of(at("/partners/0/municipality")), s.leftOut().values());
    assertEquals(Optional.empty(), s.leftOut().id(at("/partners/0/municipality")));
    Partner kept = s.programme().partners().get(0);
    assertEquals("a", kept.id());
    assertEquals(Optional.empty(), kept.municipality());
    assertEquals(Optional.of("d"), kept.description());
  }

  @Test
  void anUnusableRequiredValueLeavesItsObjectOutWholeWithItsId() throws IOException {
    DocumentReader.Salvaged s = salvage(partner("a", "") + ","
        + "{\"id\":\"b\",\"name\":\"N\",\"type\":\"NO_SUCH_TYPE\"}," + partner("c", ""));
    assertEquals(List.of("/partners/1/type UNKNOWN_ENUM_VALUE"), problems(s));
    assertEquals(List.of(at("/partners/1")), s.leftOut().values());
    assertEquals(Optional.of("b"), s.leftOut().id(at("/partners/1")));
    assertEquals(List.of("a", "c"), s.programme().partners().stream().map(Partner::id).toList());
  }

  @Test
  void anObjectWhoseIdIsUnusableIsLeftOutWithoutAnId() throws IOException {
    DocumentReader.Salvaged s = salvage("{\"id\":7,\"name\":\"N\",\"type\":\"SCHOOL_BOARD\"}," + partner("c", ""));
    assertEquals(List.of("/partners/0/id WRONG_TYPE"), problems(s));
    assertEquals(List.of(at("/partners/0")), s.leftOut().values());
    assertEquals(Optional.empty(), s.leftOut().id(at("/partners/0")));
    assertEquals(List.of("c"), s.programme().partners().stream().map(Partner::id).toList());
  }

  @Test
  void anIdIsRememberedOnlyFromThePropertyNamedId() throws IOException {
    // "name" is a text read before the unusable value, as "id" would be: it is not the id
    DocumentReader.Salvaged s = salvage("{\"name\":\"N\",\"type\":\"NO_SUCH_TYPE\",\"id\":\"b\"}");
    assertEquals(Optional.of("b"), s.leftOut().id(at("/partners/0")));
    DocumentReader.Salvaged withoutId = salvage("{\"name\":\"N\",\"type\":\"NO_SUCH_TYPE\"}");
    assertEquals(List.of("/partners/0/type UNKNOWN_ENUM_VALUE", "/partners/0/id MISSING_PROPERTY"),
        problems(withoutId));
    assertEquals(Optional.empty(), withoutId.leftOut().id(at("/partners/0")));
  }

  @Test
  void anUnusableListElementIsLeftOutAloneAndTheOtherElementsAreKept() throws IOException {
    DocumentReader.Salvaged s = salvage(partner("a", ",\"roles\":[\"FUNDING\",\"NO_SUCH_ROLE\",\"IMPLEMENTING\"]"));
    assertEquals(List.of("/partners/0/roles/1 UNKNOWN_ENUM_VALUE"), problems(s));
    assertEquals(List.of(at("/partners/0/roles/1")), s.leftOut().values());
    assertEquals(Set.of(PartnerRole.FUNDING, PartnerRole.IMPLEMENTING), s.programme().partners().get(0).roles());
  }

  @Test
  void anUnknownPropertyIsReportedAndItsObjectIsStillBuilt() throws IOException {
    DocumentReader.Salvaged s = salvage(partner("a", ",\"colour\":\"red\",\"description\":\"d\""));
    assertEquals(List.of("/partners/0/colour UNKNOWN_PROPERTY"), problems(s));
    assertTrue(s.leftOut().isEmpty(), "nothing the programme holds was left out");
    Partner kept = s.programme().partners().get(0);
    assertEquals(OrganisationType.SCHOOL_BOARD, kept.type());
    assertEquals(Optional.of("d"), kept.description());
  }

  @Test
  void aLenientSalvageKeepsAnUnknownProperty() throws IOException {
    DocumentReader.Salvaged s = salvage(true, partner("a", ",\"colour\":\"red\",\"municipality\":\"XX\""));
    assertEquals(1, s.violations().size(), problems(s).toString());
    assertEquals("\"red\"", s.programme().partners().get(0).unknownProperties().get("colour"));
  }

  @Test
  void anObjectTheModelRefusesIsLeftOutWholeAndReportedAtTheAttribute() throws IOException {
    DocumentReader.Salvaged s = salvage(partner("a", ",\"organisations\":0") + "," + partner("c", ""));
    assertEquals(List.of("/partners/0/organisations"), s.violations().stream().map(v -> v.path().toString()).toList());
    assertEquals(List.of(at("/partners/0")), s.leftOut().values());
    assertEquals(Optional.of("a"), s.leftOut().id(at("/partners/0")));
    assertEquals(List.of("c"), s.programme().partners().stream().map(Partner::id).toList());
  }

  @Test
  void aRefusalThatMayComeFromALeftOutValueIsNotReported() throws IOException {
    // the municipality is left out; what the model then refuses is not reported on its own
    DocumentReader.Salvaged s = salvage(partner("a", ",\"municipality\":\"XX\",\"organisations\":0"));
    assertEquals(List.of("/partners/0/municipality"), s.violations().stream().map(v -> v.path().toString()).toList());
    assertEquals(List.of(at("/partners/0")), s.leftOut().values());
    assertEquals(Optional.of("a"), s.leftOut().id(at("/partners/0")));
    assertTrue(s.programme().partners().isEmpty());
  }

  @Test
  void aSmallValueTheModelRefusesIsLeftOutAloneAndItsOwnerKept() throws IOException {
    DocumentReader.Salvaged s = salvage(partner("a", ",\"period\":{\"start\":\"2020-02-01\",\"end\":\"2020-01-01\"}"));
    assertEquals(1, s.violations().size(), problems(s).toString());
    assertTrue(s.violations().get(0).path().toString().startsWith("/partners/0/period"), problems(s).toString());
    assertEquals(List.of(at("/partners/0/period")), s.leftOut().values());
    assertEquals(Optional.empty(), s.programme().partners().get(0).period());
  }

  @Test
  void aSmallValueWithAnUnusablePartIsLeftOutWhole() throws IOException {
    DocumentReader.Salvaged s = salvage(partner("a", ",\"period\":{\"start\":\"2020-13-01\",\"end\":\"2020-01-01\"}"));
    assertEquals(List.of("/partners/0/period/start INVALID_DATE"), problems(s));
    assertEquals(List.of(at("/partners/0/period")), s.leftOut().values());
    assertEquals("a", s.programme().partners().get(0).id());
  }

  @Test
  void aValueOfTheWrongTypeOrOutOfRangeIsLeftOutNotKept() throws IOException {
    DocumentReader.Salvaged s = salvage(partner("a", ",\"organisations\":2147483648,\"identifiers\":{},"
        + "\"roles\":[\"FUNDING\",\"FUNDING\"],\"sectors\":{}"));
    assertEquals(List.of("/partners/0/organisations INVALID_NUMBER", "/partners/0/identifiers WRONG_TYPE",
        "/partners/0/roles/1 DUPLICATE_ITEM", "/partners/0/sectors WRONG_TYPE"), problems(s));
    assertEquals(List.of(at("/partners/0/identifiers"), at("/partners/0/organisations"), at("/partners/0/roles"),
        at("/partners/0/sectors")), s.leftOut().values());
    Partner kept = s.programme().partners().get(0);
    assertTrue(kept.organisations().isEmpty());
    assertTrue(kept.identifiers().isEmpty());
    assertTrue(kept.roles().isEmpty());
    assertTrue(kept.sectors().isEmpty());
  }

  @Test
  void aFlagOfTheWrongTypeIsLeftOutAndTheDefaultKept() throws IOException {
    for (String flag : List.of("\"yes\"", "1")) {
      try (JsonParser p = JsonFactories.of(LIMITS, -1).createParser(HEAD + ",\"indicators\":[{\"id\":\"x\","
          + "\"title\":\"X\",\"measure\":\"PERCENTAGE\",\"ascending\":" + flag + "}]}")) {
        DocumentReader.Salvaged s = new DocumentReader(false, 100).salvage(p);
        assertEquals(List.of("/indicators/0/ascending WRONG_TYPE"), problems(s));
        assertEquals(List.of(at("/indicators/0/ascending")), s.leftOut().values());
        assertEquals(1, s.programme().indicators().size());
      }
    }
  }

  @Test
  void aFormatVersionOfTheWrongTypeLeavesNoProgramme() throws IOException {
    try (JsonParser p = JsonFactories.of(LIMITS, -1).createParser(
        "{\"formatVersion\":1.0,\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"}}")) {
      DocumentReader.Salvaged s = new DocumentReader(false, 100).salvage(p);
      assertNull(s.programme());
      assertEquals(List.of("/formatVersion WRONG_TYPE"), problems(s));
    }
  }

  @Test
  void aDocumentWithoutProblemsLeavesNothingOut() throws IOException {
    DocumentReader.Salvaged s = salvage(partner("a", ""));
    assertEquals(List.of(), s.violations());
    assertTrue(s.leftOut().isEmpty());
    assertNotNull(s.programme());
  }

  @Test
  void aProblemOfTheProgrammesOwnRequiredValueLeavesNoProgramme() throws IOException {
    try (JsonParser p = JsonFactories.of(LIMITS, -1).createParser(
        "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":5,\"alliance\":{\"name\":\"A\"}}")) {
      DocumentReader.Salvaged s = new DocumentReader(false, 100).salvage(p);
      assertNull(s.programme());
      assertEquals(List.of("/title"), s.violations().stream().map(Violation::path).map(String::valueOf).toList());
    }
  }
}
