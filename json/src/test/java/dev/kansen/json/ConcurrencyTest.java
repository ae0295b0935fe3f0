package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kansen.model.Programme;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One KansenJson serves many threads at once: every thread reads and writes the same bytes. */
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
}
