package dev.kansen.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kansen.json.KansenJson;
import dev.kansen.model.Programme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

/**
 * Reading and writing a large programme with {@link KansenJson#strict()}, against plain Jackson
 * reading the same bytes into a tree and writing that tree: the baseline is the cost of the JSON
 * itself, so the ratio is the cost of kansen's checks and model on top of it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {
  /** The name of the size parameter: the number of interventions of the generated programme. */
  public static final String SIZE = "jsonInterventions";

  /** The number of interventions of the generated programme. */
  @Param({"2000"})
  public int jsonInterventions;

  private final ObjectMapper mapper = new ObjectMapper();
  private byte[] document;
  private Programme programme;
  private JsonNode tree;

  /** Creates the benchmark; JMH sets {@link #jsonInterventions} and calls {@link #setUp()}. */
  public JsonBenchmark() {}

  /**
   * Writes the generated programme once per trial as the compact JSON both sides read.
   *
   * @throws IOException never: everything happens in memory
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    document = Documents.strict(Workloads.programme(jsonInterventions));
    programme = KansenJson.strict().read(document);
    tree = mapper.readTree(document);
  }

  /** @return the document both readers read, in UTF-8 */
  public byte[] document() {
    return document.clone();
  }

  /**
   * Reads the document into a programme, checking every value.
   *
   * @return the programme
   */
  @Benchmark
  public Programme kansenRead() {
    return KansenJson.strict().read(document);
  }

  /**
   * The baseline of {@link #kansenRead()}: Jackson reads the same bytes into a tree.
   *
   * @return the tree
   * @throws IOException never: the document is valid JSON
   */
  @Benchmark
  public JsonNode jacksonReadTree() throws IOException {
    return mapper.readTree(document);
  }

  /**
   * Writes the programme as compact JSON into memory.
   *
   * @return the buffer holding the UTF-8 bytes
   * @throws IOException never: the buffer is in memory
   */
  @Benchmark
  public ByteArrayOutputStream kansenWrite() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(document.length);
    KansenJson.strict().writeCompact(programme, out);
    return out;
  }

  /**
   * The baseline of {@link #kansenWrite()}: Jackson writes the tree of the same document.
   *
   * @return the UTF-8 bytes
   * @throws IOException never: the tree is in memory
   */
  @Benchmark
  public byte[] jacksonWrite() throws IOException {
    return mapper.writeValueAsBytes(tree);
  }
}
