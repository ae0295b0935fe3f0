package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Programme;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.Validator;
import dev.kansen.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every entry point of {@link KansenJson} gives what its text-or-bytes twin gives. */
class EntryPointsTest {
  private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2026, 1, 1));
  private static final byte[] GOLDEN = TestResources.bytes(TestResources.resources("golden").resolve("den-bosch-2021.json"));

  @Test
  void writingToAStreamWritesTheSameBytesAsWritingText() throws IOException {
    Programme p = KansenJson.strict().read(GOLDEN);
    ByteArrayOutputStream pretty = new ByteArrayOutputStream();
    KansenJson.strict().write(p, pretty);
    assertArrayEquals(KansenJson.strict().write(p).getBytes(StandardCharsets.UTF_8), pretty.toByteArray());
    ByteArrayOutputStream compact = new ByteArrayOutputStream();
    KansenJson.strict().writeCompact(p, compact);
    assertArrayEquals(KansenJson.strict().writeCompact(p).getBytes(StandardCharsets.UTF_8), compact.toByteArray());
  }

  @Test
  void readingAValidatedProgrammeFromAStreamOrAFileGivesWhatTheBytesGive(@TempDir Path dir) throws IOException {
    ValidatedProgramme fromBytes = KansenJson.strict().readValidated(GOLDEN, Validator.standard(), CONTEXT);
    ValidatedProgramme fromStream = KansenJson.strict().readValidated(new ByteArrayInputStream(GOLDEN), Validator.standard(), CONTEXT);
    Path file = Files.write(dir.resolve("p.json"), GOLDEN);
    ValidatedProgramme fromFile = KansenJson.strict().readValidated(file, Validator.standard(), CONTEXT);
    ValidatedProgramme fromText = KansenJson.strict().readValidated(new String(GOLDEN, StandardCharsets.UTF_8),
        Validator.standard(), CONTEXT);
    for (ValidatedProgramme other : List.of(fromStream, fromFile, fromText)) {
      assertEquals(fromBytes.programme(), other.programme());
      assertEquals(fromBytes.report().violations(), other.report().violations());
      assertEquals(fromBytes.valid(), other.valid());
      assertEquals(fromBytes.toString(), other.toString());
    }
    assertEquals(KansenJson.strict().read(file), fromFile.programme());
  }

  @Test
  void aStreamLongerThanTheDocumentLimitIsRefusedBeforeReading() {
    KansenJson small = KansenJson.builder().maxDocumentLength(1000).build();
    byte[] big = ("{\"description\":\"" + "x".repeat(5000) + "\"}").getBytes(StandardCharsets.UTF_8);
    KansenJsonException e = assertThrows(KansenJsonException.class,
        () -> small.readValidated(new ByteArrayInputStream(big), Validator.standard(), CONTEXT));
    assertEquals(List.of("INPUT_TOO_LARGE"), e.violations().stream().map(Violation::code).toList());
  }

  @Test
  void theFactoriesSayWhetherTheyAreLenient() {
    assertTrue(KansenJson.lenient().isLenient());
    assertFalse(KansenJson.strict().isLenient());
    assertFalse(KansenJson.builder().build().isLenient());
  }
}
