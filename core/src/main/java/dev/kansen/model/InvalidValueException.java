package dev.kansen.model;

import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.ValueCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a value cannot be constructed because it would break an invariant that keeps it
 * usable: an identifier of the wrong shape, a negative amount, an end date before its start.
 *
 * <p>Each failure carries a stable {@link #code() code} (the same vocabulary as the validator's
 * violations, listed in {@code docs/rules.md}), the {@link #attribute() attribute} in the wire
 * format's names, relative to the object being built, and the offending {@link #value() value}
 * (shortened when long). The JSON reader turns these into violations with a full JSON Pointer.
 *
 * <p>A builder missing required attributes throws this exception too, with the code
 * {@link ValueCode#MISSING_ATTRIBUTE} and the {@link #missingAttributes() names} of the attributes.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_VALUE_LENGTH = 80;

  private final ValueCode code;
  private final String attribute;
  private final String value;
  private final List<String> missingAttributes;
  private final transient CodeMessage codeMessage;

  /**
   * Creates the exception.
   *
   * @param code the code of the broken invariant
   * @param attribute the attribute (wire-format name, relative to the object), or "" for the value itself
   * @param value the rejected value, rendered as text
   * @param message a plain-English message that names the attribute and the value
   */
  public InvalidValueException(ValueCode code, String attribute, Object value, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
    this.attribute = Objects.requireNonNull(attribute, "attribute");
    this.value = shorten(String.valueOf(value));
    this.missingAttributes = List.of();
    this.codeMessage = null;
  }

  /**
   * Creates the exception with a message of the catalogue, whose English text is its message and
   * which the JSON reader hands on so that the finding can be written in another language.
   *
   * @param attribute the attribute (wire-format name, relative to the object), or "" for the value itself
   * @param value the rejected value, rendered as text
   * @param message the message of a {@link ValueCode}, naming the attribute and the value
   * @throws IllegalArgumentException when the message's code is not a {@link ValueCode}
   */
  public InvalidValueException(String attribute, Object value, CodeMessage message) {
    super(message.english());
    if (!(message.code() instanceof ValueCode valueCode)) {
      throw new IllegalArgumentException("An InvalidValueException carries a ValueCode, not " + message.code());
    }
    this.code = valueCode;
    this.attribute = Objects.requireNonNull(attribute, "attribute");
    this.value = shorten(String.valueOf(value));
    this.missingAttributes = List.of();
    this.codeMessage = message;
  }

  /**
   * The failure of a builder that is missing required attributes; the model's builders throw it.
   *
   * @param missingAttributes the names of the required attributes that were not set
   */
  public InvalidValueException(String[] missingAttributes) {
    this(missingAttributes, CodeMessage.variant(ValueCode.MISSING_ATTRIBUTE, missingAttributes.length == 1 ? "one" : "many",
        "attributes", String.join(", ", missingAttributes)));
  }

  private InvalidValueException(String[] missingAttributes, CodeMessage message) {
    super(message.english());
    this.code = ValueCode.MISSING_ATTRIBUTE;
    this.attribute = missingAttributes.length == 0 ? "" : missingAttributes[0];
    this.value = "";
    this.missingAttributes = List.of(missingAttributes);
    this.codeMessage = message;
  }

  /**
   * The failure of a builder whose attribute's default depends on itself, which the model's
   * builders report this way so that they throw one kind of exception; it cannot be caused by data.
   * The code is {@link ValueCode#MISSING_ATTRIBUTE}: the attribute could not be given a value.
   *
   * @param message the builder's message
   */
  public InvalidValueException(String message) {
    super(message);
    this.code = ValueCode.MISSING_ATTRIBUTE;
    this.attribute = "";
    this.value = "";
    this.missingAttributes = List.of();
    this.codeMessage = null;
  }

  /** @return the stable code of the broken invariant, such as {@code INVALID_MUNICIPALITY_CODE} */
  public String code() {
    return code.name();
  }

  /** @return the code of the broken invariant, typed */
  public ValueCode valueCode() {
    return code;
  }

  /**
   * @return the message as values of the catalogue (code, variant, arguments), for a finding in
   *     another language; empty for the builders' own message about an attribute whose default
   *     depends on itself, which data cannot cause
   */
  public Optional<CodeMessage> codeMessage() {
    return Optional.ofNullable(codeMessage);
  }

  /** @return for {@link ValueCode#MISSING_ATTRIBUTE}, the names of the attributes not set; else empty */
  public List<String> missingAttributes() {
    return missingAttributes;
  }

  /** @return the attribute's wire-format name relative to the object being built; "" for a scalar value */
  public String attribute() {
    return attribute;
  }

  /** @return the rejected value as text, shortened to at most 80 characters */
  public String value() {
    return value;
  }

  /**
   * Shortens text for use in messages so that huge input is never echoed back.
   *
   * @param text any text
   * @return the text, or its first characters followed by an ellipsis and the full length
   */
  public static String shorten(String text) {
    if (text.length() <= MAX_VALUE_LENGTH) {
      return text;
    }
    return text.substring(0, MAX_VALUE_LENGTH) + "… (" + text.length() + " characters)";
  }
}
