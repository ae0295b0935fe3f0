package dev.kansen.examples.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.json.KansenJson;
import dev.kansen.model.Programme;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.ValidationReport;
import dev.kansen.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sample programme documents the examples run on are valid, canonical and labelled as illustrative. */
class SampleProgrammesTest {
  @ParameterizedTest
  @ValueSource(strings = {"programme-bossche-ILLUSTRATIVE.json", "programme-venray-ILLUSTRATIVE.json"})
  void theSampleIsAValidCanonicalDocumentThatSaysItIsIllustrative(String name) {
    String text = new String(Fixtures.resource(name), StandardCharsets.UTF_8);
    Programme programme = KansenJson.strict().read(text);

    ValidationReport report = Validator.standard().validate(programme, ValidationContext.asOf(LocalDate.of(2026, 1, 1)));

    assertTrue(report.valid(), report.toString());
    assertEquals(text, KansenJson.strict().write(programme), "the file is in canonical form");
    assertTrue(programme.title().endsWith("(illustratief)"), programme.title());
    assertTrue(programme.description().orElseThrow().startsWith("Illustrative sample"));
  }
}
