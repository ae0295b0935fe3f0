package dev.kansen.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kansen.json.KansenJson;
import dev.kansen.model.Programme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JSON documents of the benchmarks, made from {@link Workloads}' generated programmes. */
public final class Documents {
  /** The prefix of every unknown property the programme generator adds. */
  private static final String UNKNOWN_PREFIX = "x-";
  /** The first measured value in a compact document. */
  private static final Pattern VALUE = Pattern.compile("\"value\":(-?[0-9][0-9.eE+-]*)");

  /** The most interventions {@link #longNumber(int)} tries before giving up. */
  private static final int MAX_INTERVENTIONS = 50;

  private Documents() {}

  /**
   * A programme as compact JSON that {@link KansenJson#strict()} reads: the programme written
   * without the unknown properties the generator gives some of its objects.
   *
   * @param programme the programme
   * @return the document in UTF-8
   */
  public static byte[] strict(Programme programme) {
    ObjectMapper mapper = new ObjectMapper();
    try {
      JsonNode tree = mapper.readTree(KansenJson.lenient().writeCompact(programme));
      withoutUnknownProperties(tree);
      return mapper.writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new UncheckedIOException("Writing and reading in memory cannot fail", e);
    }
  }

  /**
   * The smallest programme generated from {@link Workloads#SEED} that has a measured value, as
   * compact JSON, with its first measured value replaced by a number of the given length such as
   * {@code 123456789123...}. The rest of the document is small, so that the number dominates the
   * time to read it.
   *
   * @param digits the number of digits, at least 1
   * @return the document in UTF-8
   */
  public static byte[] longNumber(int digits) {
    if (digits < 1) {
      throw new IllegalArgumentException("digits must be at least 1, but was " + digits);
    }
    StringBuilder number = new StringBuilder(digits);
    for (int i = 0; i < digits; i++) {
      number.append((char) ('1' + i % 9));
    }
    for (int interventions = 0; interventions <= MAX_INTERVENTIONS; interventions++) {
      String document = new String(strict(Workloads.programme(interventions)), StandardCharsets.UTF_8);
      Matcher value = VALUE.matcher(document);
      if (value.find()) {
        return (document.substring(0, value.start(1)) + number + document.substring(value.end(1)))
            .getBytes(StandardCharsets.UTF_8);
      }
    }
    throw new IllegalStateException("No programme generated from seed " + Workloads.SEED + " with up to "
        + MAX_INTERVENTIONS + " interventions has a measured value to lengthen");
  }

  private static void withoutUnknownProperties(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> unknown = new ArrayList<>();
      for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (name.startsWith(UNKNOWN_PREFIX)) {
          unknown.add(name);
        }
      }
      object.remove(unknown);
    }
    for (JsonNode child : node) {
      withoutUnknownProperties(child);
    }
  }
}
