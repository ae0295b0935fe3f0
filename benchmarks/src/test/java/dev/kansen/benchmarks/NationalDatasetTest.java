package dev.kansen.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.kansen.json.KansenJson;
import dev.kansen.model.Programme;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The baseline reads and writes the same documents as kansen: databind's write-back is byte-identical. */
class NationalDatasetTest {
  private static final List<byte[]> DOCUMENTS = NationalDataset.documents(12);

  @Test
  void databindIntoPlainClassesWritesBackExactlyKansensBytes() throws Exception {
    ObjectMapper mapper = NationalBenchmark.mapper();
    for (byte[] d : DOCUMENTS) {
      assertArrayEquals(d, mapper.writeValueAsBytes(mapper.readValue(d, Pojos.ProgrammePojo.class)));
    }
  }

  @Test
  void databindIntoTypedClassesWritesBackExactlyKansensBytes() throws Exception {
    ObjectMapper mapper = NationalBenchmark.typedMapper();
    for (byte[] d : DOCUMENTS) {
      assertArrayEquals(d, mapper.writeValueAsBytes(mapper.readValue(d, TypedPojos.ProgrammePojo.class)));
    }
  }

  @Test
  void theTypedClassesHoldTypedValues() throws Exception {
    TypedPojos.ProgrammePojo typed = NationalBenchmark.typedMapper().readValue(DOCUMENTS.get(0), TypedPojos.ProgrammePojo.class);
    Programme p = KansenJson.strict().read(DOCUMENTS.get(0));

    assertEquals(p.period().orElseThrow().start(), typed.period.start);
    assertEquals(p.municipalities().get(0).province(), typed.municipalities.get(0).province);
    assertEquals(p.interventions().get(0).status(), typed.interventions.get(0).status);
    assertEquals(p.themes(), typed.themes);
  }

  @Test
  void theBaselinesKeptWriterWritesTheSameBytes() throws Exception {
    ObjectMapper mapper = NationalBenchmark.mapper();
    ObjectWriter writer = NationalBenchmark.writer(mapper);
    for (byte[] d : DOCUMENTS) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      writer.writeValue(out, mapper.readValue(d, Pojos.ProgrammePojo.class));
      assertArrayEquals(d, out.toByteArray());
    }
  }

  /** The array of the array benchmarks is the documents, as writeArray writes them, and both sides read all of it. */
  @Test
  void theArrayIsTheDocumentsAsWriteArrayWritesThemAndBothSidesReadItAll() throws Exception {
    KansenJson kansen = KansenJson.strict();
    List<Programme> programmes = DOCUMENTS.stream().map(kansen::read).toList();
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    try (var out = kansen.writeArray(written)) {
      for (Programme p : programmes) {
        out.write(p);
      }
    }
    byte[] array = NationalBenchmark.array(DOCUMENTS);
    assertArrayEquals(written.toByteArray(), array);

    List<Programme> read = new java.util.ArrayList<>();
    try (var in = kansen.readArray(new java.io.ByteArrayInputStream(array))) {
      in.forEachRemaining(read::add);
    }
    assertEquals(programmes, read);
    int pojos = 0;
    try (var in = NationalBenchmark.mapper().readerFor(Pojos.ProgrammePojo.class)
        .<Pojos.ProgrammePojo>readValues(new java.io.ByteArrayInputStream(array))) {
      for (; in.hasNext(); pojos++) {
        assertEquals(programmes.get(pojos).id(), in.next().id);
      }
    }
    assertEquals(DOCUMENTS.size(), pojos);
  }

  @Test
  void kansenReadsAndWritesTheDocumentsCanonically() {
    for (byte[] d : DOCUMENTS) {
      Programme p = KansenJson.strict().read(d);
      assertArrayEquals(d, KansenJson.strict().writeCompact(p).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void theProgrammesHaveTheRealisticSize() {
    for (byte[] d : DOCUMENTS) {
      Programme p = KansenJson.strict().read(d);
      assertEquals(NationalDataset.SHAPE.interventions(), p.interventions().size());
      assertEquals(NationalDataset.SHAPE.partners(), p.partners().size());
      assertEquals(NationalDataset.SHAPE.indicators(), p.indicators().size());
    }
    double average = DOCUMENTS.stream().mapToInt(d -> d.length).average().orElseThrow();
    assertTrue(average > 35_000 && average < 55_000, () -> "average document of " + average + " bytes");
  }
}
