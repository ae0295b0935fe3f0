package dev.kansen.cli;

import dev.kansen.cli.text.Language;
import dev.kansen.cli.text.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an ISO-8601 calendar day such as {@code 2024-07-31}; a value that is not one is refused
 * with a message that shows the expected form, without the parser's internals.
 */
final class DateConverter implements ITypeConverter<LocalDate> {
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
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(texts.get("error.date", value));
    }
  }
}
