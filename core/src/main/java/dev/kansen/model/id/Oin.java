package dev.kansen.model.id;

import dev.kansen.validation.ValueCode;
import dev.kansen.model.InvalidValueException;
import java.util.function.Predicate;

/**
 * An Organisatie-identificatienummer (OIN) as used by Dutch government services: twenty digits,
 * an eight-digit prefix naming the source register, the number, and a zero suffix.
 *
 * @param value the twenty digits
 */
public record Oin(String value) implements Identifier, Comparable<Oin> {
  /** Documented as {@code [0-9]{20}}. */
  private static final Predicate<String> FORMAT = v -> IdFormat.prefixedDigits(v, "", 20);
  private static final String KVK_PREFIX = "00000003";

  /**
   * Checks the format.
   *
   * @throws InvalidValueException with code {@code INVALID_OIN} unless the value is twenty digits
   */
  public Oin {
    IdFormat.check(FORMAT, value, ValueCode.INVALID_OIN, "Oin", null);
  }

  /**
   * Parses a written OIN.
   *
   * @param value twenty digits
   * @return the OIN
   * @throws InvalidValueException with code {@code INVALID_OIN} unless the value is twenty digits
   */
  public static Oin of(String value) {
    return new Oin(value);
  }

  /**
   * Derives the OIN of an organisation from its KvK number ({@code 00000003} + KvK + {@code 0000}).
   *
   * @param kvk the KvK number
   * @return the OIN
   */
  public static Oin fromKvk(KvkNumber kvk) {
    return new Oin(KVK_PREFIX + kvk.value() + "0000");
  }

  @Override
  public IdentifierScheme scheme() {
    return IdentifierScheme.OIN;
  }

  @Override
  public int compareTo(Oin other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
