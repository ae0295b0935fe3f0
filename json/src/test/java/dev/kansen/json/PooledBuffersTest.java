package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Where Jackson finds a string too long, and so the length it names, depends on the buffers a
 * parser is given; a thread's pooled buffers are as large as the longest string it read before.
 * No read of one document depends on that: from bytes, a text or a stream, with or without
 * validation, it reports what a thread that read nothing before reports.
 */
class PooledBuffersTest {
  private static final KansenJson JSON = KansenJson.builder().maxStringLength(1000).build();

  private static String everyProperty() {
    return new String(TestResources.bytes(TestResources.resources("golden").resolve("every-property.json")),
        StandardCharsets.UTF_8);
  }

  private static void growThePooledBuffers() {
    KansenJson.lenient().read(everyProperty().replaceFirst("\"title\": \"", "\"title\": \"" + "w".repeat(60_000)));
  }

  /** @return the violations of reading the document each way, each after the thread read a long string */
  private static List<Object> refusals(byte[] document) {
    return List.of(
        refusal(() -> JSON.read(document)),
        refusal(() -> JSON.read(new String(document, StandardCharsets.UTF_8))),
        refusal(() -> {
          try {
            JSON.read(new ByteArrayInputStream(document));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }),
        refusal(() -> JSON.readValidated(document, Validator.standard(), ValidationContext.asOf(LocalDate.of(2026, 1, 1)))));
  }

  private static Object refusal(Runnable read) {
    growThePooledBuffers();
    try {
      read.run();
      return "read";
    } catch (KansenJsonException e) {
      return e.violations();
    }
  }

  @Test
  void whatTheThreadReadBeforeChangesNoDocumentRead() throws Exception {
    for (String property : List.of("title", "evidenceSource")) {
      for (int length : new int[] {1001, 2961, 5000}) {
        byte[] document = everyProperty().replaceFirst("\"" + property + "\": \"", "\"" + property + "\": \""
            + "t".repeat(length)).getBytes(StandardCharsets.UTF_8);
        // a thread that read nothing before
        Object fresh = CompletableFuture.supplyAsync(() -> {
          try {
            return JSON.read(new ByteArrayInputStream(document));
          } catch (KansenJsonException e) {
            return e.violations();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }, r -> new Thread(r).start()).get();
        assertTrue(fresh instanceof List<?>, () -> "read: " + property + " of " + length);
        for (Object refusal : refusals(document)) {
          assertEquals(fresh, refusal, property + " of " + length);
        }
      }
    }
  }
}
