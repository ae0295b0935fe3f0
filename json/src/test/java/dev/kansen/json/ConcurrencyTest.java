package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kansen.model.Programme;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.Validator;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One KansenJson (and one Validator) serves many threads at once: every thread gets exactly what a
 * sequential run gets.
 */
class ConcurrencyTest {
  @Test
  void oneInstanceReadsAndWritesConsistentlyFromManyThreads() throws Exception {
    KansenJson json = KansenJson.lenient();
    List<byte[]> documents = GoldenFilesTest.golden().stream().map(TestResources::bytes).toList();
    List<String> expected = documents.stream().map(d -> json.write(json.read(d))).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        results.add(pool.submit(() -> {
          List<String> out = new ArrayList<>();
          for (int round = 0; round < 50; round++) {
            out.clear();
            for (byte[] d : documents) {
              Programme p = json.read(d);
              out.add(json.write(p));
            }
          }
          return out;
        }));
      }
      for (Future<List<String>> f : results) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * What reading, validating and writing one document gives, as text: the written programme and
   * its findings with their positions, or the read violations.
   */
  private static String outcome(KansenJson json, Validator validator, ValidationContext context, byte[] document) {
    try {
      ValidatedProgramme result = json.readValidated(document, validator, context);
      return json.writeCompact(result.programme()) + "\n" + result.report().violations();
    } catch (KansenJsonException e) {
      return "unreadable: " + e.violations();
    }
  }

  @Test
  void oneReaderAndOneValidatorGiveSixteenThreadsTheSequentialResultsOverValidAndInvalidDocuments() throws Exception {
    KansenJson json = KansenJson.strict();
    Validator validator = Validator.standard();
    ValidationContext context = ValidationContext.asOf(LocalDate.of(2026, 1, 1));
    List<byte[]> documents = Stream.concat(
        GoldenFilesTest.golden().stream().map(TestResources::bytes),
        NegativeCase.all().stream().filter(c -> !c.lenient()).map(NegativeCase::bytes)).toList();
    List<String> sequential = documents.stream().map(d -> outcome(json, validator, context, d)).toList();
    assertEquals(true, sequential.stream().anyMatch(o -> o.startsWith("unreadable")), "some documents are invalid");
    assertEquals(true, sequential.stream().anyMatch(o -> !o.startsWith("unreadable")), "some documents are readable");
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          start.await();
          String[] out = new String[documents.size()];
          for (int round = 0; round < 2; round++) {
            // each thread walks the documents from its own offset, so that different documents meet
            for (int k = 0; k < documents.size(); k++) {
              int i = (k + offset * 7) % documents.size();
              out[i] = outcome(json, validator, context, documents.get(i));
            }
          }
          return List.of(out);
        }));
      }
      start.countDown();
      for (Future<List<String>> f : results) {
        assertEquals(sequential, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
