package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kansen.model.Grant;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionSubtype;
import dev.kansen.model.InterventionType;
import dev.kansen.model.ParticipationKind;
import dev.kansen.model.Programme;
import dev.kansen.model.Stakeholder;
import dev.kansen.model.TransactionSubtype;
import dev.kansen.model.TransactionType;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The 1.1 parts for money, reach and participation: the examples of docs/wire-format.md read and
 * write back unchanged, the schema's new enumerations are the model's constants, and the 1.0
 * enumerations that kansen 0.1.0 reads stay exactly as 0.1.0 knows them — it refuses an unknown
 * constant in every mode, which is why 1.1 adds subtypes instead of constants.
 */
class OabWireFormatTest {
  private static String example(String heading) throws IOException {
    String doc = Files.readString(TestResources.rootDir().resolve("docs/wire-format.md"));
    int at = doc.indexOf("\n## " + heading + "\n");
    assertTrue(at >= 0, heading);
    int start = doc.indexOf("```json\n", at) + "```json\n".length();
    return doc.substring(start, doc.indexOf("```", start));
  }

  private static String programme(String list, String entity) {
    return "{\"formatVersion\":\"" + KansenJson.FORMAT_VERSION + "\",\"id\":\"oab\",\"title\":\"OAB\","
        + "\"alliance\":{\"name\":\"Gelijke Kansen Alliantie\"},"
        + "\"period\":{\"start\":\"2024-01-01\",\"end\":\"2025-12-31\"},\"" + list + "\":[" + entity + "]}";
  }

  @Test
  void theMoneyExampleReadsStrictlyAndWritesBackEqual() throws IOException {
    KansenJson json = KansenJson.strict();
    Programme p = json.read(programme("grants", example("Money and OAB (1.1)")));
    Grant grant = p.grants().get(0);
    assertEquals(2024, grant.year().getAsInt());
    assertEquals("62500.00", grant.carriedOver().orElseThrow().amount().toPlainString());
    assertEquals(TransactionSubtype.INCOMING_FUNDS, grant.transactions().get(0).subtype().orElseThrow());
    assertEquals("voorschoolse educatie", grant.budgets().get(0).category().orElseThrow());
    assertEquals(1, grant.repayments().size());
    assertEquals(p, json.read(json.write(p)));
  }

  @Test
  void theReachExampleReadsStrictlyAndWritesBackEqual() throws IOException {
    KansenJson json = KansenJson.strict();
    Programme p = json.read(programme("interventions", example("Reach, participation and intervention types (1.1)")));
    Intervention ve = p.interventions().get(0);
    assertEquals(InterventionSubtype.PRESCHOOL_EDUCATION, ve.subtype().orElseThrow());
    assertEquals(180, ve.eligiblePopulation().orElseThrow().count());
    assertEquals(18, ve.dosage().orElseThrow().months().getAsInt());
    assertEquals(30, ve.targetGroup().orElseThrow().minAgeMonths().getAsInt());
    assertEquals(p, json.read(json.write(p)));
  }

  @Test
  void theNewEnumerationsOfTheSchemaAreTheModelsConstants() throws IOException {
    JsonNode defs = new ObjectMapper().readTree(KansenJson.schema()).get("$defs");
    Map<String, Class<? extends Enum<?>>> enums = Map.of("interventionSubtype", InterventionSubtype.class,
        "transactionSubtype", TransactionSubtype.class, "participationKind", ParticipationKind.class,
        "stakeholder", Stakeholder.class);
    enums.forEach((def, type) -> {
      List<String> inSchema = new java.util.ArrayList<>();
      defs.get(def).get("enum").forEach(n -> inSchema.add(n.asText()));
      assertEquals(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(), inSchema, def);
    });
  }

  /** The constants of kansen 0.1.0 (commit 641fc9e): a constant added here would break its lenient reading. */
  @Test
  void theTypesThatKansen010ReadsKeepExactlyItsConstants() {
    assertEquals(List.of("COMMITMENT", "DISBURSEMENT", "EXPENDITURE"),
        Arrays.stream(TransactionType.values()).map(Enum::name).toList());
    assertEquals(List.of("WARM_HANDOVER", "SUMMER_SCHOOL", "HOMEWORK_SUPPORT", "LANGUAGE_STIMULATION",
            "PARENTAL_INVOLVEMENT", "PROFESSIONAL_DEVELOPMENT", "COALITION_MEETING", "TALENT_PROGRAMME",
            "EARLY_CHILDHOOD_EDUCATION", "SPORT_AND_PLAY", "YOUTH_CONSULTANT", "HEALTH_PROMOTION", "MENTORING",
            "EXTENDED_SCHOOL_DAY", "RESEARCH", "OTHER"),
        Arrays.stream(InterventionType.values()).map(Enum::name).toList());
    for (InterventionSubtype s : InterventionSubtype.values()) {
      assertTrue(Arrays.asList(InterventionType.values()).contains(s.type()));
    }
    for (TransactionSubtype s : TransactionSubtype.values()) {
      assertTrue(Arrays.asList(TransactionType.values()).contains(s.type()));
    }
  }
}
