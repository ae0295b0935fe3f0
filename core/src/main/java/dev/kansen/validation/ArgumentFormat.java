package dev.kansen.validation;

import dev.kansen.model.Labels;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Fills a message pattern: each {@code {name}} becomes the argument of that name as it is, and each
 * {@code {name,type}} the argument written in a locale's style, where type is {@code date} (an ISO
 * date), {@code period} (two ISO dates joined by {@code ..}), {@code money} (a currency code, a
 * space and a plain decimal, as {@code EUR 50000.00}) or {@code number} (a plain decimal). Without a
 * locale, or for a value that is not of its type, the argument is written as it is: the wire
 * format's own notation, which the English messages use. A {@code {name,term}} is a word of the
 * message bundles rather than a value: the argument names the term, such as {@code integer}, and is
 * written as the text of the key {@code term.VALUE} in the message's language, English included
 * (a value without a term is written as it is).
 *
 * <p>A {@code {name,label:Enum}} is a constant of the public model enum {@code Enum} (a simple name
 * of {@code dev.kansen.model} or {@code dev.kansen.model.id}, such as {@code InterventionStatus}),
 * or a list of them written {@code [A, B]}: in a locale's style it is written as the constants'
 * {@link Labels labels} in that language ({@code in afronding}, a list as {@code financierend,
 * uitvoerend}); without a style, or for a value that is not a constant of that enum, as it is.
 */
final class ArgumentFormat {
  /** Numbers of more digits than this, written out, are shown as given rather than in the locale's style. */
  private static final int MAX_FORMATTED_DIGITS = 1000;

  /** The type of a placeholder whose argument names a word of the bundles. */
  static final String TERM = "term";
  /** The start of the type of a placeholder whose argument is an enum constant: {@code label:Enum}. */
  static final String LABEL = "label:";
  private static final List<String> ENUM_PACKAGES = List.of("dev.kansen.model", "dev.kansen.model.id");

  private ArgumentFormat() {}

  /**
   * @param value the name of a term, such as {@code integer}
   * @param style the language, or {@code null} for English
   * @return the text of {@code term.VALUE} in that language, else in English, else the value itself
   */
  static String term(String value, Locale style) {
    String key = "term." + value;
    return (style == null ? CodeTexts.english(key) : CodeTexts.pattern(key, style)).orElse(value);
  }

  /**
   * @param pattern a message pattern
   * @param arguments the values by name, in the wire format's notation
   * @param style the locale whose style typed placeholders take, or {@code null} for none
   * @return the filled message, or empty when the pattern names an argument that is not given
   */
  static Optional<String> fill(String pattern, Map<String, String> arguments, Locale style) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < pattern.length()) {
      int open = pattern.indexOf('{', at);
      int close = open < 0 ? -1 : pattern.indexOf('}', open);
      if (close < 0) {
        out.append(pattern, at, pattern.length());
        break;
      }
      String placeholder = pattern.substring(open + 1, close);
      int comma = placeholder.indexOf(',');
      String name = comma < 0 ? placeholder : placeholder.substring(0, comma);
      String value = arguments.get(name);
      if (value == null) {
        return Optional.empty();
      }
      out.append(pattern, at, open);
      String type = comma < 0 ? null : placeholder.substring(comma + 1);
      out.append(TERM.equals(type) ? term(value, style)
          : type == null || style == null ? value : format(value, type, style));
      at = close + 1;
    }
    return Optional.of(out.toString());
  }

  /**
   * @param value an argument in the wire format's notation
   * @param type {@code date}, {@code period}, {@code money}, {@code number} or {@code label:Enum}
   * @param locale the style
   * @return the value in that style; the value itself when it is not of the type
   */
  static String format(String value, String type, Locale locale) {
    if (type.startsWith(LABEL)) {
      return label(value, type.substring(LABEL.length()), locale);
    }
    try {
      return switch (type) {
        case "date" -> date(value, locale);
        case "period" -> period(value, locale);
        case "money" -> money(value, locale);
        case "number" -> number(new BigDecimal(value), locale);
        default -> value;
      };
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return value;
    }
  }

  /**
   * @param name the simple name of an enum, such as {@code InterventionStatus}
   * @return the public enum of the model of that name, when there is one
   */
  static Optional<Class<?>> labelledEnum(String name) {
    if (!name.matches("[A-Z][A-Za-z0-9]*")) {
      return Optional.empty();
    }
    for (String pkg : ENUM_PACKAGES) {
      try {
        Class<?> type = Class.forName(pkg + "." + name, false, ArgumentFormat.class.getClassLoader());
        if (type.isEnum() && java.lang.reflect.Modifier.isPublic(type.getModifiers())) {
          return Optional.of(type);
        }
      } catch (ClassNotFoundException e) {
        // not in this package: try the next
      }
    }
    return Optional.empty();
  }

  private static String label(String value, String enumName, Locale locale) {
    Optional<Class<?>> type = labelledEnum(enumName);
    boolean list = value.length() > 2 && value.startsWith("[") && value.endsWith("]");
    if (type.isEmpty()) {
      return value;
    }
    List<String> labels = new ArrayList<>();
    for (String name : list ? value.substring(1, value.length() - 1).split(", ", -1) : new String[] {value}) {
      Optional<String> label = constant(type.get(), name).map(c -> Labels.of(c, locale));
      if (label.isEmpty()) {
        return value;
      }
      labels.add(label.get());
    }
    return String.join(", ", labels);
  }

  private static Optional<Enum<?>> constant(Class<?> type, String name) {
    for (Object constant : type.getEnumConstants()) {
      Enum<?> value = (Enum<?>) constant;
      if (value.name().equals(name)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  private static String date(String value, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(LocalDate.parse(value));
  }

  private static String period(String value, Locale locale) {
    int dots = value.indexOf("..");
    if (dots < 0) {
      return value;
    }
    String through = locale.getLanguage().equals("nl") ? " t/m " : " – ";
    return date(value.substring(0, dots), locale) + through + date(value.substring(dots + 2), locale);
  }

  private static String money(String value, Locale locale) {
    int space = value.indexOf(' ');
    if (space < 0) {
      return value;
    }
    Currency currency = Currency.getInstance(value.substring(0, space));
    BigDecimal amount = new BigDecimal(value.substring(space + 1));
    String symbol = currency.getSymbol(locale);
    String digits = number(amount.setScale(Math.max(amount.scale(), currency.getDefaultFractionDigits())), locale);
    return symbol + " " + digits;
  }

  private static String number(BigDecimal value, Locale locale) {
    if ((long) value.precision() + Math.abs((long) value.scale()) > MAX_FORMATTED_DIGITS) {
      // written out, such a number would take up to some two billion digits: shown as it is given
      return value.toString();
    }
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
    format.setParseBigDecimal(true);
    format.setMinimumFractionDigits(Math.max(0, value.scale()));
    format.setMaximumFractionDigits(Math.max(0, value.scale()));
    return format.format(value);
  }
}
