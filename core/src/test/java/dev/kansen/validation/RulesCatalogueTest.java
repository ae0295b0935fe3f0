package dev.kansen.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} is generated from the code and this test keeps it so: it renders the
 * catalogue of {@link Validator#standard()} and the construction-time codes, and fails with the first
 * difference and the command that regenerates the file. It also checks that the construction-time
 * section names exactly the codes the model's sources throw.
 */
class RulesCatalogueTest {
  /** Regenerate with: {@value}. */
  static final String REGENERATE = "./mvnw -q -B -pl core test -Dtest=RulesCatalogueTest -Dkansen.updateDocs=true";

  private static final Path DOCS = Path.of("..", "docs", "rules.md");
  private static final Path MODEL_SOURCES = Path.of("src", "main", "java", "dev", "kansen", "model");
  private static final Pattern CODE_LITERAL = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");

  /** The codes the model throws as {@code InvalidValueException}s, with what each means. */
  static final Map<String, String> CONSTRUCTION_CODES = constructionCodes();

  private static Map<String, String> constructionCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put("ACTUAL_END_WITHOUT_START", "An intervention has an actualEnd but no actualStart.");
    codes.put("AMOUNT_PRECISION", "A money amount has more decimals than its currency has (2 for EUR).");
    codes.put("BLANK_TEXT", "A name, title, description or other text is empty or only white space.");
    codes.put("DATE_RANGE_INVERTED", "A date range (a period, a planned range, an intervention's actual dates)"
        + " ends before it starts.");
    codes.put("INVALID_AGE_RANGE", "An age range has a negative bound, a bound above 27, or min above max.");
    codes.put("INVALID_BRIN_CODE", "A BRIN code is not two digits and two capital letters, optionally followed by"
        + " a two-digit vestiging.");
    codes.put("INVALID_CURRENCY", "A currency is not an ISO 4217 code.");
    codes.put("INVALID_ID", "An entity id or reference does not start with a letter or digit, holds other"
        + " characters than letters, digits and . _ : -, or is longer than 100 characters.");
    codes.put("INVALID_KVK_NUMBER", "A KvK number is not eight digits.");
    codes.put("INVALID_LRK_NUMBER", "An LRK number is not 6 to 12 digits.");
    codes.put("INVALID_MUNICIPALITY_CODE", "A CBS municipality code is not GM followed by four digits.");
    codes.put("INVALID_OIN", "An OIN is not twenty digits.");
    codes.put("INVALID_ORGANISATION_ID", "An org-id.guide identifier is not PREFIX-ID (an NL-KVK id must be eight"
        + " digits).");
    codes.put("INVALID_PROVINCE_CODE", "A CBS province code is not PV20 to PV31.");
    codes.put("INVALID_RIO_CODE", "A RIO code is not three digits, A (onderwijsaanbieder) or X (onderwijslocatie),"
        + " three digits.");
    codes.put("INVALID_SCHOOL_GROUP", "A target group names a school group outside 1 to 8.");
    codes.put("INVALID_SCHOOL_YEAR", "A school year is not two consecutive years such as 2023-2024, or starts"
        + " outside 1900 to 2199.");
    codes.put("NEGATIVE_AMOUNT", "A money amount is negative.");
    codes.put("NEGATIVE_COUNT", "A count — pupils of a figure or breakdown cell, a reach — is negative. This is"
        + " also why actual reach can never be negative; the validator checks its plausibility"
        + " (ACTUAL_REACH_IMPLAUSIBLE).");
    return codes;
  }

  static String render(List<Rule> rules, Map<String, String> constructionCodes) {
    StringBuilder md = new StringBuilder();
    md.append("# Validation rules\n\n")
        .append("<!-- Generated from the code by RulesCatalogueTest; do not edit. Regenerate with:\n")
        .append("     ").append(REGENERATE).append(" -->\n\n")
        .append("`Validator.standard()` checks a whole programme against the rules below and reports every finding")
        .append(" as a `Violation` with the rule's code, a severity, a JSON Pointer path, a message and arguments.")
        .append(" Codes are stable once released. `Validator.builder()` can disable a rule, change its severity or")
        .append(" add rules of your own, and `withoutStandardRules()` leaves only the rules you add; `ValidationContext` sets the as-of date and the thresholds.\n\n")
        .append("Severities: **ERROR** — the data is wrong (the report is not `valid()`); **WARNING** — probably wrong")
        .append(" or incomplete, worth a look; **INFO** — worth knowing, nothing is wrong.\n\n")
        .append("## Rules of the validator (").append(rules.size()).append(")\n\n")
        .append("| Code | Severity | What it checks | Why |\n")
        .append("|---|---|---|---|\n");
    for (Rule rule : rules) {
      md.append("| `").append(rule.code()).append("` | ").append(rule.defaultSeverity()).append(" | ")
          .append(cell(rule.description())).append(" | ").append(cell(rule.source())).append(" |\n");
    }
    md.append("\n## Reported by the validator itself\n\n")
        .append("| Code | Severity | Meaning |\n")
        .append("|---|---|---|\n")
        .append("| `").append(Validator.RULE_FAILED).append("` | ERROR | A rule threw an exception instead of")
        .append(" reporting; the path is the document root and the message and arguments name the rule and the")
        .append(" exception's class only, never its text, which could quote the data (the full exception is logged at")
        .append(" DEBUG). The other rules still run. |\n");
    md.append("\n## Checked at construction\n\n")
        .append("These invariants keep a single value usable, so the model refuses to build a value that breaks")
        .append(" them: the builder or factory throws an `InvalidValueException` carrying the code, the attribute")
        .append(" and the value. The validator never sees such a value, so it has no rule for them. The JSON reader")
        .append(" reports them with the same code and a path.\n\n")
        .append("| Code | Meaning |\n")
        .append("|---|---|\n");
    constructionCodes.forEach((code, meaning) ->
        md.append("| `").append(code).append("` | ").append(cell(meaning)).append(" |\n"));
    return md.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  @Test
  void docsRulesMdMatchesTheCode() throws IOException {
    String expected = render(Validator.standard().rules(), CONSTRUCTION_CODES);
    if (Boolean.getBoolean("kansen.updateDocs")) {
      Files.createDirectories(DOCS.getParent());
      Files.writeString(DOCS, expected, StandardCharsets.UTF_8);
    }
    String actual = Files.exists(DOCS) ? Files.readString(DOCS, StandardCharsets.UTF_8) : "";
    if (!actual.equals(expected)) {
      fail("docs/rules.md does not match the code. " + firstDifference(expected, actual)
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
  void theConstructionSectionListsExactlyTheCodesTheModelThrows() throws IOException {
    Set<String> thrown = new TreeSet<>();
    try (Stream<Path> files = Files.walk(MODEL_SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = CODE_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          thrown.add(m.group(1));
        }
      }
    }
    assertEquals(thrown, new TreeSet<>(CONSTRUCTION_CODES.keySet()),
        "Codes thrown in core/src/main/java/dev/kansen/model (left) and listed in docs/rules.md (right) differ");
  }

  @Test
  void noRuleCodeIsAlsoAConstructionCode() {
    for (Rule rule : Validator.standard().rules()) {
      assertEquals(false, CONSTRUCTION_CODES.containsKey(rule.code()), rule.code());
    }
  }
}
