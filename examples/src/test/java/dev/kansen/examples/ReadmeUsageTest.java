package dev.kansen.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.json.KansenJson;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.Programme;
import dev.kansen.validation.Category;
import dev.kansen.validation.Code;
import dev.kansen.validation.Findings;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.Rule;
import dev.kansen.validation.Severity;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java snippets compile, run and validate clean, and are exactly the code of
 * {@link ReadmeUsage}: every {@code java} block of the README follows a line
 * {@code <!-- readme:NAME -->} and equals the lines of {@code ReadmeUsage.java} between
 * {@code // readme:NAME:start} and {@code // readme:NAME:end}, without their common indentation;
 * every such region is shown once.
 */
class ReadmeUsageTest {
  private static final Path MODULE = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
  private static final Path README = MODULE.resolve("../README.md").normalize();
  private static final Path SOURCE = MODULE.resolve("src/main/java/dev/kansen/examples/ReadmeUsage.java");
  private static final Pattern BLOCK_NAME = Pattern.compile("<!-- readme:([a-z-]+) -->");
  private static final Pattern REGION = Pattern.compile("// readme:([a-z-]+):(start|end)");

  @Test
  void printsTheGrantTheInterventionAndTheFunding() {
    String printed = StandardOutput.capture(() -> ReadmeUsage.build());

    assertEquals(List.of(
            "Provincie Limburg gives EUR 50000.00 to Gemeente Heerlen",
            "Warme overdracht vanuit de peuteropvang: 8 SCHOOLS planned",
            "limburg granted EUR 50000.00, unallocated EUR 50000.00"),
        printed.lines().toList());
  }

  @Test
  void theUsageExampleIsValid() {
    Programme programme = programme();
    ValidationReport report = ReadmeUsage.validate(programme);
    String printed = StandardOutput.capture(() -> ReadmeUsage.validate(programme));

    assertTrue(report.valid(), () -> "the README's programme has errors: " + report.errors());
    assertEquals(List.of(), report.violations(), "the README's programme validates without findings");
    assertEquals("", printed, "a valid programme prints no errors");
  }

  @Test
  void theTunedValidatorRunsTheUsersRuleOnTheUsageExample() {
    List<String> checked = new ArrayList<>();
    Rule schoolRegister = new Rule() {
      @Override
      public Code code() {
        return Code.of("SCHOOL_NOT_IN_REGISTER", Severity.WARNING, Category.REFERENCES,
            "A school is not in the school register.", "Partners must exist.", "Check the BRIN code.");
      }

      @Override
      public Severity defaultSeverity() {
        return Severity.WARNING;
      }

      @Override
      public String description() {
        return "A school is not in the school register.";
      }

      @Override
      public String source() {
        return "Test: the README's example of a rule of one's own.";
      }

      @Override
      public void check(ProgrammeIndex programme, ValidationContext context, Findings findings) {
        checked.add(programme.programme().id() + " " + context.smallCellThreshold());
      }
    };

    ValidationReport report = ReadmeUsage.tune(schoolRegister, LocalDate.of(2019, 3, 1), programme());

    assertTrue(report.valid(), () -> report.errors().toString());
    assertEquals(List.of("heerlen-2018 15"), checked);
  }

  @Test
  void theJsonExampleReadsAndWritesTheUsageExample(@TempDir Path dir) throws IOException {
    KansenJson json = KansenJson.strict();
    String written = json.write(programme());
    Path file = Files.writeString(dir.resolve("programme.json"), written, StandardCharsets.UTF_8);

    assertEquals(written, ReadmeUsage.json(file));
  }

  @Test
  void aValueIsChangedByCopyingItThroughItsBuilderOutsideTheModelPackage() {
    Intervention handover = programme().intervention("warme-overdracht").orElseThrow();

    Intervention closed = Intervention.builder().from(handover).status(InterventionStatus.CLOSED).build();

    assertEquals(InterventionStatus.CLOSED, closed.status());
    assertEquals(InterventionStatus.PIPELINE, handover.status());
    assertEquals(handover.title(), closed.title());
  }

  @Test
  void everyJavaBlockOfTheReadmeIsExactlyARegionOfReadmeUsage() throws IOException {
    assertTrue(Files.isRegularFile(README), "no README at " + README);
    Map<String, List<String>> regions = regions(Files.readAllLines(SOURCE, StandardCharsets.UTF_8));
    Map<String, List<String>> blocks = javaBlocks(Files.readAllLines(README, StandardCharsets.UTF_8));

    assertEquals(List.copyOf(regions.keySet()), List.copyOf(blocks.keySet()),
        "the README shows every region of " + SOURCE + " once, in order, and no other java block");
    for (Map.Entry<String, List<String>> region : regions.entrySet()) {
      List<String> shown = blocks.get(region.getKey());
      assertEquals(region.getValue(), shown, () -> "README block readme:" + region.getKey()
          + " differs from its region in ReadmeUsage.java at block line " + (firstDifference(region.getValue(), shown) + 1));
    }
  }

  @Test
  void aJavaBlockWithoutANameIsReported() {
    List<String> readme = List.of("text", "```java", "int x;", "```");

    AssertionError error = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> javaBlocks(readme));
    assertFalse(error.getMessage().isEmpty());
  }

  /** The usage example's programme, built without printing into the build's output. */
  private static Programme programme() {
    Programme[] built = new Programme[1];
    StandardOutput.capture(() -> built[0] = ReadmeUsage.build());
    return built[0];
  }

  /** The README's java blocks by the name on the line before each, in order. */
  private static Map<String, List<String>> javaBlocks(List<String> lines) {
    Map<String, List<String>> blocks = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().equals("```java")) {
        continue;
      }
      int open = i;
      Matcher name = i > 0 ? BLOCK_NAME.matcher(lines.get(i - 1).strip()) : BLOCK_NAME.matcher("");
      assertTrue(name.matches(), () -> "README line " + (open + 1) + ": a java block must follow <!-- readme:NAME -->");
      int close = i + 1;
      while (close < lines.size() && !lines.get(close).strip().equals("```")) {
        close++;
      }
      assertTrue(close < lines.size(), "README line " + (open + 1) + ": the java block is not closed");
      assertEquals(null, blocks.put(name.group(1), lines.subList(open + 1, close)),
          "README shows readme:" + name.group(1) + " twice");
      i = close;
    }
    return blocks;
  }

  /** The regions of the source by name, in order, each without its common indentation. */
  private static Map<String, List<String>> regions(List<String> lines) {
    Map<String, List<String>> regions = new LinkedHashMap<>();
    String open = null;
    int from = -1;
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = REGION.matcher(lines.get(i).strip());
      if (!m.matches()) {
        continue;
      }
      if (m.group(2).equals("start")) {
        assertEquals(null, open, "region " + open + " is not closed before line " + (i + 1));
        open = m.group(1);
        from = i + 1;
      } else {
        assertEquals(open, m.group(1), "line " + (i + 1) + " closes a region that is not open");
        regions.put(open, dedent(lines.subList(from, i)));
        open = null;
      }
    }
    assertEquals(null, open, "region " + open + " is not closed");
    assertTrue(regions.size() >= 4, "found the regions: " + regions.keySet());
    return regions;
  }

  private static int firstDifference(List<String> expected, List<String> actual) {
    int i = 0;
    while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) {
      i++;
    }
    return i;
  }

  private static List<String> dedent(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
  }
}
