package dev.kansen.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kansen.json.KansenJson;
import dev.kansen.json.KansenJsonException;
import dev.kansen.model.Programme;
import dev.kansen.validation.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs each JSON benchmark method once on a tiny input and checks that it does what it says. Not timed. */
class JsonBenchmarksTest {
  private final ObjectMapper mapper = new ObjectMapper();

  private static JsonBenchmark json() throws IOException {
    JsonBenchmark benchmark = new JsonBenchmark();
    benchmark.jsonInterventions = 5;
    benchmark.setUp();
    return benchmark;
  }

  private static NumberBenchmark numbers(int digits) {
    NumberBenchmark benchmark = new NumberBenchmark();
    benchmark.digits = digits;
    benchmark.setUp();
    return benchmark;
  }

  private static NumberConversionBenchmark conversion(int digits) {
    NumberConversionBenchmark benchmark = new NumberConversionBenchmark();
    benchmark.conversionDigits = digits;
    benchmark.setUp();
    return benchmark;
  }

  @Test
  void theStrictDocumentHoldsTheGeneratedProgrammeWithoutItsUnknownProperties() {
    Programme generated = Workloads.programme(30);
    byte[] document = Documents.strict(generated);

    Programme read = KansenJson.strict().read(document);

    assertEquals(generated.interventions().size(), read.interventions().size());
    assertEquals(generated.id(), read.id());
    assertFalse(new String(document, StandardCharsets.UTF_8).contains("\"x-"), "no unknown property is left");
  }

  @Test
  void bothReadersReadTheSameDocument() throws IOException {
    JsonBenchmark benchmark = json();

    Programme programme = benchmark.kansenRead();
    JsonNode tree = benchmark.jacksonReadTree();

    assertEquals(programme.id(), tree.get("id").asText());
    assertEquals(programme.interventions().size(), tree.get("interventions").size());
  }

  @Test
  void bothWritersWriteTheSameJson() throws IOException {
    JsonBenchmark benchmark = json();

    JsonNode written = mapper.readTree(benchmark.kansenWrite().toByteArray());
    JsonNode baseline = mapper.readTree(benchmark.jacksonWrite());

    assertEquals(mapper.readTree(benchmark.document()), baseline);
    assertEquals(baseline, written, "kansen writes the document it read");
  }

  @Test
  void theDefaultLimitsRefuseALongNumberAsTooLong() {
    Object result = numbers(500).defaultLimits();

    KansenJsonException refused = assertInstanceOf(KansenJsonException.class, result);
    assertTrue(refused.violations().stream().map(Violation::code).anyMatch("NUMBER_TOO_LONG"::equals),
        refused.violations().toString());
  }

  @Test
  void aRaisedLimitAdmitsTheLongNumberIntoConversion() {
    Object result = conversion(500).raisedLimit();

    if (result instanceof KansenJsonException refused) {
      assertTrue(refused.violations().stream().map(Violation::code).noneMatch("NUMBER_TOO_LONG"::equals),
          refused.violations().toString());
    } else {
      assertInstanceOf(Programme.class, result);
    }
  }

  @Test
  void theLongNumberDocumentIsSmallBesideItsNumber() {
    int rest = Documents.longNumber(1).length - 1;

    assertTrue(rest < 20_000, "the document without its number has " + rest + " bytes");
  }

  @Test
  void theLongNumberHasTheRequestedDigits() {
    String document = new String(Documents.longNumber(1234), StandardCharsets.UTF_8);

    assertTrue(document.matches("(?s).*\"value\":[1-9]{1234}[,}].*"), document.substring(0, Math.min(200, document.length())));
  }
}
