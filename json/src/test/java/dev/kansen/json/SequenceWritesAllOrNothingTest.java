package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kansen.model.Programme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A programme a sequence writer refuses leaves nothing in the stream, not even the separator
 * before it, and the sequence goes on as if it had not been offered.
 */
class SequenceWritesAllOrNothingTest {
  private static final KansenJson JSON = KansenJson.builder().maxStringLength(4_000).build();

  private static Programme good() {
    return JSON.read(TestResources.bytes(TestResources.resources("golden").resolve("den-bosch-2021.json")));
  }

  private static Programme refused() {
    return Programme.builder().from(good()).title("t".repeat(5_000)).build();
  }

  @Test
  void aRefusedFirstElementOfAnArrayWritesNoOpeningBracket() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ProgrammeSequenceWriter array = JSON.writeArray(out)) {
      assertThrows(IllegalArgumentException.class, () -> array.write(refused()));
      assertEquals(0, out.size());
      array.write(good());
    }
    assertEquals("[\n" + JSON.writeCompact(good()) + "\n]\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aRefusedLaterElementOfAnArrayWritesNoSeparator() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String one = JSON.writeCompact(good());
    try (ProgrammeSequenceWriter array = JSON.writeArray(out)) {
      array.write(good());
      assertThrows(IllegalArgumentException.class, () -> array.write(refused()));
      assertEquals("[\n" + one, out.toString(StandardCharsets.UTF_8));
      array.write(good());
    }
    assertEquals("[\n" + one + ",\n" + one + "\n]\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aRefusedLineWritesNothing() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String one = JSON.writeCompact(good());
    try (ProgrammeSequenceWriter lines = JSON.writeLines(out)) {
      lines.write(good());
      assertThrows(IllegalArgumentException.class, () -> lines.write(refused()));
      assertEquals(one + "\n", out.toString(StandardCharsets.UTF_8));
      lines.write(good());
    }
    assertEquals(one + "\n" + one + "\n", out.toString(StandardCharsets.UTF_8));
  }
}
