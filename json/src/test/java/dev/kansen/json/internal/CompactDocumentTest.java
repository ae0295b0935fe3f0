package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kansen.json.KansenJson;
import dev.kansen.model.Programme;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.testing.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The compact form written straight to bytes is the document the limited generator writes, byte
 * for byte, for generated programmes (with their unknown properties, where the compact writer
 * gives up, and without); and every codec of the property tables is one the compact writer knows.
 */
class CompactDocumentTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactories.Limits LIMITS = new JsonFactories.Limits(64, 1_000_000, 1000, 64L << 20);

  @Test
  void generatedProgrammesAreWrittenAsTheGeneratorWritesThem() {
    int count = Integer.parseInt(System.getProperty("kansen.json.cases", "10000").strip());
    DocumentWriter writer = new DocumentWriter(JsonFactories.of(LIMITS, -1), LIMITS);
    SplittableRandom seeds = new SplittableRandom(Seeds.baseSeed());
    for (int i = 0; i < Math.min(count, 2000); i++) {
      long seed = seeds.nextLong();
      Programme p = ProgrammeGenerator.programme(new SplittableRandom(seed));
      // without its unknown properties (the generator's names start with x-), the compact writer
      // writes the whole document
      Programme known = KansenJson.strict().read(withoutUnknowns(KansenJson.lenient().write(p)));
      for (Programme each : new Programme[] {p, known}) {
        byte[] expected = writer.throughGenerator(each, false, new byte[256]).toByteArray();
        assertArrayEquals(expected, writer.write(each, false), "seed=" + seed);
      }
      // the document without unknown properties is the compact writer's own, not the generator's
      CompactWriter w = new CompactWriter(new byte[256], LIMITS.maxStringLength(), LIMITS.maxNameLength(),
          LIMITS.maxNumberLength(), LIMITS.maxNestingDepth());
      try {
        WireTypes.PROGRAMME.writeCompact(w, known);
      } catch (CompactWriter.GiveUp e) {
        throw new AssertionError("the compact writer gave up on seed=" + seed, e);
      }
      assertArrayEquals(writer.throughGenerator(known, false, new byte[256]).toByteArray(),
          Arrays.copyOf(w.buffer(), w.length()), "seed=" + seed);
    }
  }

  private static byte[] withoutUnknowns(String json) {
    try {
      JsonNode tree = MAPPER.readTree(json);
      strip(tree);
      return MAPPER.writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes every unknown property ({@code x-} name) from the tree, at every depth. */
  static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> unknown = new ArrayList<>();
      object.fieldNames().forEachRemaining(name -> {
        if (name.startsWith("x-")) {
          unknown.add(name);
        }
      });
      object.remove(unknown);
    }
    node.forEach(CompactDocumentTest::strip);
  }

  @Test
  void everyCodecOfTheTablesIsOneTheCompactWriterKnows() {
    Deque<WireType<?, ?>> types = new ArrayDeque<>();
    Set<WireType<?, ?>> seen = new HashSet<>();
    types.add(WireTypes.PROGRAMME);
    while (!types.isEmpty()) {
      WireType<?, ?> type = types.pop();
      if (seen.add(type)) {
        for (Property<?, ?> p : type.properties()) {
          assertNotEquals(ValueKind.OTHER, p.kind(), type.type() + "." + p.name());
          if (p.nested() != null) {
            types.add(p.nested());
          }
        }
      }
    }
  }
}
