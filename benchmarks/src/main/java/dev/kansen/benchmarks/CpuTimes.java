package dev.kansen.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.kansen.json.KansenJson;
import dev.kansen.model.Programme;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The read and write of the national dataset measured by the CPU time of the measuring thread and
 * the bytes it allocates, which depend far less on the machine's load than JMH's wall-clock times:
 * on a shared machine these are the figures to compare before and after a change.
 *
 * <p>Run with {@code java -cp benchmarks/target/benchmarks.jar dev.kansen.benchmarks.CpuTimes
 * [programmes] [rounds] [directory]} (60 and 80 unless given): every operation runs that many
 * rounds over the same programmes, one operation after the other, each round's figure divided by
 * the programmes; the median of the last half of the rounds is printed, per programme. With a
 * directory, the documents are read from its files {@code 0.json}, {@code 1.json} and so on, written
 * there first when absent: two builds whose generator or model differ can generate different
 * datasets from the same seeds, so an A/B comparison of two builds reads the same files.
 *
 * <p>The last operation, {@code databindTypedRead}, reads into {@link TypedPojos} (dates and
 * enumeration constants typed): context beside the baseline, run last so that the figures before it
 * are measured as they were before it was added. After it, for the same reason, the reads of a
 * text ({@code kansenReadText}, {@link KansenJson#read(String)}) and of a stream
 * ({@code kansenReadStream}, {@link KansenJson#read(java.io.InputStream)}); then the same documents
 * as one JSON array ({@code kansenReadArray}, {@link KansenJson#readArray}) and as JSON Lines
 * ({@code kansenReadLines}, {@link KansenJson#readLines}), and databind reading the array into the
 * plain classes ({@code databindReadArray}, a {@code MappingIterator}).
 */
public final class CpuTimes {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private CpuTimes() {}

  /** One operation over all the programmes; returns something so the work is not optimised away. */
  @FunctionalInterface
  private interface Operation {
    int run();
  }

  /**
   * @param args the number of programmes and of rounds, both optional
   */
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 80;
    List<byte[]> documents = args.length > 2 ? documents(Path.of(args[2]), count) : NationalDataset.documents(count);
    KansenJson kansen = KansenJson.strict();
    ObjectMapper mapper = NationalBenchmark.mapper();
    ObjectWriter writer = NationalBenchmark.writer(mapper);
    JsonFactory factory = new JsonFactory();
    List<Programme> programmes = new ArrayList<>();
    List<Pojos.ProgrammePojo> pojos = new ArrayList<>();
    try {
      for (byte[] d : documents) {
        programmes.add(kansen.read(d));
        pojos.add(mapper.readValue(d, Pojos.ProgrammePojo.class));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.printf(Locale.ROOT, "%d programmes, %d bytes, %d rounds%n", count,
        NationalDataset.bytes(documents), rounds);
    System.out.printf(Locale.ROOT, "%-17s %12s %16s%n", "per programme", "CPU ms", "bytes allocated");
    report("kansenRead", count, rounds, () -> {
      int n = 0;
      for (byte[] d : documents) {
        n += kansen.read(d).interventions().size();
      }
      return n;
    });
    report("databindRead", count, rounds, () -> {
      int n = 0;
      for (byte[] d : documents) {
        n += read(mapper, d).interventions.size();
      }
      return n;
    });
    report("tokenScan", count, rounds, () -> {
      int n = 0;
      for (byte[] d : documents) {
        n += scan(factory, d);
      }
      return n;
    });
    report("kansenWrite", count, rounds, () -> {
      int n = 0;
      for (Programme p : programmes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
          kansen.writeCompact(p, out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        n += out.size();
      }
      return n;
    });
    Validator validator = Validator.standard();
    ValidationContext context = ValidationContext.asOf(ProgrammeGenerator.AS_OF);
    report("validate", count, rounds, () -> {
      int n = 0;
      for (Programme p : programmes) {
        n += validator.validate(p, context).violations().size();
      }
      return n;
    });
    report("readValidated", count, rounds, () -> {
      int n = 0;
      for (byte[] d : documents) {
        n += kansen.readValidated(d, validator, context).report().violations().size();
      }
      return n;
    });
    report("databindWrite", count, rounds, () -> {
      int n = 0;
      for (Pojos.ProgrammePojo p : pojos) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
          writer.writeValue(out, p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        n += out.size();
      }
      return n;
    });
    ObjectMapper typedMapper = NationalBenchmark.typedMapper();
    report("databindTypedRead", count, rounds, () -> {
      int n = 0;
      for (byte[] d : documents) {
        n += readTyped(typedMapper, d).interventions.size();
      }
      return n;
    });
    List<String> texts = documents.stream().map(d -> new String(d, StandardCharsets.UTF_8)).toList();
    report("kansenReadText", count, rounds, () -> {
      int n = 0;
      for (String text : texts) {
        n += kansen.read(text).interventions().size();
      }
      return n;
    });
    report("kansenReadStream", count, rounds, () -> {
      int n = 0;
      for (byte[] d : documents) {
        try {
          n += kansen.read(new ByteArrayInputStream(d)).interventions().size();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return n;
    });
    // the same documents as one JSON array and as JSON Lines, read as a stream each
    byte[] array = NationalBenchmark.array(documents);
    byte[] lines = lines(documents);
    report("kansenReadArray", count, rounds, () -> countAll(() -> kansen.readArray(new ByteArrayInputStream(array))));
    report("kansenReadLines", count, rounds, () -> countAll(() -> kansen.readLines(new ByteArrayInputStream(lines))));
    report("databindReadArray", count, rounds, () -> {
      int n = 0;
      try (com.fasterxml.jackson.databind.MappingIterator<Pojos.ProgrammePojo> in =
          mapper.readerFor(Pojos.ProgrammePojo.class).readValues(new ByteArrayInputStream(array))) {
        while (in.hasNext()) {
          n += in.next().interventions.size();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return n;
    });
  }

  /** Opens a sequence of programmes. */
  @FunctionalInterface
  private interface Sequence {
    dev.kansen.json.ProgrammeIterator open() throws IOException;
  }

  private static int countAll(Sequence sequence) {
    int n = 0;
    try (dev.kansen.json.ProgrammeIterator in = sequence.open()) {
      while (in.hasNext()) {
        n += in.next().interventions().size();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }

  private static byte[] lines(List<byte[]> documents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] d : documents) {
      out.writeBytes(d);
      out.write('\n');
    }
    return out.toByteArray();
  }

  private static List<byte[]> documents(Path directory, int count) {
    try {
      Files.createDirectories(directory);
      List<byte[]> documents = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Path file = directory.resolve(i + ".json");
        if (!Files.exists(file)) {
          Files.write(file, NationalDataset.document(i));
        }
        documents.add(Files.readAllBytes(file));
      }
      return documents;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Pojos.ProgrammePojo read(ObjectMapper mapper, byte[] d) {
    try {
      return mapper.readValue(d, Pojos.ProgrammePojo.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TypedPojos.ProgrammePojo readTyped(ObjectMapper mapper, byte[] d) {
    try {
      return mapper.readValue(d, TypedPojos.ProgrammePojo.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int scan(JsonFactory factory, byte[] d) {
    int tokens = 0;
    try (JsonParser p = factory.createParser(d)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        tokens++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  private static void report(String name, int count, int rounds, Operation operation) {
    long thread = Thread.currentThread().getId();
    double[] cpu = new double[rounds];
    double[] bytes = new double[rounds];
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long cpu0 = THREADS.getCurrentThreadCpuTime();
      long bytes0 = THREADS.getThreadAllocatedBytes(thread);
      sink += operation.run();
      cpu[r] = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6 / count;
      bytes[r] = (double) (THREADS.getThreadAllocatedBytes(thread) - bytes0) / count;
    }
    System.out.printf(Locale.ROOT, "%-17s %12.4f %16.0f%s%n", name, medianOfLastHalf(cpu), medianOfLastHalf(bytes),
        sink == 42 ? " " : "");
  }

  private static double medianOfLastHalf(double[] values) {
    double[] last = Arrays.copyOfRange(values, values.length / 2, values.length);
    Arrays.sort(last);
    return last[last.length / 2];
  }
}
