import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kansen.json.KansenJson;
import dev.kansen.json.KansenJsonException;
import dev.kansen.model.Programme;
import dev.kansen.validation.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Run against kansen 0.1.0's json and core jars (see .ci/compat-0.1.0.sh): reads every document of a
 * directory with the 0.1.0 lenient reader, writes it back with 0.1.0, and compares the JSON trees.
 * Equal (but for formatVersion, which 0.1.0 writes as its own "1.0") means nothing was lost.
 *
 * <p>A 1.1 document may leave out a fact 1.0 required (a join date, a lead, a planned period, a
 * grant's amount or period, the programme period): 0.1.0 cannot hold that absence and refuses the
 * document. That refusal is accepted only when every violation is MISSING_PROPERTY for one of those
 * properties and the document indeed leaves it out. Anything else fails.
 *
 * <p>Before the documents, a self-test: a property added inside a value object of a document that
 * round-trips must make the check fail.
 */
public final class RoundTrip010 {
  private static final Set<String> OPTIONAL_IN_1_1 = Set.of("joined", "lead", "planned", "amount", "period");
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  public static void main(String[] args) throws Exception {
    List<Path> documents;
    try (Stream<Path> files = Files.list(Path.of(args[0]))) {
      documents = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    if (documents.isEmpty()) {
      throw new IllegalStateException("no documents in " + args[0]);
    }
    int lossless = 0;
    int refused = 0;
    List<String> failures = new ArrayList<>();
    String selfTest = null;
    for (Path document : documents) {
      String text = Files.readString(document);
      String outcome = check(text);
      System.out.println(document.getFileName() + ": " + outcome);
      if (outcome.startsWith("LOSSLESS")) {
        lossless++;
        if (selfTest == null) {
          selfTest = text;
        }
      } else if (outcome.startsWith("REFUSED")) {
        refused++;
      } else {
        failures.add(document.getFileName() + ": " + outcome);
      }
    }
    if (selfTest == null) {
      failures.add("no document round-trips through 0.1.0, so nothing proves 1.1's additions are kept");
    } else {
      String injected = injectIntoValueObject(selfTest);
      String outcome = check(injected);
      System.out.println("self-test (a property added inside a value object): " + outcome);
      if (outcome.startsWith("LOSSLESS") || outcome.startsWith("REFUSED")) {
        failures.add("self-test: a property inside a value object was not caught: " + outcome);
      }
    }
    System.out.println(lossless + " lossless, " + refused + " refused for facts 1.0 required, " + failures.size()
        + " failed");
    if (!failures.isEmpty()) {
      failures.forEach(f -> System.out.println("FAIL " + f));
      System.exit(1);
    }
  }

  /** @return LOSSLESS, REFUSED (accepted), or what went wrong */
  static String check(String text) throws Exception {
    Programme programme;
    try {
      programme = KansenJson.lenient().read(text);
    } catch (KansenJsonException e) {
      JsonNode original = JSON.readTree(text);
      List<String> paths = new ArrayList<>();
      for (Violation v : e.violations()) {
        String path = v.path().toString();
        String property = path.substring(path.lastIndexOf('/') + 1);
        String parent = path.substring(0, path.lastIndexOf('/'));
        if (!v.code().equals("MISSING_PROPERTY") || !OPTIONAL_IN_1_1.contains(property)
            || original.at(parent).isMissingNode() || original.at(path).isMissingNode() == false) {
          return "READ FAILED " + v.code() + " at " + path + ": " + v.message();
        }
        paths.add(path);
      }
      return "REFUSED (leaves out facts 1.0 required: " + String.join(", ", paths) + ")";
    }
    JsonNode original = JSON.readTree(text);
    JsonNode written = JSON.readTree(KansenJson.lenient().write(programme));
    ((ObjectNode) original).remove("formatVersion");
    ((ObjectNode) written).remove("formatVersion");
    String difference = difference("", original, written);
    return difference == null ? "LOSSLESS" : "LOST " + difference;
  }

  private static String difference(String at, JsonNode a, JsonNode b) {
    if (a.isObject() && b.isObject()) {
      for (Map.Entry<String, JsonNode> e : a.properties()) {
        String child = at + "/" + e.getKey();
        if (!b.has(e.getKey())) {
          return child + " is missing after the round trip";
        }
        String d = difference(child, e.getValue(), b.get(e.getKey()));
        if (d != null) {
          return d;
        }
      }
      for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!a.has(name)) {
          return at + "/" + name + " appeared in the round trip";
        }
      }
      return null;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return at + " has " + a.size() + " elements before and " + b.size() + " after";
      }
      for (int i = 0; i < a.size(); i++) {
        String d = difference(at + "/" + i, a.get(i), b.get(i));
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    return a.equals(b) ? null : at + " was " + a + ", became " + b;
  }

  /** Adds a property inside the first value object (a date range or a reach) found in the document. */
  static String injectIntoValueObject(String text) throws Exception {
    JsonNode root = JSON.readTree(text);
    ObjectNode target = find(root);
    if (target == null) {
      throw new IllegalStateException("the self-test document has no date range or reach");
    }
    target.put("qualifier", "AT_LEAST");
    return JSON.writeValueAsString(root);
  }

  private static ObjectNode find(JsonNode node) {
    if (node.isObject()) {
      for (String key : List.of("period", "planned", "plannedReach", "actualReach")) {
        if (node.get(key) != null && node.get(key).isObject()) {
          return (ObjectNode) node.get(key);
        }
      }
    }
    for (JsonNode child : node) {
      ObjectNode found = find(child);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
