package dev.kansen.cli.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.DateRange;
import dev.kansen.model.InterventionType;
import dev.kansen.model.Money;
import dev.kansen.model.OrganisationType;
import dev.kansen.validation.FindingSummary;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Severity;
import dev.kansen.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Numbers, money, dates, counts and labels as Dutch and English readers write them. */
class TextsTest {
  private static final Texts NL = Texts.of(Language.NL);
  private static final Texts EN = Texts.of(Language.EN);

  @Test
  void moneyInDutchHasTheEuroSignDotsForThousandsAndACommaForCents() {
    assertEquals("€ 50.000,00", NL.money(Money.eur("50000")));
    assertEquals("€ 1.234.567,89", NL.money(Money.eur("1234567.89")));
    assertEquals("€ 0,50", NL.money(Money.eur("0.5")));
    assertEquals("€ -1.000,00", NL.money(Currency.getInstance("EUR"), new BigDecimal("-1000")));
    assertEquals("USD 2.500,00", NL.money(Money.of(new BigDecimal("2500"), "USD")));
  }

  @Test
  void moneyInEnglishIsAsBefore() {
    assertEquals("EUR 50,000.00", EN.money(Money.eur("50000")));
    assertEquals("-EUR 1,000.00", EN.money(Currency.getInstance("EUR"), new BigDecimal("-1000")));
  }

  @Test
  void figuresAndPercentagesTakeTheLanguagesDecimalSeparator() {
    assertEquals("24,5", NL.figure(new BigDecimal("24.50")));
    assertEquals("12,5%", NL.percent(new BigDecimal("12.5")));
    assertEquals("100%", NL.percent(new BigDecimal("1E+2")));
    assertEquals("24.5", EN.figure(new BigDecimal("24.50")));
    assertEquals("12.5%", EN.percent(new BigDecimal("12.5")));
  }

  @Test
  void datesInDutchProseHaveTheMonthInWordsAndInTablesDayMonthYear() {
    LocalDate day = LocalDate.of(2021, 1, 28);
    assertEquals("28 januari 2021", NL.date(day));
    assertEquals("28-01-2021", NL.day(day));
    assertEquals("2021-01-28", EN.date(day));
    assertEquals("2021-01-28", EN.day(day));
    assertEquals("1 augustus 2018 tot en met 31 juli 2019", NL.period(DateRange.of("2018-08-01", "2019-07-31")));
    assertEquals("2018-08-01 to 2019-07-31", EN.period(DateRange.of("2018-08-01", "2019-07-31")));
  }

  @Test
  void countsAgreeWithTheNumberInEachLanguage() {
    FindingSummary summary = FindingSummary.of(List.of(
        Violation.of("A_CODE", Severity.ERROR, JsonPointer.root(), "a"),
        Violation.of("B_CODE", Severity.WARNING, JsonPointer.root(), "b"),
        Violation.of("C_CODE", Severity.WARNING, JsonPointer.root(), "c")));
    assertEquals("1 fout, 2 waarschuwingen, 0 meldingen", NL.counts(summary));
    assertEquals("1 error, 2 warnings, 0 info", EN.counts(summary));
    assertEquals("1 subsidie", NL.count(1, "grant"));
    assertEquals("4 indicatoren", NL.count(4, "indicator"));
  }

  @Test
  void labelsComeFromTheModelsBundles() {
    assertEquals("Basisschool", NL.capitalised(OrganisationType.PRIMARY_SCHOOL));
    assertEquals("warme overdracht", NL.label(InterventionType.WARM_HANDOVER));
    assertEquals("Primary school", EN.capitalised(OrganisationType.PRIMARY_SCHOOL));
  }

  @Test
  void breakdownDimensionsAndKnownCategoriesAreTranslatedAndUnknownOnesShownAsWritten() {
    assertEquals("opleidingsniveau ouders", NL.dimension("parentalEducation"));
    assertEquals("laag", NL.category("parentalEducation", "low"));
    assertEquals("migration background", NL.dimension("migrationBackground"));
    assertEquals("Eigen categorie", NL.category("parentalEducation", "Eigen categorie"));
  }

  @Test
  void bothLanguagesHaveTheSameMessages() throws IOException {
    TreeSet<String> english = keys("messages.properties");
    TreeSet<String> dutch = keys("messages_nl.properties");
    TreeSet<String> onlyEnglish = new TreeSet<>(english);
    onlyEnglish.removeAll(dutch);
    TreeSet<String> onlyDutch = new TreeSet<>(dutch);
    onlyDutch.removeAll(english);
    assertEquals(List.of(), List.copyOf(onlyEnglish), "missing from messages_nl.properties");
    assertEquals(List.of(), List.copyOf(onlyDutch), "missing from messages.properties");
    assertTrue(english.size() > 100, "read the bundle: " + english.size());
  }

  private static TreeSet<String> keys(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Texts.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }
}
