package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kansen.model.Programme;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.testing.Seeds;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.Validator;
import dev.kansen.validation.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, item 12: one run reports every problem. An unusable value is reported and left out,
 * and the validator's findings on the rest come with it, never a finding that could be an effect
 * of what was left out.
 */
class OneRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ValidationContext CONTEXT = ValidationContext.asOf(ProgrammeGenerator.AS_OF);
  private static final Set<String> RULE_CODES = Arrays.stream(RuleCode.values()).map(Enum::name)
      .collect(Collectors.toSet());

  /** A generated programme with at least three interventions and a grant with an allocation. */
  private static ObjectNode document() throws IOException {
    for (long seed = 1; ; seed++) {
      Programme p = ProgrammeGenerator.programme(new SplittableRandom(seed), 4);
      if (p.grants().stream().anyMatch(g -> !g.allocations().isEmpty())) {
        return (ObjectNode) JSON.readTree(KansenJson.strict().write(p));
      }
    }
  }

  /** Generated programmes carry unknown properties: the lenient reader keeps them. */
  private static List<Violation> problems(JsonNode doc) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(doc);
    return assertThrows(KansenJsonException.class,
        () -> KansenJson.lenient().readValidated(bytes, Validator.standard(), CONTEXT)).violations();
  }

  private static Set<String> found(List<Violation> violations) {
    return violations.stream().map(v -> v.path() + " " + v.code()).collect(Collectors.toCollection(TreeSet::new));
  }

  /** @return the first allocation's grant index and the index of an intervention it does not name */
  private static int[] grantAndOtherIntervention(JsonNode doc) {
    for (int g = 0; g < doc.get("grants").size(); g++) {
      JsonNode allocations = doc.at("/grants/" + g + "/allocations");
      if (allocations.size() > 0) {
        String named = allocations.get(0).get("intervention").asText();
        for (int i = 0; i < doc.get("interventions").size(); i++) {
          if (!doc.at("/interventions/" + i + "/id").asText().equals(named)) {
            return new int[] {g, i};
          }
        }
      }
    }
    throw new AssertionError("no grant with an allocation");
  }

  @Test
  void theIssuesThreeProblemsAreReportedInOneRun() throws IOException {
    ObjectNode doc = document();
    int[] at = grantAndOtherIntervention(doc);
    int inverted = at[1];
    int unknownLead = inverted == 0 ? 1 : 0;
    ObjectNode planned = (ObjectNode) doc.at("/interventions/" + inverted + "/planned");
    String start = planned.get("start").asText();
    planned.put("start", planned.get("end").asText()).put("end", start);
    ((ObjectNode) doc.at("/interventions/" + unknownLead)).put("lead", "nobody");
    ((ObjectNode) doc.at("/grants/" + at[0] + "/allocations/0/amount")).put("amount", "999999999.00");

    List<Violation> problems = problems(doc);
    Set<String> found = found(problems);
    assertTrue(found.contains("/interventions/" + inverted + "/planned/end DATE_RANGE_INVERTED"), found::toString);
    assertTrue(found.contains("/interventions/" + unknownLead + "/lead UNRESOLVED_PARTNER_REFERENCE"), found::toString);
    assertTrue(found.contains("/grants/" + at[0] + "/allocations/0/amount ALLOCATIONS_EXCEED_GRANT"), found::toString);
    assertTrue(problems.stream().allMatch(v -> v.position().isPresent()), "every finding is placed: " + problems);
  }

  @Test
  void severalUnusableValuesInOneEntityAreEachReportedAndNothingIsSaidAboutTheEntityBeyondThem() throws IOException {
    ObjectNode doc = document();
    ObjectNode intervention = (ObjectNode) doc.at("/interventions/1");
    intervention.put("type", "NOT_A_TYPE").put("statusDate", "yesterday").put("lead", "nobody");
    ObjectNode planned = (ObjectNode) intervention.get("planned");
    String start = planned.get("start").asText();
    planned.put("start", planned.get("end").asText()).put("end", start);

    Set<String> found = found(problems(doc));
    assertTrue(found.containsAll(List.of("/interventions/1/type UNKNOWN_ENUM_VALUE",
        "/interventions/1/statusDate INVALID_DATE", "/interventions/1/planned/end DATE_RANGE_INVERTED")), found::toString);
    // the entity is left out whole: its unknown lead is not checked, so not reported
    assertFalse(found.stream().anyMatch(f -> f.startsWith("/interventions/1/lead ")), found::toString);
  }

  @Test
  void anUnusableOptionalValueLeavesTheEntityInAndItsOtherFindingsBecomeANote() throws IOException {
    ObjectNode doc = document();
    ((ObjectNode) doc.at("/interventions/1")).put("statusDate", "yesterday").put("lead", "nobody");
    ((ObjectNode) doc.at("/interventions/2")).put("lead", "nobody-either");

    List<Violation> problems = problems(doc);
    Set<String> found = found(problems);
    assertTrue(found.contains("/interventions/1/statusDate INVALID_DATE"), found::toString);
    assertTrue(found.contains("/interventions/2/lead UNRESOLVED_PARTNER_REFERENCE"), found::toString);
    assertFalse(found.contains("/interventions/1/lead UNRESOLVED_PARTNER_REFERENCE"), found::toString);
    assertTrue(problems.stream().anyMatch(v -> v.code().equals("RULE_NOT_CHECKED")
        && v.path().toString().equals("/interventions/1")
        && v.arguments().equals(Map.of("rule", "UNRESOLVED_PARTNER_REFERENCE", "entity", "/interventions/1",
            "leftOut", "/interventions/1/statusDate"))),
        problems::toString);
  }

  @Test
  void anUnusableIdLeavesItsPartnerOutAndNoReferenceIsCalledUnresolved() throws IOException {
    ObjectNode doc = document();
    String id = doc.at("/partners/0/id").asText();
    ((ObjectNode) doc.at("/partners/0")).put("id", 17);
    ((ObjectNode) doc.at("/interventions/0")).put("lead", "nobody");

    List<Violation> problems = problems(doc);
    Set<String> found = found(problems);
    assertTrue(found.contains("/partners/0/id WRONG_TYPE"), found::toString);
    assertFalse(found.stream().anyMatch(f -> f.endsWith(" UNRESOLVED_PARTNER_REFERENCE")),
        "a reference to " + id + " or to nobody may be to the left-out partner: " + found);
    assertTrue(problems.stream().anyMatch(v -> v.code().equals("RULE_NOT_CHECKED")
        && v.arguments().get("rule").equals("UNRESOLVED_PARTNER_REFERENCE")), problems::toString);
  }

  @Test
  void anUnusableListElementIsLeftOutAloneAndLaterElementsKeepTheirDocumentPaths() throws IOException {
    ObjectNode doc = document();
    // an element of a list of texts, and a whole entity, before others with findings of their own
    doc.withArray("/interventions/0/participants").add(42);
    ((ObjectNode) doc.at("/interventions/1")).put("status", 3);
    ((ObjectNode) doc.at("/interventions/3")).put("lead", "nobody");

    Set<String> found = found(problems(doc));
    assertTrue(found.stream().anyMatch(f -> f.matches("/interventions/0/participants/\\d+ WRONG_TYPE")), found::toString);
    assertTrue(found.contains("/interventions/1/status WRONG_TYPE"), found::toString);
    assertTrue(found.contains("/interventions/3/lead UNRESOLVED_PARTNER_REFERENCE"),
        "the finding of the document's fourth intervention, the programme's third: " + found);
  }

  @Test
  void aProblemOfTheProgrammesOwnRequiredValueIsReportedAlone() throws IOException {
    ObjectNode doc = document();
    doc.putObject("title").put("not", "a title");
    ((ObjectNode) doc.at("/interventions/0")).put("lead", "nobody");

    Set<String> found = found(problems(doc));
    assertEquals(Set.of("/title WRONG_TYPE"), found, "the rules need the programme itself");
  }

  @Test
  void anInvertedProgrammePeriodIsLeftOutAndTheOtherProblemsAreStillReported() throws IOException {
    ObjectNode doc = document();
    ObjectNode period = (ObjectNode) doc.get("period");
    String start = period.get("start").asText();
    period.put("start", period.get("end").asText()).put("end", start);
    ((ObjectNode) doc.at("/interventions/0")).put("lead", "nobody");

    Set<String> found = found(problems(doc));
    assertTrue(found.containsAll(Set.of("/period/end DATE_RANGE_INVERTED", "/interventions/0/lead UNRESOLVED_PARTNER_REFERENCE")),
        found::toString);
  }

  @Test
  void theCallersBytesAreNotChanged() throws IOException {
    ObjectNode doc = document();
    ((ObjectNode) doc.at("/interventions/1")).put("statusDate", "yesterday");
    byte[] bytes = JSON.writeValueAsBytes(doc);
    byte[] copy = bytes.clone();
    assertThrows(KansenJsonException.class, () -> KansenJson.strict().readValidated(bytes, Validator.standard(), CONTEXT));
    assertArrayEquals(copy, bytes);
  }

  @Test
  void theTextEntryPointReportsTheSame() throws IOException {
    ObjectNode doc = document();
    ((ObjectNode) doc.at("/interventions/1")).put("statusDate", "yesterday");
    ((ObjectNode) doc.at("/interventions/2")).put("lead", "nobody");
    String text = "\uFEFF" + JSON.writeValueAsString(doc);
    List<Violation> fromText = assertThrows(KansenJsonException.class,
        () -> KansenJson.lenient().readValidated(text, Validator.standard(), CONTEXT)).violations();
    assertEquals(problems(doc), fromText);
  }

  /**
   * Every leaf value of generated programmes made unusable in turn, in every entity kind: the
   * value's own problem is reported, no finding twice, and every finding of a rule is one the
   * undamaged programme has too, at the same path: nothing left out makes a false finding.
   */
  @Test
  void anyUnusableValueIsReportedAndCausesNoFalseFinding() throws IOException {
    int programmes = Math.max(2, Math.min(6, Seeds.caseCount() / 100));
    Set<String> shapes = new TreeSet<>();
    long seed = Seeds.baseSeed();
    SplittableRandom seeds = new SplittableRandom(seed);
    for (int n = 0; n < programmes; n++) {
      long s = n == 0 ? seed : seeds.nextLong();
      Programme p = ProgrammeGenerator.programme(new SplittableRandom(s), 4 + n % 3);
      Set<String> truth = found(Validator.standard().validate(p, CONTEXT).violations());
      JsonNode original = JSON.readTree(KansenJson.strict().write(p));
      List<String> leaves = new ArrayList<>();
      leaves(original, "", leaves);
      for (String leaf : leaves) {
        if (leaf.equals("/formatVersion") || leaf.contains("/x-")) {
          continue;
        }
        JsonNode damaged = original.deepCopy();
        String parent = leaf.substring(0, leaf.lastIndexOf('/'));
        String last = leaf.substring(leaf.lastIndexOf('/') + 1);
        JsonNode container = parent.isEmpty() ? damaged : damaged.at(parent);
        if (container instanceof ArrayNode array) {
          array.set(Integer.parseInt(last), JSON.createObjectNode().put("unusable", true));
        } else {
          ((ObjectNode) container).set(last, JSON.createObjectNode().put("unusable", true));
        }
        shapes.add(parent.replaceAll("/\\d+", "/*"));
        List<Violation> problems = problems(damaged);
        String where = Seeds.describe(s) + " with " + leaf + " unusable: ";
        assertTrue(problems.stream().anyMatch(v -> v.path().toString().equals(leaf) && v.code().equals("WRONG_TYPE")),
            where + problems);
        Set<String> seen = new HashSet<>();
        for (Violation v : problems) {
          if (!seen.add(v.path() + " " + v.code() + " " + v.message())) {
            fail(where + "reported twice: " + v);
          }
          if (RULE_CODES.contains(v.code()) && !v.code().equals("RULE_NOT_CHECKED")
              && !truth.contains(v.path() + " " + v.code())) {
            fail(where + "a finding the whole programme does not have: " + v + "\nall: " + problems);
          }
          if (v.code().equals("RULE_FAILED")) {
            fail(where + v);
          }
        }
      }
    }
    for (String kind : List.of("", "/alliance", "/alliance/members/*", "/municipalities/*", "/partners/*",
        "/partners/*/identifiers/*", "/goals/*", "/interventions/*", "/interventions/*/planned",
        "/grants/*", "/grants/*/allocations/*", "/grants/*/allocations/*/amount", "/grants/*/budgets/*",
        "/grants/*/transactions/*", "/indicators/*", "/indicators/*/baseline", "/indicators/*/baseline/breakdowns/*")) {
      assertTrue(shapes.contains(kind), "no value of " + kind + " was made unusable: " + shapes);
    }
  }

  private static void leaves(JsonNode node, String at, List<String> into) {
    if (node.isObject()) {
      node.properties().forEach(e -> leaves(e.getValue(), at + "/" + e.getKey(), into));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        leaves(node.get(i), at + "/" + i, into);
      }
    } else {
      into.add(at);
    }
  }
}
