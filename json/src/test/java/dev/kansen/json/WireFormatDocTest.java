package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.validation.ReadCode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/wire-format.md lists exactly the codes the reader can emit, and the tests exercise each. */
class WireFormatDocTest {
  private static final Pattern ROW = Pattern.compile("^\\| `([A-Z_]+)` \\|");

  private static Set<String> documentedReadCodes() throws IOException {
    List<String> lines = Files.readAllLines(TestResources.rootDir().resolve("docs/wire-format.md"));
    int start = lines.indexOf("These are the codes the reader itself emits:");
    assertTrue(start >= 0, "the read-error table's heading line is missing");
    Set<String> codes = new TreeSet<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      Matcher m = ROW.matcher(line);
      if (m.find()) {
        codes.add(m.group(1));
      } else if (!codes.isEmpty() && line.isBlank()) {
        break;
      }
    }
    return codes;
  }

  private static Set<String> readCodes() {
    return Arrays.stream(ReadCode.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void documentedReadErrorCodesAreExactlyTheCodesTheReaderEmits() throws IOException {
    assertEquals(readCodes(), documentedReadCodes());
  }

  @Test
  void everyReadErrorCodeIsExercisedByTheNegativeCorpusOrTheHostileInputTests() {
    Set<String> exercised = NegativeCase.all().stream().map(NegativeCase::code).collect(Collectors.toCollection(TreeSet::new));
    exercised.addAll(Set.of("INPUT_TOO_LARGE", "STRING_TOO_LONG"));
    assertTrue(exercised.containsAll(readCodes()), () -> "not exercised: " + readCodes().stream()
        .filter(c -> !exercised.contains(c)).toList());
  }

  @Test
  void theDocumentedFormatVersionIsTheOneWritten() throws IOException {
    String doc = Files.readString(TestResources.rootDir().resolve("docs/wire-format.md"));
    assertTrue(doc.startsWith("# kansen wire format " + KansenJson.FORMAT_VERSION + "\n"));
  }
}
