package dev.kansen.cli;

import dev.kansen.cli.text.Language;
import dev.kansen.cli.text.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an ISO-8601 calendar day such as {@code 2024-07-31}; a value that is not one is refused
 * with a message that shows the expected form, without the parser's internals.
 */
final class DateConverter implements ITypeConverter<LocalDate> {
  private static final Pattern FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private final Texts texts;

  /** A converter whose message is English. */
  DateConverter() {
    this(Texts.of(Language.EN));
  }

  DateConverter(Texts texts) {
    this.texts = texts;
  }

  @Override
  public LocalDate convert(String value) {
    // Four-digit years only: the ISO parser also takes +999999999-12-31, a date no rule can reckon from.
    if (!FORM.matcher(value).matches()) {
      throw new TypeConversionException(texts.get("error.date", value));
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(texts.get("error.date", value));
    }
  }
}
