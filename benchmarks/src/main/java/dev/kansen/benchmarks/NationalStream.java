package dev.kansen.benchmarks;

import dev.kansen.json.KansenJson;
import dev.kansen.json.ProgrammeIterator;
import dev.kansen.json.ProgrammeSequenceWriter;
import dev.kansen.model.Programme;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.Validator;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Streams the national dataset and ten times it (the same documents, ten rounds) as JSON Lines
 * through {@link KansenJson#readLines} plus validation, in the heap it is given (the harness
 * gives it {@code -Xmx256m}, less than the 10x data), and prints one JSON object with the times.
 */
public final class NationalStream {
  private NationalStream() {}

  /**
   * @param args none
   * @throws IOException when the temporary files cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    List<byte[]> documents = NationalDataset.documents(NationalDataset.PROGRAMMES);
    Path once = Files.createTempFile("kansen-national-1x", ".jsonl");
    Path tenfold = Files.createTempFile("kansen-national-10x", ".jsonl");
    try {
      write(documents, 1, once);
      write(documents, 10, tenfold);
      long[] best1 = {Long.MAX_VALUE, Long.MAX_VALUE};
      long[] best10 = {Long.MAX_VALUE, Long.MAX_VALUE};
      for (int round = 0; round < 3; round++) {
        best1 = min(best1, stream(once, documents.size()));
        best10 = min(best10, stream(tenfold, 10 * documents.size()));
      }
      System.out.printf(Locale.ROOT,
          "{\"programmes_1x\": %d, \"bytes_1x\": %d, \"read_validate_ms_1x\": %.1f, \"validate_ms_1x\": %.1f, "
              + "\"programmes_10x\": %d, \"bytes_10x\": %d, \"read_validate_ms_10x\": %.1f, \"validate_ms_10x\": %.1f, "
              + "\"max_heap_mb\": %d}%n",
          documents.size(), Files.size(once), best1[0] / 1e6, best1[1] / 1e6,
          10 * documents.size(), Files.size(tenfold), best10[0] / 1e6, best10[1] / 1e6,
          Runtime.getRuntime().maxMemory() >> 20);
    } finally {
      Files.deleteIfExists(once);
      Files.deleteIfExists(tenfold);
    }
  }

  private static long[] min(long[] a, long[] b) {
    return new long[] {Math.min(a[0], b[0]), Math.min(a[1], b[1])};
  }

  private static void write(List<byte[]> documents, int rounds, Path file) throws IOException {
    KansenJson json = KansenJson.strict();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
        ProgrammeSequenceWriter lines = json.writeLines(out)) {
      for (int r = 0; r < rounds; r++) {
        for (byte[] d : documents) {
          lines.write(json.read(d));
        }
      }
    }
  }

  /** @return the nanoseconds of the whole stream, and of validation alone */
  private static long[] stream(Path file, int expected) throws IOException {
    Validator validator = Validator.standard();
    ValidationContext context = ValidationContext.asOf(ProgrammeGenerator.AS_OF);
    long start = System.nanoTime();
    long validating = 0;
    int count = 0;
    long findings = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
        ProgrammeIterator programmes = KansenJson.strict().readLines(in)) {
      while (programmes.hasNext()) {
        Programme p = programmes.next();
        long v = System.nanoTime();
        findings += validator.validate(p, context).violations().size();
        validating += System.nanoTime() - v;
        count++;
      }
    }
    if (count != expected) {
      throw new IllegalStateException("Expected " + expected + " programmes, but read " + count);
    }
    if (findings < 0) {
      throw new IllegalStateException("unreachable: keeps the reports from being optimised away");
    }
    return new long[] {System.nanoTime() - start, validating};
  }
}
