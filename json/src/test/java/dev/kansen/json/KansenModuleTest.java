package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kansen.model.Money;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import org.junit.jupiter.api.Test;

/** The Jackson module: found by ServiceLoader, with a real version, writing and reading the same format. */
class KansenModuleTest {
  private static Programme sample() {
    return KansenJson.strict().read(TestResources.bytes(TestResources.resources("golden").resolve("every-property.json")));
  }

  @Test
  void moduleIsFoundThroughServiceLoader() {
    assertTrue(ObjectMapper.findModules().stream().anyMatch(m -> m instanceof KansenModule), ObjectMapper.findModules()::toString);
  }

  @Test
  void moduleHasTheBuildsVersion() {
    KansenModule module = new KansenModule();
    assertFalse(module.version().isUnknownVersion());
    assertEquals("dev.kansen", module.version().getGroupId());
    assertEquals("kansen-json", module.version().getArtifactId());
  }

  @Test
  void mapperWithTheModuleWritesTheWireFormatAndReadsItBack() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    Programme p = sample();
    String text = mapper.writeValueAsString(p);
    assertEquals(KansenJson.strict().writeCompact(p), text);
    assertEquals(p, mapper.readValue(text, Programme.class));
  }

  @Test
  void mapperReadsAndWritesPartsOfTheModelOnTheirOwn() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new KansenModule());
    assertEquals("{\"amount\":\"50000.00\",\"currency\":\"EUR\"}", mapper.writeValueAsString(Money.eur("50000")));
    Partner partner = sample().partners().get(0);
    assertEquals(partner, mapper.readValue(mapper.writeValueAsString(partner), Partner.class));
  }

  @Test
  void mapperIsStrictUnlessToldToIgnoreUnknownProperties() throws Exception {
    String json = "{\"id\":\"x\",\"name\":\"X\",\"type\":\"LIBRARY\",\"colour\":\"red\"}";
    ObjectMapper strict = new ObjectMapper().registerModule(new KansenModule());
    KansenJsonException e = assertThrows(KansenJsonException.class, () -> strict.readValue(json, Partner.class));
    assertEquals("/colour", e.violations().get(0).path().toString());
    ObjectMapper lenient = strict.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertEquals("\"red\"", lenient.readValue(json, Partner.class).unknownProperties().get("colour"));
  }

  /** Writes {@code value} with the module, checks it against its place in the whole document, and reads it back. */
  private static <T> void exchangedAlone(ObjectMapper mapper, JsonNode document, String pointer, T value, Class<T> type)
      throws Exception {
    String text = mapper.writeValueAsString(value);
    assertEquals(document.at(pointer), mapper.readTree(text), type.getSimpleName() + " at " + pointer);
    assertEquals(value, mapper.readValue(text, type), type.getSimpleName());
  }

  @Test
  void everyTypeTheModuleNamesIsWrittenAsInTheDocumentAndReadBack() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new KansenModule());
    Programme p = sample();
    JsonNode document = mapper.readTree(KansenJson.strict().writeCompact(p));
    exchangedAlone(mapper, document, "/alliance", p.alliance(), dev.kansen.model.Alliance.class);
    exchangedAlone(mapper, document, "/municipalities/0", p.municipalities().get(0), dev.kansen.model.Municipality.class);
    exchangedAlone(mapper, document, "/partners/0", p.partners().get(0), Partner.class);
    exchangedAlone(mapper, document, "/goals/0", p.goals().get(0), dev.kansen.model.Goal.class);
    exchangedAlone(mapper, document, "/interventions/0", p.interventions().get(0), dev.kansen.model.Intervention.class);
    exchangedAlone(mapper, document, "/grants/0", p.grants().get(0), dev.kansen.model.Grant.class);
    exchangedAlone(mapper, document, "/grants/0/amount", p.grants().get(0).amount().orElseThrow(), Money.class);
    exchangedAlone(mapper, document, "/indicators/0", p.indicators().get(0), dev.kansen.model.Indicator.class);
    exchangedAlone(mapper, document, "/period", p.period().orElseThrow(), dev.kansen.model.DateRange.class);
    Partner withIdentifier = p.partners().stream().filter(x -> !x.identifiers().isEmpty()).findFirst().orElseThrow();
    exchangedAlone(mapper, document, "/partners/" + p.partners().indexOf(withIdentifier) + "/identifiers/0",
        withIdentifier.identifiers().get(0), dev.kansen.model.id.Identifier.class);
  }
}
