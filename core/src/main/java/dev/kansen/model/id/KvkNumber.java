package dev.kansen.model.id;

import dev.kansen.validation.ValueCode;
import dev.kansen.model.InvalidValueException;
import java.util.function.Predicate;

/**
 * A Chamber of Commerce (Kamer van Koophandel) number: eight digits. KvK numbers have no public check digit, so only the shape is checked.
 *
 * @param value the code in its canonical written form, e.g. {@code 41202535}
 */
public record KvkNumber(String value) implements Identifier, Comparable<KvkNumber> {
  /** Documented as {@code [0-9]{8}}. */
  private static final Predicate<String> FORMAT = v -> IdFormat.prefixedDigits(v, "", 8);

  /**
   * Checks the format.
   *
   * @throws InvalidValueException with code {@code INVALID_KVK_NUMBER} when the value has the wrong format
   */
  public KvkNumber {
    IdFormat.check(FORMAT, value, ValueCode.INVALID_KVK_NUMBER, "KvkNumber", null);
  }

  /**
   * Parses a written code.
   *
   * @param value the code, e.g. {@code 41202535}
   * @return the code
   * @throws InvalidValueException with code {@code INVALID_KVK_NUMBER} when the value has the wrong format
   */
  public static KvkNumber of(String value) {
    return new KvkNumber(value);
  }

  @Override
  public IdentifierScheme scheme() {
    return IdentifierScheme.KVK;
  }

  @Override
  public int compareTo(KvkNumber other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
