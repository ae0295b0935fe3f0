package dev.kansen.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} is generated from the catalogue of codes ({@link RuleCode}, {@link ValueCode},
 * {@link ReadCode}, {@link CommandCode}) and this test keeps it so: it renders the catalogue grouped by
 * category and fails with the first difference and the command that regenerates the file. It also
 * checks the catalogue against the code: one built-in rule per rule code, the construction codes the
 * model throws, a what, why and fix for every code.
 */
class RulesCatalogueTest {
  /** Regenerate with: {@value}. */
  static final String REGENERATE = "./mvnw -q -B -pl core test -Dtest=RulesCatalogueTest -Dkansen.updateDocs=true";

  private static final Path DOCS = Path.of("..", "docs", "rules.md");
  private static final Path MODEL_SOURCES = Path.of("src", "main", "java", "dev", "kansen", "model");
  private static final Pattern VALUE_CODE = Pattern.compile("ValueCode\\.([A-Z][A-Z0-9_]*)");

  /** Every code of the catalogue, families in this order. */
  static List<Code> catalogue() {
    List<Code> all = new ArrayList<>();
    all.addAll(Arrays.asList(RuleCode.values()));
    all.addAll(Arrays.asList(ValueCode.values()));
    all.addAll(Arrays.asList(ReadCode.values()));
    all.addAll(Arrays.asList(CommandCode.values()));
    return all;
  }

  private static String family(Code code) {
    if (code == RuleCode.RULE_FAILED || code == RuleCode.RULE_NOT_CHECKED) {
      return "validator";
    }
    if (code instanceof RuleCode) {
      return "rule";
    }
    if (code instanceof ValueCode) {
      return "construction";
    }
    return code instanceof ReadCode ? "reading" : "command";
  }

  /** How one run reports every problem of a document with unusable values (issue 9, item 12). */
  private static final String ONE_RUN = """

      ## One run reports every problem

      A value that breaks the wire format or a construction check (a date range that ends before it \
      starts, an unknown enumeration constant, a value of the wrong type) makes a document unreadable, \
      but it does not hide the document's other problems. `kansen validate` and \
      `KansenJson.readValidated` read such a document once more, leaving each unusable value out and \
      recording its JSON Pointer (`LeftOut`):

      - an unusable optional value, or an unusable element of a list, is left out alone: the entity \
      keeps its other values and the list its other elements;
      - an entity whose required value is unusable, or that cannot be built without what was left out \
      of it, is left out whole, with its id when that was usable;
      - the programme's own required values (`id`, `title`, `alliance`) cannot be left out: \
      when one of them is unusable (or the document is not JSON, its format version is not read, or \
      the reader stopped at its most violations), the reading problems are all that is reported.

      Then every rule runs on the rest (`Validator.validate(programme, context, leftOut)`), and the \
      validator keeps each finding that cannot depend on what was left out:

      - a rule that looked up an id and could not know the answer (the id is a left-out entity's, a \
      left-out entity's own id was unusable, or the entity found has a left-out value) reports \
      nothing; one `RULE_NOT_CHECKED` INFO finding at the root names the rule and the left-out value;
      - a finding in the same entity as a left-out value (the first list element its path lies in, \
      such as `/grants/2` for `/grants/2/allocations/1/amount`; for a left-out value of the programme \
      itself, such as its `period`, the findings on the programme's own properties, in no list) is \
      replaced by one `RULE_NOT_CHECKED` INFO finding per rule and entity, at the entity's path. The \
      rules read the programme's optional values (its period) only when present, so a finding inside \
      an intervention or a grant does not depend on them.

      So a reference to a left-out entity is never called unresolved, and a sum, a missing value or a \
      default is never judged without the value that was left out. Findings carry the document's \
      paths and positions: the programme's element n of a list is the document's n-th element that \
      was not left out. The document stays unreadable: `kansen validate` exits 2, and \
      `readValidated` throws a `KansenJsonException` that lists the reading problems and the findings; \
      the programme without its unusable values is never returned. A rule marked `RULE_NOT_CHECKED` \
      is checked in the run after the unusable value is fixed.
      """;

  static String render(List<Code> codes) {
    Locale en = Locale.ENGLISH;
    StringBuilder md = new StringBuilder();
    md.append("# Codes of findings\n\n")
        .append("<!-- Generated from the catalogue (RuleCode, ValueCode, ReadCode, CommandCode and codes.properties)\n")
        .append("     by RulesCatalogueTest; do not edit. Regenerate with:\n")
        .append("     ").append(REGENERATE).append(" -->\n\n")
        .append("Every finding kansen reports carries one of the codes below, grouped by category. Codes are stable")
        .append(" once released and typed in Java (`RuleCode`, `ValueCode`, `ReadCode`, `CommandCode`, each")
        .append(" implementing `Code`); `Violation.code()` is the code's name.\n\n")
        .append("- **rule**: `Validator.standard()` checks a whole programme against the rule and reports a `Violation`")
        .append(" with the code, a severity, a JSON Pointer path, a message and arguments. `Validator.builder()` can")
        .append(" disable a rule, change its severity or add rules of your own (with a `Code` of your own), and")
        .append(" `withoutStandardRules()` leaves only the rules you add; `ValidationContext` sets the as-of date and")
        .append(" the thresholds.\n")
        .append("- **construction**: the model refuses to build a value that breaks the invariant: the builder or")
        .append(" factory throws an `InvalidValueException` carrying the code, the attribute and the value. The")
        .append(" validator never sees such a value; the JSON reader reports it with the same code and a path.\n")
        .append("- **reading**: the JSON reader reports the problem with a path and a line and column")
        .append(" (see `docs/wire-format.md`).\n")
        .append("- **validator** and **command**: reported by the validator itself or by the `kansen` command.\n\n")
        .append("Severities: **ERROR** — the data is wrong (the report is not `valid()`); **WARNING** — probably wrong")
        .append(" or incomplete, worth a look; **INFO** — worth knowing, nothing is wrong.\n");
    md.append(ONE_RUN);
    for (Category category : Category.values()) {
      List<Code> in = codes.stream().filter(c -> c.category() == category).toList();
      if (in.isEmpty()) {
        continue;
      }
      md.append("\n## ").append(category.title()).append(" (").append(in.size()).append(")\n\n")
          .append("| Code | Kind | Severity | What | Why | How to fix |\n")
          .append("|---|---|---|---|---|---|\n");
      for (Code code : in) {
        md.append("| `").append(code.name()).append("` | ").append(family(code)).append(" | ")
            .append(code.defaultSeverity()).append(" | ").append(cell(code.what(en))).append(" | ")
            .append(cell(code.why(en))).append(" | ").append(cell(code.fix(en))).append(" |\n");
      }
    }
    return md.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  @Test
  void docsRulesMdMatchesTheCatalogue() throws IOException {
    String expected = render(catalogue());
    if (Boolean.getBoolean("kansen.updateDocs")) {
      Files.createDirectories(DOCS.getParent());
      Files.writeString(DOCS, expected, StandardCharsets.UTF_8);
    }
    String actual = Files.exists(DOCS) ? Files.readString(DOCS, StandardCharsets.UTF_8) : "";
    if (!actual.equals(expected)) {
      fail("docs/rules.md does not match the catalogue. " + firstDifference(expected, actual)
          + "\nRegenerate it with: " + REGENERATE);
    }
  }

  @Test
  void docsRulesNlMdMatchesTheDutchCatalogue() throws IOException {
    Path docs = Path.of("..", "docs", "rules.nl.md");
    String expected = RulesCatalogueNl.render(catalogue());
    if (Boolean.getBoolean("kansen.updateDocs")) {
      Files.writeString(docs, expected, StandardCharsets.UTF_8);
    }
    String actual = Files.exists(docs) ? Files.readString(docs, StandardCharsets.UTF_8) : "";
    if (!actual.equals(expected)) {
      fail("docs/rules.nl.md does not match the catalogue. " + firstDifference(expected, actual)
          + "\nRegenerate it with: " + REGENERATE);
    }
  }

  private static String firstDifference(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    for (int i = 0; i < Math.max(e.length, a.length); i++) {
      String el = i < e.length ? e[i] : "<end of file>";
      String al = i < a.length ? a[i] : "<end of file>";
      if (!el.equals(al)) {
        return "First difference at line " + (i + 1) + ":\n- docs: " + al + "\n+ code: " + el;
      }
    }
    return "";
  }

  @Test
  void everyCodeIsUniqueUpperSnakeCaseWithAWhatAWhyAndAOneLineFix() {
    Set<String> names = new TreeSet<>();
    for (Code code : catalogue()) {
      assertTrue(Violation.isCode(code.name()), code.name());
      assertTrue(names.add(code.name()), "two codes named " + code.name());
      for (String text : List.of(code.what(Locale.ENGLISH), code.why(Locale.ENGLISH), code.fix(Locale.ENGLISH))) {
        assertFalse(text.isBlank(), code.name());
        assertFalse(text.contains("\n"), code.name());
      }
      assertTrue(code.fix(Locale.ENGLISH).length() <= 120, code.name() + "'s fix is longer than one line");
    }
  }

  @Test
  void aLanguageIsOneMoreFileAndItsMissingTextsFallBackToEnglish() {
    Locale esperanto = Locale.forLanguageTag("eo");
    assertEquals("Ne publikigu la valoron.", RuleCode.SMALL_CELL.fix(esperanto));
    assertEquals(RuleCode.SMALL_CELL.why(Locale.ENGLISH), RuleCode.SMALL_CELL.why(esperanto));
    assertEquals(RuleCode.ZERO_GRANT_AMOUNT.fix(Locale.ENGLISH), RuleCode.ZERO_GRANT_AMOUNT.fix(esperanto));
  }

  @Test
  void aLanguageWithoutABundleFallsBackToEnglish() {
    assertEquals(RuleCode.SMALL_CELL.fix(Locale.ENGLISH), RuleCode.SMALL_CELL.fix(Locale.forLanguageTag("fy")));
    assertEquals(RuleCode.SMALL_CELL.fix(Locale.ENGLISH), RuleCode.SMALL_CELL.fix(Locale.ROOT));
  }

  @Test
  void everyRuleCodeButRuleFailedHasExactlyOneBuiltInRuleInCatalogueOrderAndTheRulesCategory() {
    List<Rule> rules = Validator.standard().rules();
    List<Code> expected = Arrays.stream(RuleCode.values())
        .filter(c -> c != RuleCode.RULE_FAILED && c != RuleCode.RULE_NOT_CHECKED)
        .collect(Collectors.toList());
    assertEquals(expected, rules.stream().map(Rule::code).toList());
    for (Rule rule : rules) {
      assertEquals(rule.code().category(), rule.category());
      assertEquals(rule.code().defaultSeverity(), rule.defaultSeverity());
    }
    assertEquals(RuleCode.RULE_FAILED.name(), Validator.RULE_FAILED);
  }

  @Test
  void theConstructionCodesAreExactlyTheCodesTheModelThrows() throws IOException {
    Set<String> thrown = new TreeSet<>();
    try (Stream<Path> files = Files.walk(MODEL_SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = VALUE_CODE.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          thrown.add(m.group(1));
        }
      }
    }
    Set<String> catalogued = EnumSet.allOf(ValueCode.class).stream().map(Enum::name)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(catalogued, thrown,
        "Codes of ValueCode (left) and used in core/src/main/java/dev/kansen/model (right) differ");
  }
}
