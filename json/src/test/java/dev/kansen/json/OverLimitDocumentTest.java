package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.Validator;
import dev.kansen.validation.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A well-formed document over the document limit is {@code INPUT_TOO_LARGE} naming the limit from
 * every entry point, never an internal error (issue 9, item 1).
 */
class OverLimitDocumentTest {
  private static final long LIMIT = 16L * 1024 * 1024;
  private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2026, 1, 1));

  /** {@code {}} followed by 17,000,000 spaces, as in the issue. */
  private static byte[] overLimit() {
    byte[] bytes = new byte[2 + 17_000_000];
    Arrays.fill(bytes, (byte) ' ');
    bytes[0] = '{';
    bytes[1] = '}';
    return bytes;
  }

  private static void tooLarge(Executable read) {
    KansenJsonException e = assertThrows(KansenJsonException.class, read);
    assertEquals(1, e.violations().size(), e::getMessage);
    Violation v = e.violations().get(0);
    assertEquals("INPUT_TOO_LARGE", v.code(), v::toString);
    assertEquals("", v.path().toString());
    assertTrue(v.message().contains(String.valueOf(LIMIT)), v::message);
  }

  @Test
  void bytesOverTheLimitAreTooLarge() {
    tooLarge(() -> KansenJson.strict().read(overLimit()));
  }

  @Test
  void textOverTheLimitIsTooLarge() {
    tooLarge(() -> KansenJson.strict().read(new String(overLimit(), StandardCharsets.UTF_8)));
  }

  @Test
  void aStreamOverTheLimitIsTooLarge() {
    tooLarge(() -> KansenJson.strict().read(new ByteArrayInputStream(overLimit())));
  }

  @Test
  void aFileOverTheLimitIsTooLarge(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("big.json"), overLimit());
    tooLarge(() -> KansenJson.strict().read(file));
    tooLarge(() -> KansenJson.strict().readValidated(file, Validator.standard(), CONTEXT));
  }

  @Test
  void readValidatedOfBytesOverTheLimitIsTooLarge() {
    tooLarge(() -> KansenJson.strict().readValidated(overLimit(), Validator.standard(), CONTEXT));
  }

  @Test
  void multiByteTextJustUnderTheLimitInCharactersIsNotTooLarge() {
    // 9,000,000 characters of two bytes each: 18 MB, but fewer characters than the limit
    String text = "{\"x\":\"" + "é".repeat(9_000_000) + "\"}";
    KansenJsonException e = assertThrows(KansenJsonException.class,
        () -> KansenJson.builder().maxStringLength(10_000_000).build().read(text.getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.violations().stream().noneMatch(v -> v.code().equals("INPUT_TOO_LARGE")), e::getMessage);
  }
}
