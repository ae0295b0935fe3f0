package dev.kansen.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.cli.summary.SummaryText;
import dev.kansen.cli.text.Texts;
import dev.kansen.disclosure.LinkedDisclosure;
import dev.kansen.model.Programme;
import dev.kansen.seeds.SeedProgrammes;
import dev.kansen.seeds.illustrative.IllustrativeCohorts;
import dev.kansen.seeds.illustrative.IllustrativeNeighbourhoods;
import dev.kansen.seeds.illustrative.IllustrativeOabProgramme;
import dev.kansen.seeds.illustrative.IllustrativeProgramme;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The adversary's sweep over the whole showcase — the seeds, the illustrative programme, the OAB
 * programme and the neighbourhoods, each with its cohort tables as {@code kansen demo} writes them,
 * and a programme with phases, documents, sources and a break in method — in Dutch: the report of
 * all of them, the report of each alone and each one's text summary hold no English text of the
 * command's message bundle. The markers are derived from the bundles: every English text whose Dutch
 * differs, cut at its placeholders, less the words Dutch shares with English. Programmes' own words
 * and the findings' messages and catalogue texts (translated by core's bundles) are taken out first.
 */
class DutchShowcaseTest {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final LocalDate AS_OF = LocalDate.of(2025, 10, 31);
  private static final List<Programme> PROGRAMMES = showcase();
  private static final List<ReportedProgramme> REPORTED = PROGRAMMES.stream()
      .map(p -> new ReportedProgramme(p, Validator.standard().validate(p, ValidationContext.asOf(AS_OF)))).toList();
  private static final List<String> MARKERS = englishMarkers();
  /** The own texts, longest first, each with its pattern as a whole word or words. */
  private static final Map<String, Pattern> OWN_TEXTS = new LinkedHashMap<>();

  static {
    DutchReportTest.ownTexts(PROGRAMMES, REPORTED).forEach(t -> OWN_TEXTS.put(t, Pattern.compile("(?<![\\p{L}])" + Pattern.quote(t) + "(?![\\p{L}])")));
  }

  private static List<Programme> showcase() {
    List<Programme> programmes = new ArrayList<>(SeedProgrammes.all());
    programmes.add(IllustrativeProgramme.programme());
    programmes.add(IllustrativeOabProgramme.programme());
    programmes.add(IllustrativeNeighbourhoods.programme());
    programmes.replaceAll(IllustrativeCohorts::addedTo);
    programmes.add(TimeAndSourcesReportTest.programme());
    return List.copyOf(programmes);
  }

  private static String report(Locale locale, List<ReportedProgramme> programmes) {
    return new ReportRenderer(new ReportOptions(AS_OF, 10, "kansen test", locale)).render(programmes);
  }

  private static String summary(Programme programme, Locale locale) {
    StringBuilder text = new StringBuilder();
    SummaryText.write(LinkedDisclosure.summary(programme, 10), Texts.of(locale), line -> text.append(line).append('\n'));
    return text.toString();
  }

  @Test
  void theShowcaseHasEveryPartTheSweepIsAbout() {
    String report = report(DUTCH, REPORTED);
    for (String part : List.of("class=\"cohorts\"", "class=\"comparison\"", "chart gap-chart", "chart funnel-chart",
        "class=\"reach\"", "class=\"agenda\"", "method-break", "Financiering per kalenderjaar")) {
      assertTrue(report.contains(part), part);
    }
  }

  @Test
  void theDutchReportOfTheWholeShowcaseHasNoEnglishText() {
    assertEquals(List.of(), english(visible(report(DUTCH, REPORTED))));
  }

  @Test
  void theDutchReportOfEachProgrammeAloneHasNoEnglishText() {
    List<String> found = new ArrayList<>();
    for (ReportedProgramme reported : REPORTED) {
      english(visible(report(DUTCH, List.of(reported))))
          .forEach(e -> found.add(reported.programme().id() + ": " + e));
    }
    assertEquals(List.of(), found);
  }

  @Test
  void theDutchSummaryOfEachProgrammeHasNoEnglishText() {
    List<String> found = new ArrayList<>();
    for (Programme programme : PROGRAMMES) {
      english(summary(programme, DUTCH)).forEach(e -> found.add(programme.id() + ": " + e));
    }
    assertEquals(List.of(), found);
  }

  /** The adversary's check of the check: the same markers abound in the English report and summaries. */
  @Test
  void theMarkersAreFoundInTheEnglishOutput() {
    List<String> inReport = english(visible(report(Locale.ENGLISH, REPORTED)));
    for (String marker : List.of("Outcomes and equity", "Municipalities compared", "Reach and participation",
        "Agenda, documents and contacts", "All pupils", "Gap (pp)", "Pooled share", "Funding per calendar year: what came in, and where it went",
        "on track", "Method changed from")) {
      assertTrue(inReport.contains(marker), marker + " in " + inReport);
    }
    StringBuilder summaries = new StringBuilder();
    PROGRAMMES.forEach(p -> summaries.append(summary(p, Locale.ENGLISH)));
    List<String> inSummaries = english(summaries.toString());
    for (String marker : List.of("Funding per calendar year:", "Reach against the eligible population:", "Phases:",
        "Documents:", "changed from")) {
      assertTrue(inSummaries.contains(marker), marker + " in " + inSummaries);
    }
  }

  /** @return what a reader sees of the report, less its codes and JSON Pointers (in {@code <code>}) */
  private static String visible(String html) {
    return DutchReportTest.visibleText(html.replaceAll("<code>[^<]*</code>", " "));
  }

  /** @return the markers found in the text, once the programmes' and the catalogue's own texts are taken out */
  private static List<String> english(String text) {
    String seen = text;
    for (Map.Entry<String, Pattern> own : OWN_TEXTS.entrySet()) {
      if (seen.contains(own.getKey())) {
        seen = own.getValue().matcher(seen).replaceAll(" ");
      }
    }
    List<String> found = new ArrayList<>();
    for (String marker : MARKERS) {
      if (Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(marker) + "(?![\\p{L}-])").matcher(seen).find()) {
        found.add(marker);
      }
    }
    return found;
  }

  /**
   * Every English text of the message bundle whose Dutch differs, cut at its placeholders and trimmed
   * of punctuation, with at least four letters, and not itself found in the Dutch bundle's texts (such
   * as "Partners", "Status" or "school", which are Dutch as well).
   */
  private static List<String> englishMarkers() {
    Properties english = bundle("messages.properties");
    Properties dutch = bundle("messages_nl.properties");
    String allDutch = String.join("\n", dutch.stringPropertyNames().stream().map(dutch::getProperty).toList());
    Set<String> markers = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    for (String key : english.stringPropertyNames()) {
      String en = english.getProperty(key);
      if (en.equals(dutch.getProperty(key)) || key.startsWith("error.") || key.startsWith("input.")
          || key.startsWith("output.")) {
        continue;
      }
      for (String part : en.split("\\{\\d+\\}")) {
        String fragment = part.replaceAll("^[^\\p{L}]+|[^\\p{L}.:)]+$", "");
        if (fragment.replaceAll("[^\\p{L}]", "").length() >= 4
            && !Pattern.compile("(?i)(?<![\\p{L}])" + Pattern.quote(fragment) + "(?![\\p{L}])").matcher(allDutch).find()) {
          markers.add(fragment);
        }
      }
    }
    return List.copyOf(markers);
  }

  private static Properties bundle(String name) {
    Properties properties = new Properties();
    try (InputStream in = Texts.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
