package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.kansen.model.EducationSector;
import dev.kansen.model.EvidenceLevel;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.InterventionType;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.PartnerRole;
import dev.kansen.model.Programme;
import dev.kansen.model.Province;
import dev.kansen.model.ReachUnit;
import dev.kansen.model.Theme;
import dev.kansen.model.id.IdentifierScheme;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.testing.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped JSON Schema, checked with networknt json-schema-validator: every document the writer
 * produces validates, and the structurally wrong documents of the negative corpus are rejected.
 * The documents are also left in {@code target/schema-corpus/{valid,invalid}} for Ajv
 * ({@code .ci/ajv.sh}), a consumer written by others.
 */
class SchemaTest {
  private static final int GENERATED = 300;
  private static final Path CORPUS = TestResources.moduleDir().resolve("target/schema-corpus");
  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(KansenJson.schema(), SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

  @BeforeAll
  static void emptyCorpus() throws IOException {
    if (Files.exists(CORPUS)) {
      try (Stream<Path> files = Files.walk(CORPUS)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
    Files.createDirectories(CORPUS.resolve("valid"));
    Files.createDirectories(CORPUS.resolve("invalid"));
  }

  private static Set<ValidationMessage> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  @Test
  void docsCopyIsTheShippedSchema() throws IOException {
    assertEquals(KansenJson.schema(), Files.readString(TestResources.rootDir().resolve("docs/kansen-programme.schema.json")));
  }

  @Test
  void schemaEnumerationsAreTheModelsConstants() throws IOException {
    JsonNode defs = new ObjectMapper().readTree(KansenJson.schema()).get("$defs");
    Map<String, Class<? extends Enum<?>>> enums = Map.of("theme", Theme.class, "educationSector", EducationSector.class,
        "partnerRole", PartnerRole.class, "organisationType", OrganisationType.class, "interventionType", InterventionType.class,
        "interventionStatus", InterventionStatus.class, "evidenceLevel", EvidenceLevel.class, "reachUnit", ReachUnit.class,
        "province", Province.class, "identifierScheme", IdentifierScheme.class);
    Map<String, Class<? extends Enum<?>>> cohortEnums = Map.of("adviceLevel", dev.kansen.model.AdviceLevel.class,
        "parentalEducation", dev.kansen.model.ParentalEducation.class, "testKind", dev.kansen.model.TestKind.class,
        "testDomain", dev.kansen.model.TestDomain.class, "referenceLevel", dev.kansen.model.ReferenceLevel.class);
    enums = new java.util.HashMap<>(enums);
    enums.putAll(cohortEnums);
    enums.forEach((def, type) -> {
      List<String> inSchema = new java.util.ArrayList<>();
      defs.get(def).get("enum").forEach(n -> inSchema.add(n.asText()));
      assertEquals(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(), inSchema, def);
    });
  }

  @Test
  void schemaDeclaresTheFormatVersionTheWriterWrites() throws IOException {
    JsonNode root = new ObjectMapper().readTree(KansenJson.schema());
    assertEquals("https://json-schema.org/draft/2020-12/schema", root.get("$schema").asText());
    JsonNode versions = root.get("$defs").get("programme").get("properties").get("formatVersion").get("enum");
    assertEquals(List.of("1.0", KansenJson.FORMAT_VERSION),
        List.of(versions.get(0).asText(), versions.get(1).asText()), "1.0 documents stay valid 1.1 documents");
    assertEquals(2, versions.size());
  }

  static List<Path> golden() {
    return GoldenFilesTest.golden();
  }

  @ParameterizedTest
  @MethodSource("golden")
  void goldenDocumentsValidate(Path file) throws IOException {
    String json = Files.readString(file);
    assertEquals(Set.of(), validate(json));
    Files.writeString(CORPUS.resolve("valid/golden-" + file.getFileName()), json);
  }

  @Test
  void everyGeneratedProgrammeTheWriterWritesValidatesInBothForms() throws IOException {
    SplittableRandom seeds = new SplittableRandom(Seeds.baseSeed());
    for (int i = 0; i < GENERATED; i++) {
      long seed = seeds.nextLong();
      Programme p = CanonicalUnknowns.without(ProgrammeGenerator.programme(new SplittableRandom(seed)));
      String pretty = KansenJson.strict().write(p);
      String compact = KansenJson.strict().writeCompact(p);
      assertEquals(Set.of(), validate(pretty), () -> Seeds.describe(seed));
      assertEquals(Set.of(), validate(compact), () -> Seeds.describe(seed));
      if (i < 50) {
        Files.writeString(CORPUS.resolve("valid/generated-" + i + ".json"), pretty);
      }
    }
  }

  static List<NegativeCase> expressible() {
    return NegativeCase.all().stream().filter(c -> c.schema().equals("reject")).toList();
  }

  static List<NegativeCase> inexpressible() {
    return NegativeCase.all().stream().filter(c -> c.schema().equals("accept")).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expressible")
  void schemaRejectsTheStructurallyWrongDocumentsOfTheNegativeCorpus(NegativeCase c) throws IOException {
    String json = new String(c.bytes(), StandardCharsets.UTF_8);
    assertFalse(validate(json).isEmpty(), c.file() + " passes the schema");
    Files.writeString(CORPUS.resolve("invalid/" + c.file()), json);
  }

  /** The rules the schema cannot express (listed in docs/wire-format.md) are left to the reader. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("inexpressible")
  void schemaAcceptsWhatOnlyTheReaderCanRefuse(NegativeCase c) {
    assertEquals(Set.of(), validate(new String(c.bytes(), StandardCharsets.UTF_8)), c.file());
  }
}
