package dev.kansen.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.kansen.json.KansenJson;
import dev.kansen.json.ProgrammeIterator;
import dev.kansen.json.ValidatedProgramme;
import dev.kansen.model.Programme;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.ValidationReport;
import dev.kansen.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * kansen against Jackson databind into plain classes ({@link Pojos}) over the same bytes: the
 * national dataset ({@link NationalDataset}), every operation over all its programmes. A token
 * scan of the documents is the floor of any reader. Databind into {@link TypedPojos} (dates and
 * enumeration constants typed) is measured beside the baseline, for context.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NationalBenchmark {
  private static final ValidationContext CONTEXT = ValidationContext.asOf(ProgrammeGenerator.AS_OF);

  /** The name of the size parameter: the number of programmes of the dataset. */
  public static final String SIZE = "count";

  /** The number of programmes: {@link NationalDataset#PROGRAMMES} unless a test asks for fewer. */
  @Param({"342"})
  public int count;

  private final KansenJson kansen = KansenJson.strict();
  private final Validator validator = Validator.standard();
  private final ObjectMapper mapper = mapper();
  private final ObjectMapper typedMapper = typedMapper();
  // what a developer who writes many documents keeps: the writer of the type, resolved once
  private final ObjectWriter writer = writer(mapper);
  private final JsonFactory factory = new JsonFactory();
  private final ObjectReader arrayReader = mapper.readerFor(Pojos.ProgrammePojo.class);
  private List<byte[]> documents;
  // the documents as one JSON array, as writeArray writes it
  private byte[] array;
  private List<Programme> programmes;
  private List<Pojos.ProgrammePojo> pojos;

  /** Creates the benchmark; JMH sets {@link #count} and calls {@link #setUp()}. */
  public NationalBenchmark() {}

  /** @return the object mapper of the baseline: plain databind, empty values left out */
  public static ObjectMapper mapper() {
    ObjectMapper mapper = new ObjectMapper();
    mapper.setDefaultPropertyInclusion(JsonInclude.Include.NON_EMPTY);
    return mapper;
  }

  /**
   * @return the object mapper of the typed classes ({@link TypedPojos}): the baseline's, with
   *     {@link JavaTimeModule} for the dates, written as texts
   */
  public static ObjectMapper typedMapper() {
    ObjectMapper mapper = mapper();
    mapper.registerModule(new JavaTimeModule());
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    return mapper;
  }

  /**
   * @param mapper the baseline's object mapper
   * @return the baseline's writer: the programme's serializer resolved once, as a developer keeps it
   */
  public static ObjectWriter writer(ObjectMapper mapper) {
    return mapper.writerFor(Pojos.ProgrammePojo.class);
  }

  /**
   * Generates the dataset and reads it once each way.
   *
   * @throws IOException never: everything is in memory
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    documents = NationalDataset.documents(count);
    array = array(documents);
    programmes = new ArrayList<>();
    pojos = new ArrayList<>();
    for (byte[] d : documents) {
      programmes.add(kansen.read(d));
      pojos.add(mapper.readValue(d, Pojos.ProgrammePojo.class));
    }
  }

  /**
   * @param documents compact documents
   * @return them as one JSON array, as {@link KansenJson#writeArray} writes it: one per line, separated by commas
   */
  static byte[] array(List<byte[]> documents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write('[');
    for (int i = 0; i < documents.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write('\n');
      out.writeBytes(documents.get(i));
    }
    out.writeBytes((documents.isEmpty() ? "]\n" : "\n]\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** @param sink receives each programme read by kansen */
  @Benchmark
  public void kansenRead(Blackhole sink) {
    for (byte[] d : documents) {
      sink.consume(kansen.read(d));
    }
  }

  /**
   * @param sink receives each programme read by databind
   * @throws IOException never: the documents are valid
   */
  @Benchmark
  public void databindRead(Blackhole sink) throws IOException {
    for (byte[] d : documents) {
      sink.consume(mapper.readValue(d, Pojos.ProgrammePojo.class));
    }
  }

  /**
   * The read of a document from a stream, as from a file: {@link KansenJson#read(InputStream)}.
   *
   * @param sink receives each programme read by kansen
   * @throws IOException never: the documents are in memory
   */
  @Benchmark
  public void kansenReadStream(Blackhole sink) throws IOException {
    for (byte[] d : documents) {
      sink.consume(kansen.read(new ByteArrayInputStream(d)));
    }
  }

  /**
   * Databind's read of a document from a stream, the baseline of {@link #kansenReadStream}.
   *
   * @param sink receives each programme read by databind
   * @throws IOException never: the documents are valid and in memory
   */
  @Benchmark
  public void databindReadStream(Blackhole sink) throws IOException {
    for (byte[] d : documents) {
      sink.consume(mapper.readValue(new ByteArrayInputStream(d), Pojos.ProgrammePojo.class));
    }
  }

  /**
   * The read of the dataset as one JSON array from a stream: {@link KansenJson#readArray}.
   *
   * @param sink receives each programme read by kansen
   * @throws IOException never: the array is in memory
   */
  @Benchmark
  public void kansenReadArray(Blackhole sink) throws IOException {
    try (ProgrammeIterator in = kansen.readArray(new ByteArrayInputStream(array))) {
      while (in.hasNext()) {
        sink.consume(in.next());
      }
    }
  }

  /**
   * Databind's read of the same array, element by element ({@code MappingIterator}), the baseline
   * of {@link #kansenReadArray}.
   *
   * @param sink receives each programme read by databind
   * @throws IOException never: the array is valid and in memory
   */
  @Benchmark
  public void databindReadArray(Blackhole sink) throws IOException {
    try (MappingIterator<Pojos.ProgrammePojo> in = arrayReader.readValues(new ByteArrayInputStream(array))) {
      while (in.hasNext()) {
        sink.consume(in.next());
      }
    }
  }

  /**
   * Context, not the baseline: databind into classes whose dates and constants are typed.
   *
   * @param sink receives each programme read by databind into the typed classes
   * @throws IOException never: the documents are valid
   */
  @Benchmark
  public void databindTypedRead(Blackhole sink) throws IOException {
    for (byte[] d : documents) {
      sink.consume(typedMapper.readValue(d, TypedPojos.ProgrammePojo.class));
    }
  }

  /**
   * @param sink receives the number of tokens of each document
   * @throws IOException never: the documents are valid
   */
  @Benchmark
  public void tokenScan(Blackhole sink) throws IOException {
    for (byte[] d : documents) {
      int tokens = 0;
      try (JsonParser p = factory.createParser(d)) {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          tokens++;
        }
      }
      sink.consume(tokens);
    }
  }

  /**
   * @param sink receives each written document
   * @throws IOException never: the output is in memory
   */
  @Benchmark
  public void kansenWrite(Blackhole sink) throws IOException {
    for (Programme p : programmes) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
      kansen.writeCompact(p, out);
      sink.consume(out);
    }
  }

  /**
   * @param sink receives each written document
   * @throws IOException never: the output is in memory
   */
  @Benchmark
  public void databindWrite(Blackhole sink) throws IOException {
    for (Pojos.ProgrammePojo p : pojos) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
      writer.writeValue(out, p);
      sink.consume(out);
    }
  }

  /** @param sink receives each programme's report */
  @Benchmark
  public void validate(Blackhole sink) {
    for (Programme p : programmes) {
      ValidationReport report = validator.validate(p, CONTEXT);
      sink.consume(report);
    }
  }

  /** @param sink receives each programme with its report */
  @Benchmark
  public void kansenReadValidated(Blackhole sink) {
    for (byte[] d : documents) {
      ValidatedProgramme result = kansen.readValidated(d, validator, CONTEXT);
      sink.consume(result);
    }
  }
}
