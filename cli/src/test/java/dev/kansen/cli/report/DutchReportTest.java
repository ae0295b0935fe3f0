package dev.kansen.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kansen.json.KansenJson;
import dev.kansen.model.Labels;
import dev.kansen.model.Programme;
import dev.kansen.seeds.SeedProgrammes;
import dev.kansen.seeds.illustrative.IllustrativeProgramme;
import dev.kansen.validation.Code;
import dev.kansen.validation.Codes;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.ValidationReport;
import dev.kansen.validation.Validator;
import dev.kansen.validation.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The report of the seed and illustrative programmes in Dutch: marked {@code lang="nl"}, Dutch
 * labels and numbers, no English label or enum name in what a reader sees, a banner on a programme
 * that is not valid, and each finding group linked to its how-to-fix entry.
 */
class DutchReportTest {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  /** The illustrative programme has statuses dated after this day: two ERROR findings. */
  private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

  private static final List<Programme> PROGRAMMES = programmes();
  private static final List<ReportedProgramme> REPORTED = PROGRAMMES.stream()
      .map(p -> new ReportedProgramme(p, Validator.standard().validate(p, ValidationContext.asOf(AS_OF)))).toList();
  private static final String DUTCH_REPORT = render(DUTCH);
  private static final String ENGLISH_REPORT = render(Locale.ENGLISH);

  private static List<Programme> programmes() {
    List<Programme> programmes = new ArrayList<>(SeedProgrammes.all());
    programmes.add(IllustrativeProgramme.programme());
    return programmes;
  }

  private static String render(Locale locale) {
    return new ReportRenderer(new ReportOptions(AS_OF, 10, "kansen test", locale)).render(REPORTED);
  }

  @Test
  void theReportMarksItsLanguage() {
    assertTrue(DUTCH_REPORT.contains("<html lang=\"nl\">"), DUTCH_REPORT.substring(0, 200));
    assertTrue(ENGLISH_REPORT.contains("<html lang=\"en\">"));
  }

  @Test
  void dutchMoneyNumbersAndDatesAreWrittenTheDutchWay() {
    assertTrue(DUTCH_REPORT.contains("€ 150.000,00"), "money");
    assertTrue(DUTCH_REPORT.contains("€ 80.000,00"), "money");
    assertTrue(DUTCH_REPORT.contains("14,4%"), "percentage");
    assertTrue(DUTCH_REPORT.contains("1 augustus 2019 – 31 juli 2025"), "period in prose");
    assertTrue(DUTCH_REPORT.contains("op 31 maart 2024"), "as-of day in prose");
    assertTrue(Pattern.compile("<td class=\"dates\">\\d\\d-\\d\\d-\\d{4} –<br>\\d\\d-\\d\\d-\\d{4}</td>").matcher(DUTCH_REPORT).find(),
        "periods in tables are day-month-year");
    assertFalse(DUTCH_REPORT.contains("EUR 150,000.00"));
    assertTrue(ENGLISH_REPORT.contains("EUR 150,000.00"));
    assertTrue(ENGLISH_REPORT.contains("14.4%"));
  }

  @Test
  void dutchLabelsStandForEnumConstants() {
    assertTrue(DUTCH_REPORT.contains("Basisschool"));
    assertTrue(DUTCH_REPORT.contains("Warme overdracht"));
    assertTrue(DUTCH_REPORT.contains("Financierend"));
    assertTrue(DUTCH_REPORT.contains("In uitvoering"));
  }

  /**
   * What a reader sees in the Dutch report, less the programmes' own words (their names, titles and
   * descriptions, in whatever language they were written) and the findings' messages and the
   * catalogue's texts (the catalogue's bundles translate those): none of it is an English label or
   * an enum constant's name.
   */
  @Test
  void theDutchReportHasNoEnglishLabelAndNoEnumName() throws IOException {
    assertEquals(List.of(), englishWords(DUTCH_REPORT), "English words in the Dutch report");
  }

  @Test
  void theCheckForEnglishWordsFindsThemInTheEnglishReport() throws IOException {
    List<String> found = englishWords(ENGLISH_REPORT);
    assertTrue(found.contains("OrganisationType.PRIMARY_SCHOOL \"primary school\""), found.toString());
    assertTrue(found.size() > 20, found.toString());
  }

  private static List<String> englishWords(String html) throws IOException {
    String seen = visibleText(html);
    for (String own : ownTexts(PROGRAMMES, REPORTED)) {
      seen = seen.replace(own, " ");
    }
    List<String> english = new ArrayList<>();
    for (Enum<?> constant : labelledConstants()) {
      String en = Labels.of(constant, Locale.ENGLISH);
      String nl = Labels.of(constant, DUTCH);
      if (!en.equalsIgnoreCase(nl) && Pattern.compile("(?i)(?<![\\p{L}-])" + Pattern.quote(en) + "(?![\\p{L}-])")
          .matcher(seen).find()) {
        english.add(constant.getDeclaringClass().getSimpleName() + "." + constant.name() + " \"" + en + "\"");
      }
      if (constant.name().length() > 2 && Pattern.compile("\\b" + constant.name() + "\\b").matcher(seen).find()) {
        english.add("enum name " + constant.name());
      }
    }
    return english;
  }

  @Test
  void anInvalidProgrammeOpensWithABannerInTheReadersLanguage() {
    assertFalse(REPORTED.get(REPORTED.size() - 1).findings().valid(), "the illustrative programme is not valid as of " + AS_OF);
    assertTrue(DUTCH_REPORT.contains("<article class=\"programme\" id=\"p3\">\n<p class=\"banner invalid\" role=\"alert\">"
        + "<strong>Dit programma is niet geldig.</strong>"), "banner first in the invalid programme");
    assertTrue(ENGLISH_REPORT.contains("<strong>This programme is not valid.</strong>"));
    assertEquals(1, count(DUTCH_REPORT, "class=\"banner"), "the valid programmes have none");
    assertTrue(DUTCH_REPORT.contains("<a href=\"#p3-findings\">"));
  }

  @Test
  void everyFindingGroupLinksToItsHowToFixEntry() {
    Matcher links = Pattern.compile("href=\"#(p\\d-findings-fix-([A-Z_]+))\"").matcher(DUTCH_REPORT);
    Set<String> linked = new LinkedHashSet<>();
    while (links.find()) {
      linked.add(links.group(1));
      Code code = Codes.find(links.group(2)).orElseThrow();
      String entry = "<dt id=\"" + links.group(1) + "\"><code>" + links.group(2) + "</code></dt>";
      assertTrue(DUTCH_REPORT.contains(entry), entry);
      assertTrue(DUTCH_REPORT.contains(escape(code.fix(DUTCH))), "the entry gives how to fix " + links.group(2));
    }
    assertEquals(count(DUTCH_REPORT, "class=\"finding-group\""), countGroupLinks(), "every group links");
    assertFalse(linked.isEmpty());
  }

  @Test
  void findingsSayWhereInWordsBesideThePointer() {
    assertTrue(DUTCH_REPORT.contains("<code>/interventions/2/statusDate</code><br><span class=\"location\">interventie 3, "),
        "location in Dutch beside the pointer");
    assertTrue(ENGLISH_REPORT.contains("<span class=\"location\">intervention 3, "));
  }

  private long countGroupLinks() {
    return Pattern.compile("<th colspan=\"4\" scope=\"rowgroup\"><span class=\"severity[^\"]*\">[^<]*</span> <a href=\"#")
        .matcher(DUTCH_REPORT).results().count();
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }

  private static String escape(String text) {
    return Html.escape(text);
  }

  /** The text nodes and aria-labels of a document, unescaped enough for words; the style sheet left out. */
  static String visibleText(String html) {
    StringBuilder text = new StringBuilder();
    Matcher labels = Pattern.compile("aria-label=\"([^\"]*)\"").matcher(html);
    while (labels.find()) {
      text.append(labels.group(1)).append('\n');
    }
    String body = html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]*>", "\n");
    return (text + body).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'");
  }

  /**
   * The programmes' own texts (every string of their JSON), the findings' messages and the catalogue's
   * texts of their codes, longest first so that no shorter one breaks a longer one apart.
   */
  static List<String> ownTexts(List<Programme> programmes, List<ReportedProgramme> reported) {
    Set<String> texts = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    ObjectMapper mapper = new ObjectMapper();
    try {
      for (Programme p : programmes) {
        strings(mapper.readTree(KansenJson.strict().write(p)), texts);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (ReportedProgramme one : reported) {
      ValidationReport report = one.findings();
      for (Violation v : report.violations()) {
        texts.add(v.localizedMessage(DUTCH));
        Codes.find(v.code()).ifPresent(c -> {
          texts.add(c.what(DUTCH));
          texts.add(c.why(DUTCH));
          texts.add(c.fix(DUTCH));
        });
      }
    }
    texts.removeIf(t -> t.length() < 3);
    return List.copyOf(texts);
  }

  private static void strings(JsonNode node, Set<String> out) {
    if (node.isTextual()) {
      out.add(node.asText());
    }
    node.forEach(child -> strings(child, out));
  }

  private static List<Enum<?>> labelledConstants() {
    List<Enum<?>> constants = new ArrayList<>();
    for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(dev.kansen.model.OrganisationType.class,
        dev.kansen.model.PartnerRole.class, dev.kansen.model.InterventionType.class, dev.kansen.model.InterventionStatus.class,
        dev.kansen.model.Theme.class, dev.kansen.model.EducationSector.class, dev.kansen.model.TransactionType.class,
        dev.kansen.model.BudgetType.class, dev.kansen.model.BudgetStatus.class, dev.kansen.model.EvidenceLevel.class,
        dev.kansen.model.ReachUnit.class, dev.kansen.model.Measure.class, dev.kansen.model.Province.class,
        dev.kansen.validation.Severity.class, dev.kansen.analysis.Suppression.class)) {
      constants.addAll(List.of(type.getEnumConstants()));
    }
    return constants;
  }
}
