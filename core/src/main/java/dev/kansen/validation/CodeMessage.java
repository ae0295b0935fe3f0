package dev.kansen.validation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The message of a code of kansen's catalogue, as values rather than words: the code, the variant of
 * its wording (when it has more than one) and the named arguments. The words come from the message
 * bundles: {@link #english()} fills the pattern {@link #key()} of {@code codes.properties}, and
 * {@link #in(Locale)} that of the locale's bundle, as {@link Findings} describes. The model's
 * {@code InvalidValueException} carries one, so the JSON reader's findings of construction codes
 * can be written in another language as the rules' findings are.
 *
 * @param code the code
 * @param variant the variant of the wording, a lower camel case word, when the code has several
 * @param arguments the values the message names, by name, in the wire format's notation
 */
public record CodeMessage(Code code, Optional<String> variant, Map<String, String> arguments) {
  /**
   * Checks the parts and keeps a copy of the arguments in their order.
   *
   * @param code the code
   * @param variant the variant of the wording, a lower camel case word, when the code has several
   * @param arguments the values the message names, by name
   */
  public CodeMessage {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(variant, "variant");
    if (variant.isPresent() && !Violation.isVariant(variant.get())) {
      throw new IllegalArgumentException("A message variant is a lower camel case word, but was \""
          + variant.get() + "\"");
    }
    arguments = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(arguments, "arguments")));
  }

  /**
   * @param code the code
   * @param namedValues the values the message names, as alternating names and values; a
   *     {@link BigDecimal} is written with {@link BigDecimal#toPlainString()}, any other value with
   *     {@link String#valueOf(Object)}
   * @return the message of the code's pattern {@code CODE.message}
   * @throws IllegalArgumentException when the names and values do not pair up or a name is not a
   *     {@code String}
   */
  public static CodeMessage of(Code code, Object... namedValues) {
    return new CodeMessage(code, Optional.empty(), named(code.name(), namedValues));
  }

  /**
   * @param code the code
   * @param variant the variant of the wording, a lower camel case word such as {@code past}
   * @param namedValues the values the message names, as alternating names and values, written as
   *     {@link #of} writes them
   * @return the message of the code's pattern {@code CODE.message.VARIANT}
   * @throws IllegalArgumentException when the names and values do not pair up, a name is not a
   *     {@code String} or the variant is not a lower camel case word
   */
  public static CodeMessage variant(Code code, String variant, Object... namedValues) {
    return new CodeMessage(code, Optional.of(variant), named(code.name(), namedValues));
  }

  static Map<String, String> named(String code, Object... namedValues) {
    if (namedValues.length % 2 != 0) {
      throw new IllegalArgumentException("A message of " + code + " takes names and values in pairs, but got "
          + namedValues.length + " arguments");
    }
    Map<String, String> arguments = new LinkedHashMap<>();
    for (int i = 0; i < namedValues.length; i += 2) {
      if (!(namedValues[i] instanceof String name)) {
        throw new IllegalArgumentException("The argument names of a message must be strings, but argument "
            + i + " for " + code + " was " + namedValues[i]);
      }
      Object value = namedValues[i + 1];
      arguments.put(name, value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value));
    }
    return arguments;
  }

  /** @return {@code CODE.message}, or {@code CODE.message.VARIANT} */
  public String key() {
    return Violation.messageKey(code.name(), variant.orElse(null));
  }

  /**
   * @return the English message: the pattern {@link #key()} of {@code codes.properties} filled with
   *     the arguments as they are
   * @throws IllegalStateException when the bundle has no such pattern or the pattern names an
   *     argument that is not given
   */
  public String english() {
    String key = key();
    String pattern = CodeTexts.english(key)
        .orElseThrow(() -> new IllegalStateException("The message bundle has no pattern " + key));
    return CodeTexts.fill(pattern, arguments).orElseThrow(() -> new IllegalStateException(
        "The pattern " + key + " names a value that the message does not give; it gives " + arguments.keySet()));
  }

  /**
   * @param locale the language wanted
   * @return the message in that language (see {@link Violation#localizedMessage}), else {@link #english()}
   */
  public String in(Locale locale) {
    return CodeTexts.translation(key(), locale)
        .flatMap(pattern -> CodeTexts.fill(pattern, arguments, locale))
        .orElseGet(this::english);
  }

  /**
   * @param path where
   * @return a violation of the code at its default severity with this message, its variant and its
   *     arguments
   */
  public Violation at(JsonPointer path) {
    return Violation.builder()
        .code(code.name())
        .severity(code.defaultSeverity())
        .path(path)
        .message(english())
        .arguments(arguments)
        .variant(variant)
        .build();
  }
}
