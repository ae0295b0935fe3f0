package dev.kansen.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Labels for people of the constants of kansen's public enums, in English and Dutch:
 * {@code Labels.of(OrganisationType.PRIMARY_SCHOOL, Locale.forLanguageTag("nl"))} is
 * {@code "basisschool"}, in English {@code "primary school"}. Labels read as they do inside a
 * sentence (lower case but for names such as provinces); {@link #capitalised} gives one that starts
 * a line or a table cell.
 *
 * <p>The labels live in the message bundles {@code dev/kansen/model/labels.properties} (English) and
 * {@code labels_nl.properties} (Dutch), keyed {@code EnumName.CONSTANT}; another language is one more
 * file beside them. A language without a label falls back to English.
 */
public final class Labels {
  private static final String BASE = "labels";
  private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

  private Labels() {}

  /**
   * @param value a constant of one of kansen's public enums
   * @param locale the language wanted: Dutch when its language is {@code nl}, else English
   * @return the constant's label in that language, else in English, else its name in lower-case words
   */
  public static String of(Enum<?> value, Locale locale) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(locale, "locale");
    String key = key(value);
    return find(key, locale).or(() -> find(key, Locale.ENGLISH))
        .orElseGet(() -> value.name().replace('_', ' ').toLowerCase(Locale.ROOT));
  }

  /**
   * @param value a constant of one of kansen's public enums
   * @param locale the language wanted
   * @return {@link #of} with its first letter upper case, e.g. {@code "Basisschool"}
   */
  public static String capitalised(Enum<?> value, Locale locale) {
    String label = of(value, locale);
    return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(locale) + label.substring(1);
  }

  /**
   * The label of a constant in one language's own bundle, without falling back to another language.
   *
   * @param value a constant
   * @param locale the language
   * @return the label, when that language's bundle has one
   */
  public static Optional<String> find(Enum<?> value, Locale locale) {
    return find(key(value), locale);
  }

  private static Optional<String> find(String key, Locale locale) {
    String language = locale.getLanguage();
    String bundle = language.isEmpty() || language.equals("en") ? BASE : BASE + "_" + language;
    return Optional.ofNullable(BUNDLES.computeIfAbsent(bundle, Labels::load).getProperty(key));
  }

  private static String key(Enum<?> value) {
    return value.getDeclaringClass().getSimpleName() + "." + value.name();
  }

  private static Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream(name + ".properties")) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the label bundle " + name, e);
    }
    return properties;
  }
}
