package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kansen.json.internal.Property;
import dev.kansen.json.internal.WireType;
import dev.kansen.json.internal.WireTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every property table agrees with the JSON Schema: the same property names, the same required
 * ones, arrays where the table has lists and sets (sets with unique items), so the two cannot drift.
 */
class WireTypesSchemaTest {
  private static JsonNode definition(WireType<?, ?> type) throws Exception {
    JsonNode schema = new ObjectMapper().readTree(KansenJson.schema());
    String name = Character.toLowerCase(type.type().charAt(0)) + type.type().substring(1);
    JsonNode definition = schema.get("$defs").get(name);
    assertNotNull(definition, () -> "the schema has no $defs/" + name);
    return definition;
  }

  @TestFactory
  List<DynamicTest> everyTableMatchesItsSchemaDefinition() {
    List<DynamicTest> tests = new ArrayList<>();
    for (WireType<?, ?> type : WireTypes.all()) {
      tests.add(DynamicTest.dynamicTest(type.type(), () -> {
        JsonNode definition = definition(type);
        Set<String> schemaNames = new TreeSet<>();
        definition.get("properties").fieldNames().forEachRemaining(schemaNames::add);
        Set<String> tableNames = new TreeSet<>();
        Set<String> tableRequired = new TreeSet<>();
        for (Property<?, ?> p : type.properties()) {
          tableNames.add(p.name());
          if (p.required()) {
            tableRequired.add(p.name());
          }
          JsonNode property = definition.get("properties").get(p.name());
          if (property == null) {
            continue;
          }
          boolean array = "array".equals(property.path("type").asText());
          assertEquals(p.shape() != Property.Shape.SINGLE, array, type.type() + "." + p.name() + " is an array");
          if (array) {
            assertEquals(p.shape() == Property.Shape.SET, property.path("uniqueItems").asBoolean(false),
                type.type() + "." + p.name() + " has unique items");
          }
        }
        assertEquals(schemaNames, tableNames, type.type() + ": property names");
        Set<String> schemaRequired = new TreeSet<>();
        definition.path("required").forEach(n -> schemaRequired.add(n.asText()));
        assertEquals(schemaRequired, tableRequired, type.type() + ": required properties");
      }));
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> everyObjectDefinitionOfTheSchemaThatKeepsUnknownPropertiesHasATable() throws Exception {
    JsonNode defs = new ObjectMapper().readTree(KansenJson.schema()).get("$defs");
    Set<String> tables = new TreeSet<>();
    WireTypes.all().forEach(t -> tables.add(Character.toLowerCase(t.type().charAt(0)) + t.type().substring(1)));
    // the small values are hand-written codecs and refuse unknown properties in every mode
    Set<String> values = Set.of("dateRange", "money", "identifier", "ageRange", "reach");
    List<DynamicTest> tests = new ArrayList<>();
    defs.fieldNames().forEachRemaining(name -> {
      if ("object".equals(defs.get(name).path("type").asText())) {
        tests.add(DynamicTest.dynamicTest(name, () -> assertTrue(tables.contains(name) || values.contains(name),
            "no table for $defs/" + name)));
      }
    });
    assertFalse(tests.isEmpty());
    return tests;
  }
}
