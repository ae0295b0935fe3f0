package dev.kansen.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of kansen's own codes, from the message bundle {@code codes.properties} (English) and
 * {@code codes_LANG.properties} beside it for another language ({@code codes_nl.properties} for
 * Dutch). Keys are {@code CODE.what}, {@code CODE.why} and {@code CODE.fix}, and for findings
 * {@code CODE.message} or {@code CODE.message.VARIANT} (see {@link Findings}); a key missing from a
 * language falls back to English. Files are UTF-8.
 */
final class CodeTexts {
  private static final String BASE = "codes";
  private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();
  private static final java.util.List<Locale> TRANSLATIONS = java.util.List.of(Locale.forLanguageTag("nl"));

  private CodeTexts() {}

  /**
   * @param code a code of kansen's catalogue
   * @param part {@code what}, {@code why} or {@code fix}
   * @param locale the language wanted
   * @return the text in that language, else in English
   * @throws IllegalStateException when the English bundle has no such text (a test prevents it)
   */
  static String text(Code code, String part, Locale locale) {
    String key = code.name() + "." + part;
    String language = locale.getLanguage();
    if (!language.isEmpty() && !language.equals("en")) {
      String text = bundle(BASE + "_" + language).getProperty(key);
      if (text != null) {
        return text;
      }
    }
    String text = bundle(BASE).getProperty(key);
    if (text == null) {
      throw new IllegalStateException("The message bundle has no text " + key);
    }
    return text;
  }

  /**
   * @param key a key such as {@code SMALL_CELL.message}
   * @param locale the language wanted
   * @return the text of that language's file, when it has one; never the English file's
   */
  static java.util.Optional<String> translation(String key, Locale locale) {
    String language = locale.getLanguage();
    if (language.isEmpty() || language.equals("en")) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.ofNullable(bundle(BASE + "_" + language).getProperty(key));
  }

  /**
   * @param key a key such as {@code SMALL_CELL.message}
   * @return the text of the English file, when it has one
   */
  static java.util.Optional<String> english(String key) {
    return java.util.Optional.ofNullable(bundle(BASE).getProperty(key));
  }

  /**
   * @param key a key such as {@code SMALL_CELL.message} or {@code IMPLAUSIBLE_DATE.message.past}
   * @param locale the language wanted
   * @return the text of that language's file, else of the English file; empty when neither has it
   */
  static java.util.Optional<String> pattern(String key, Locale locale) {
    return translation(key, locale).or(() -> english(key));
  }

  /**
   * Fills a message pattern's placeholders with the named arguments, written in the wire format's
   * own notation (ISO dates, {@code EUR 50000.00}), as the English messages are.
   *
   * @param pattern a message pattern
   * @param arguments the values by name
   * @return the filled message, or empty when the pattern names an argument that is not given
   */
  static java.util.Optional<String> fill(String pattern, Map<String, String> arguments) {
    return ArgumentFormat.fill(pattern, arguments, null);
  }

  /**
   * Fills a message pattern's placeholders with the named arguments, each typed placeholder
   * ({@code {date,date}}, {@code {amount,money}}, {@code {period,period}}, {@code {value,number}})
   * written in the style of the locale when the locale is not English.
   *
   * @param pattern a message pattern
   * @param arguments the values by name
   * @param locale the locale whose style dates, money and numbers take
   * @return the filled message, or empty when the pattern names an argument that is not given
   */
  static java.util.Optional<String> fill(String pattern, Map<String, String> arguments, Locale locale) {
    String language = locale.getLanguage();
    return ArgumentFormat.fill(pattern, arguments, language.isEmpty() || language.equals("en") ? null : locale);
  }

  /**
   * @return the languages other than English that kansen's own bundles hold, such as {@code nl}
   */
  static java.util.List<Locale> translations() {
    return TRANSLATIONS;
  }

  private static Properties bundle(String name) {
    return BUNDLES.computeIfAbsent(name, CodeTexts::load);
  }

  private static Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = CodeTexts.class.getResourceAsStream(name + ".properties")) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the message bundle " + name, e);
    }
    return properties;
  }
}
