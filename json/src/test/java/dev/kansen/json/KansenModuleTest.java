package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
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
}
