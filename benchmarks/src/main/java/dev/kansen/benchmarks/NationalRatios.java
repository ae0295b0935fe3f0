package dev.kansen.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kansen.json.KansenJson;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link NationalBenchmark} in one JMH run, measures the retained heap of the national model
 * and streams ten times the dataset under {@code -Xmx256m} ({@link NationalStream}); prints a
 * table and writes {@code ratios.json} with the figures (not verdicts). Used by
 * {@code benchmarks/run.sh}.
 *
 * <p>{@value #READ_VS_DATABIND_TYPED} is context, not a target: databind into {@link TypedPojos}
 * (dates and enumeration constants typed, as kansen's read gives them) over kansen's read. The
 * issue's target stays {@code read_vs_databind}, against databind into {@link Pojos}.
 */
public final class NationalRatios {
  /** The key of the ratio of databind into the typed classes over kansen's read: context, not a target. */
  static final String READ_VS_DATABIND_TYPED = "read_vs_databind_typed";
  /** What {@link #READ_VS_DATABIND_TYPED} is, written beside it in {@code ratios.json}. */
  static final String CONTEXT_TYPED = "context, not a target: databind into TypedPojos (LocalDate dates, the model's"
      + " enumerations) over kansen's read; the target is read_vs_databind, databind into Pojos (texts)";

  /** The key of the ratio of databind's read from a stream over kansen's: context, not a target. */
  static final String READ_STREAM_VS_DATABIND_STREAM = "read_stream_vs_databind_stream";
  /** What {@link #READ_STREAM_VS_DATABIND_STREAM} is, written beside it in {@code ratios.json}. */
  static final String CONTEXT_STREAM = "context, not a target: databind's read of each document from an InputStream"
      + " over kansen's read(InputStream), the entry point of files and streams; the target is read_vs_databind, from bytes";

  /** The key of the ratio of databind's read of the dataset as one JSON array over kansen's: context, not a target. */
  static final String READ_ARRAY_VS_DATABIND_ARRAY = "read_array_vs_databind_array";
  /** What {@link #READ_ARRAY_VS_DATABIND_ARRAY} is, written beside it in {@code ratios.json}. */
  static final String CONTEXT_ARRAY = "context, not a target: databind's read of the dataset as one JSON array"
      + " (MappingIterator) over kansen's readArray; the target is read_vs_databind, document by document";

  private NationalRatios() {}

  /**
   * @param args {@code --quick} for one short fork; then the path of {@code ratios.json}
   * @throws Exception when a benchmark or the streaming process fails
   */
  public static void main(String[] args) throws Exception {
    boolean quick = List.of(args).contains("--quick");
    Path out = Path.of(args.length > 0 && !args[args.length - 1].startsWith("--")
        ? args[args.length - 1] : "benchmarks/target/ratios.json");
    Map<String, double[]> scores = jmh(quick);
    double[] heap = retainedHeap();
    JsonNode stream = stream();

    ObjectNode ratios = ratios(scores, heap, stream);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(ratios) + "\n");

    System.out.println();
    System.out.printf(Locale.ROOT, "%-22s %12s %10s %22s%n", "benchmark", "ms/op", "±", "allocated B/programme");
    scores.forEach((name, s) -> System.out.printf(Locale.ROOT, "%-22s %12.2f %10.2f %22.0f%n", name, s[0], s[2],
        s[1] / NationalDataset.PROGRAMMES));
    System.out.println();
    for (Map.Entry<String, JsonNode> e : ratios.properties()) {
      if (e.getValue().isNumber()) {
        System.out.printf(Locale.ROOT, "%-32s %8.2f%s%n", e.getKey(), e.getValue().asDouble(),
            e.getKey().equals(READ_VS_DATABIND_TYPED) ? "   context, not a target: databind into typed classes"
                : e.getKey().equals(READ_STREAM_VS_DATABIND_STREAM) ? "   context, not a target: from streams"
                : e.getKey().equals(READ_ARRAY_VS_DATABIND_ARRAY) ? "   context, not a target: one JSON array" : "");
      }
    }
    System.out.println("stream: " + stream);
    System.out.println("wrote " + out);
  }

  /**
   * @param scores per benchmark: ms per op, bytes allocated per op, error of the ms
   * @param heap the retained heap of the national model, and of the databind classes, over the compact JSON
   * @param stream the figures of {@link NationalStream}
   * @return the object written as {@code ratios.json}: the ratios, then the figures they come from
   */
  static ObjectNode ratios(Map<String, double[]> scores, double[] heap, JsonNode stream) {
    double read = scores.get("kansenRead")[0];
    ObjectNode ratios = new ObjectMapper().createObjectNode();
    ratios.put("read_vs_databind", scores.get("databindRead")[0] / read);
    ratios.put("read_vs_tokenscan", scores.get("tokenScan")[0] / read);
    ratios.put("write_vs_databind", scores.get("databindWrite")[0] / scores.get("kansenWrite")[0]);
    ratios.put("allocation_vs_databind", scores.get("kansenRead")[1] / scores.get("databindRead")[1]);
    ratios.put("validate_share_of_read", scores.get("validate")[0] / read);
    ratios.put("validate_scaling_10x", stream.get("validate_ms_10x").asDouble() / stream.get("validate_ms_1x").asDouble());
    ratios.put("read_validate_scaling_10x",
        stream.get("read_validate_ms_10x").asDouble() / stream.get("read_validate_ms_1x").asDouble());
    ratios.put("retained_heap_vs_json", heap[0]);
    ratios.put("databind_retained_heap_vs_json", heap[1]);
    ratios.put(READ_VS_DATABIND_TYPED, scores.get("databindTypedRead")[0] / read);
    ratios.put(READ_STREAM_VS_DATABIND_STREAM, scores.get("databindReadStream")[0] / scores.get("kansenReadStream")[0]);
    ratios.put(READ_ARRAY_VS_DATABIND_ARRAY, scores.get("databindReadArray")[0] / scores.get("kansenReadArray")[0]);
    ObjectNode context = ratios.putObject("context");
    context.put(READ_VS_DATABIND_TYPED, CONTEXT_TYPED);
    context.put(READ_STREAM_VS_DATABIND_STREAM, CONTEXT_STREAM);
    context.put(READ_ARRAY_VS_DATABIND_ARRAY, CONTEXT_ARRAY);
    ObjectNode figures = ratios.putObject("figures");
    scores.forEach((name, s) -> {
      ObjectNode f = figures.putObject(name);
      f.put("ms_per_op", s[0]);
      f.put("ms_error", s[2]);
      f.put("bytes_per_programme", s[1] / NationalDataset.PROGRAMMES);
    });
    figures.set("stream", stream);
    return ratios;
  }

  /** @return per benchmark: ms per op, bytes allocated per op, error of the ms */
  private static Map<String, double[]> jmh(boolean quick) throws RunnerException {
    OptionsBuilder options = new OptionsBuilder();
    options.include(NationalBenchmark.class.getName() + "\\.")
        .forks(1)
        .warmupIterations(quick ? 3 : 5).warmupTime(TimeValue.seconds(quick ? 2 : 3))
        .measurementIterations(quick ? 4 : 8).measurementTime(TimeValue.seconds(quick ? 2 : 3))
        .timeUnit(TimeUnit.MILLISECONDS)
        .jvmArgsAppend("-Xmx2g")
        .addProfiler(GCProfiler.class);
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, double[]> scores = new HashMap<>();
    for (RunResult run : results) {
      String label = run.getParams().getBenchmark();
      String name = label.substring(label.lastIndexOf('.') + 1);
      Result<?> primary = run.getPrimaryResult();
      Result<?> allocated = run.getSecondaryResults().get("gc.alloc.rate.norm");
      scores.put(name, new double[] {primary.getScore(), allocated == null ? Double.NaN : allocated.getScore(),
          primary.getScoreError()});
    }
    return scores;
  }

  /** @return the retained heap of the national model, and of the databind classes, over the compact JSON */
  private static double[] retainedHeap() throws IOException {
    List<byte[]> documents = NationalDataset.documents(NationalDataset.PROGRAMMES);
    long json = NationalDataset.bytes(documents);
    List<Object> kept = new ArrayList<>();
    long before = used();
    for (byte[] d : documents) {
      kept.add(KansenJson.strict().read(d));
    }
    long model = used() - before;
    kept.clear();
    ObjectMapper mapper = NationalBenchmark.mapper();
    before = used();
    for (byte[] d : documents) {
      kept.add(mapper.readValue(d, Pojos.ProgrammePojo.class));
    }
    long pojos = used() - before;
    if (kept.size() != documents.size()) {
      throw new IllegalStateException("unreachable: keeps the objects alive until measured");
    }
    return new double[] {(double) model / json, (double) pojos / json};
  }

  private static long used() {
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Runs {@link NationalStream} in a JVM of its own under {@code -Xmx256m}. */
  private static JsonNode stream() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        NationalStream.class.getName()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("Streaming under -Xmx256m failed: " + output);
    }
    return new ObjectMapper().readTree(output);
  }
}
