package dev.kansen.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ratios of the national benchmark: each key keeps its meaning; the typed read, the stream read and the array read are context beside them. */
class NationalRatiosTest {
  private static final Map<String, double[]> SCORES = Map.ofEntries(
      Map.entry("kansenRead", new double[] {200, 700_000, 1}),
      Map.entry("databindRead", new double[] {100, 200_000, 1}),
      Map.entry("databindTypedRead", new double[] {150, 300_000, 1}),
      Map.entry("tokenScan", new double[] {50, 1_000, 1}),
      Map.entry("kansenWrite", new double[] {80, 10_000, 1}),
      Map.entry("databindWrite", new double[] {60, 10_000, 1}),
      Map.entry("validate", new double[] {40, 5_000, 1}),
      Map.entry("kansenReadValidated", new double[] {240, 705_000, 1}),
      Map.entry("kansenReadStream", new double[] {250, 720_000, 1}),
      Map.entry("databindReadStream", new double[] {125, 210_000, 1}),
      Map.entry("kansenReadArray", new double[] {180, 700_000, 1}),
      Map.entry("databindReadArray", new double[] {90, 200_000, 1}));
  private static final double[] HEAP = {2.5, 1.9};

  private static ObjectNode ratios() {
    ObjectNode stream = new ObjectMapper().createObjectNode();
    stream.put("validate_ms_1x", 10).put("validate_ms_10x", 105)
        .put("read_validate_ms_1x", 20).put("read_validate_ms_10x", 230);
    return NationalRatios.ratios(SCORES, HEAP, stream);
  }

  @Test
  void theExistingRatiosKeepTheirKeysAndMeanings() {
    ObjectNode ratios = ratios();

    assertEquals(0.5, ratios.get("read_vs_databind").asDouble(), 1e-12);
    assertEquals(0.25, ratios.get("read_vs_tokenscan").asDouble(), 1e-12);
    assertEquals(0.75, ratios.get("write_vs_databind").asDouble(), 1e-12);
    assertEquals(3.5, ratios.get("allocation_vs_databind").asDouble(), 1e-12);
    assertEquals(0.2, ratios.get("validate_share_of_read").asDouble(), 1e-12);
    assertEquals(10.5, ratios.get("validate_scaling_10x").asDouble(), 1e-12);
    assertEquals(11.5, ratios.get("read_validate_scaling_10x").asDouble(), 1e-12);
    assertEquals(2.5, ratios.get("retained_heap_vs_json").asDouble(), 1e-12);
    assertEquals(1.9, ratios.get("databind_retained_heap_vs_json").asDouble(), 1e-12);
    assertEquals(200, ratios.get("figures").get("kansenRead").get("ms_per_op").asDouble(), 1e-12);
  }

  @Test
  void theTypedReadIsDatabindIntoTypedClassesOverKansensReadAndLabelledAsContext() {
    ObjectNode ratios = ratios();

    assertEquals(0.75, ratios.get(NationalRatios.READ_VS_DATABIND_TYPED).asDouble(), 1e-12);
    assertTrue(ratios.get("context").get(NationalRatios.READ_VS_DATABIND_TYPED).asText().startsWith("context, not a target"));
    assertEquals(150, ratios.get("figures").get("databindTypedRead").get("ms_per_op").asDouble(), 1e-12);
  }

  @Test
  void theNumbersAreTheExistingOnesThenTheContext() {
    List<String> numbers = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : ratios().properties()) {
      if (e.getValue().isNumber()) {
        numbers.add(e.getKey());
      }
    }

    assertEquals(List.of("read_vs_databind", "read_vs_tokenscan", "write_vs_databind", "allocation_vs_databind",
        "validate_share_of_read", "validate_scaling_10x", "read_validate_scaling_10x", "retained_heap_vs_json",
        "databind_retained_heap_vs_json", NationalRatios.READ_VS_DATABIND_TYPED,
        NationalRatios.READ_STREAM_VS_DATABIND_STREAM, NationalRatios.READ_ARRAY_VS_DATABIND_ARRAY), numbers);
  }

  @Test
  void theStreamReadIsDatabindsFromAStreamOverKansensFromAStreamAndLabelledAsContext() {
    ObjectNode ratios = ratios();

    assertEquals(0.5, ratios.get(NationalRatios.READ_STREAM_VS_DATABIND_STREAM).asDouble(), 1e-12);
    assertTrue(ratios.get("context").get(NationalRatios.READ_STREAM_VS_DATABIND_STREAM).asText()
        .startsWith("context, not a target"));
    assertEquals(250, ratios.get("figures").get("kansenReadStream").get("ms_per_op").asDouble(), 1e-12);
  }

  @Test
  void theArrayReadIsDatabindsOverKansensReadOfOneArrayAndLabelledAsContext() {
    ObjectNode ratios = ratios();

    assertEquals(0.5, ratios.get(NationalRatios.READ_ARRAY_VS_DATABIND_ARRAY).asDouble(), 1e-12);
    assertTrue(ratios.get("context").get(NationalRatios.READ_ARRAY_VS_DATABIND_ARRAY).asText()
        .startsWith("context, not a target"));
    assertEquals(180, ratios.get("figures").get("kansenReadArray").get("ms_per_op").asDouble(), 1e-12);
  }
}
