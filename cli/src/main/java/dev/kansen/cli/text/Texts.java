package dev.kansen.cli.text;

import dev.kansen.cli.summary.Amounts;
import dev.kansen.model.DateRange;
import dev.kansen.model.Labels;
import dev.kansen.model.Money;
import dev.kansen.validation.FindingSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The command's texts and formats in one language: messages from the bundle
 * {@code dev/kansen/cli/text/messages.properties} (English) and {@code messages_nl.properties}
 * (Dutch), labels of enum constants ({@link Labels}), and numbers, money, percentages and dates as
 * readers of that language write them.
 *
 * <table>
 *   <caption>Formats</caption>
 *   <tr><th>what</th><th>English</th><th>Dutch</th></tr>
 *   <tr><td>money</td><td>{@code EUR 50,000.00}</td><td>{@code € 50.000,00}</td></tr>
 *   <tr><td>figure, percentage</td><td>{@code 24.5}, {@code 12.5%}</td><td>{@code 24,5}, {@code 12,5%}</td></tr>
 *   <tr><td>date in prose</td><td>{@code 2021-01-28}</td><td>{@code 28 januari 2021}</td></tr>
 *   <tr><td>date in a table</td><td>{@code 2021-01-28}</td><td>{@code 28-01-2021}</td></tr>
 * </table>
 *
 * <p>English keeps ISO dates, which no reader misreads; Dutch writes dates as Dutch readers do: the
 * month in words in sentences, day-month-year with dashes in tables.
 */
public final class Texts {
  private static final String BASE = "messages";
  private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private final Language language;

  private Texts(Language language) {
    this.language = language;
  }

  /**
   * @param language the language
   * @return the texts in that language
   */
  public static Texts of(Language language) {
    return new Texts(language);
  }

  /**
   * @param locale a locale
   * @return the texts in its language: Dutch when it is {@code nl}, else English
   */
  public static Texts of(Locale locale) {
    return of(Language.of(locale));
  }

  /** @return the language */
  public Language language() {
    return language;
  }

  /** @return the locale of the language, for the catalogue's texts and {@link Labels} */
  public Locale locale() {
    return language.locale();
  }

  /** @return whether the texts are Dutch */
  public boolean dutch() {
    return language == Language.NL;
  }

  /**
   * @param key a key of the message bundle
   * @param arguments the values of its placeholders {@code {0}}, {@code {1}}, …
   * @return the message with the arguments in place
   * @throws IllegalStateException when the English bundle lacks the key (a test prevents it)
   */
  public String get(String key, Object... arguments) {
    String pattern = find(key).orElseThrow(() -> new IllegalStateException("The message bundle has no text " + key));
    for (int i = 0; i < arguments.length; i++) {
      pattern = pattern.replace("{" + i + "}", String.valueOf(arguments[i]));
    }
    return pattern;
  }

  /**
   * @param key a key of the message bundle
   * @return the text in this language, else in English, when either bundle has it
   */
  public Optional<String> find(String key) {
    Optional<String> own = Optional.ofNullable(bundle(language.bundleSuffix()).getProperty(key));
    return own.or(() -> Optional.ofNullable(bundle("").getProperty(key)));
  }

  /**
   * @param count how many
   * @param noun a noun of the bundle: its forms are the keys {@code noun.NOUN.one} and {@code noun.NOUN.other}
   * @return e.g. {@code "1 warning"}, {@code "2 waarschuwingen"}
   */
  public String count(long count, String noun) {
    return count + " " + get("noun." + noun + (count == 1 ? ".one" : ".other"));
  }

  /**
   * @param summary findings
   * @return their counts per severity, e.g. {@code "1 fout, 2 waarschuwingen, 0 meldingen"}
   */
  public String counts(FindingSummary summary) {
    return count(summary.errors(), "error") + ", " + count(summary.warnings(), "warning") + ", "
        + count(summary.infos(), "info");
  }

  /**
   * @param value an enum constant of kansen's model
   * @return its label in this language, as it reads inside a sentence
   */
  public String label(Enum<?> value) {
    return Labels.of(value, locale());
  }

  /**
   * @param value an enum constant of kansen's model
   * @return its label in this language, first letter upper case
   */
  public String capitalised(Enum<?> value) {
    return Labels.capitalised(value, locale());
  }

  /**
   * @param money an amount
   * @return e.g. {@code EUR 50,000.00} or {@code € 50.000,00}
   */
  public String money(Money money) {
    return money(money.currency(), money.amount());
  }

  /**
   * @param currency the currency
   * @param amount the amount
   * @return e.g. {@code EUR 50,000.00} or {@code € 50.000,00}; below zero {@code -EUR 1,000.00} or {@code € -1.000,00}
   */
  public String money(Currency currency, BigDecimal amount) {
    if (!dutch()) {
      return Amounts.money(currency, amount);
    }
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
        DecimalFormatSymbols.getInstance(DUTCH));
    String symbol = currency.getCurrencyCode().equals("EUR") ? "€" : currency.getCurrencyCode();
    return symbol + " " + (amount.signum() < 0 ? "-" : "") + format.format(amount.abs());
  }

  /**
   * @param value a figure
   * @return the figure without trailing zeros, never in exponent notation, with this language's
   *     decimal separator: {@code 24.5} or {@code 24,5}
   */
  public String figure(BigDecimal value) {
    String plain = Amounts.figure(value);
    return dutch() ? plain.replace('.', ',') : plain;
  }

  /**
   * @param value a percentage
   * @return e.g. {@code 12.5%} or {@code 12,5%}
   */
  public String percent(BigDecimal value) {
    return figure(value) + "%";
  }

  /**
   * @param value a figure
   * @return the figure as given, trailing zeros kept, with this language's decimal separator:
   *     {@code 12.50} or {@code 12,50}
   */
  public String plain(BigDecimal value) {
    String plain = value.toPlainString();
    return dutch() ? plain.replace('.', ',') : plain;
  }

  /**
   * @param value a percentage
   * @return the percentage as given, trailing zeros kept: {@code 12.50%} or {@code 12,50%}
   */
  public String plainPercent(BigDecimal value) {
    return plain(value) + "%";
  }

  /**
   * @param date a day
   * @return the day as written in a sentence: {@code 2021-01-28} or {@code 28 januari 2021}
   */
  public String date(LocalDate date) {
    return dutch() ? DateTimeFormatter.ofPattern("d MMMM uuuu", DUTCH).format(date) : date.toString();
  }

  /**
   * @param date a day
   * @return the day as written in a table: {@code 2021-01-28} or {@code 28-01-2021}
   */
  public String day(LocalDate date) {
    return dutch() ? DateTimeFormatter.ofPattern("dd-MM-uuuu", DUTCH).format(date) : date.toString();
  }

  /**
   * @param period a period
   * @return the period in a sentence: {@code 2018-08-01 to 2019-07-31}, {@code 1 augustus 2018 tot en met 31 juli 2019}
   */
  public String period(DateRange period) {
    return get("period", date(period.start()), date(period.end()));
  }

  /**
   * @param dimension a breakdown's dimension, e.g. {@code parentalEducation}
   * @return its name in words, e.g. {@code parental education} or {@code opleidingsniveau ouders}
   */
  public String dimension(String dimension) {
    return find("dimension." + dimension)
        .orElseGet(() -> dimension.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT));
  }

  /**
   * @param dimension a breakdown's dimension
   * @param category one of its categories, e.g. {@code low}
   * @return the category in this language where the bundle knows it, else as written
   */
  public String category(String dimension, String category) {
    return find("category." + dimension + "." + category).orElse(category);
  }

  private static Properties bundle(String suffix) {
    return BUNDLES.computeIfAbsent(BASE + suffix, Texts::load);
  }

  private static Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = Texts.class.getResourceAsStream(name + ".properties")) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the message bundle " + name, e);
    }
    return properties;
  }
}
