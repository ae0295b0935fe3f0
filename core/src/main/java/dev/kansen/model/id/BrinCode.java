package dev.kansen.model.id;

import dev.kansen.validation.ValueCode;
import dev.kansen.model.InvalidValueException;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A BRIN code: the four-character instellingscode (two digits, two capital letters, e.g.
 * {@code 16SW}), optionally followed by a two-digit vestigingsnummer ({@code 16SW00}). BRIN is
 * being replaced by RIO codes but is still what most school systems hold.
 *
 * @param value the code, four or six characters
 */
public record BrinCode(String value) implements Identifier, Comparable<BrinCode> {
  /** Documented as {@code [0-9]{2}[A-Z]{2}([0-9]{2})?}. */
  private static final Predicate<String> FORMAT = v -> (v.length() == 4 || v.length() == 6)
      && IdFormat.digits(v, 0, 2) && IdFormat.capitals(v, 2, 4) && IdFormat.digits(v, 4, v.length());

  /**
   * Checks the format.
   *
   * @throws InvalidValueException with code {@code INVALID_BRIN_CODE} when the value has the wrong format
   */
  public BrinCode {
    IdFormat.check(FORMAT, value, ValueCode.INVALID_BRIN_CODE, "BrinCode", null);
  }

  /**
   * Parses a written code.
   *
   * @param value the code, e.g. {@code 16SW} or {@code 16SW00}
   * @return the code
   * @throws InvalidValueException with code {@code INVALID_BRIN_CODE} when the value has the wrong format
   */
  public static BrinCode of(String value) {
    return new BrinCode(value);
  }

  /**
   * Combines an instellingscode with a vestigingsnummer, as DUO's open data lists them apart.
   *
   * @param instellingscode the four-character code, e.g. {@code 16SW}
   * @param vestiging the two-digit vestigingsnummer, e.g. {@code 00}
   * @return the six-character code
   */
  public static BrinCode of(String instellingscode, String vestiging) {
    return new BrinCode(instellingscode + vestiging);
  }

  /** @return the four-character instellingscode */
  public String instellingscode() {
    return value.substring(0, 4);
  }

  /** @return the two-digit vestigingsnummer, when this code names a vestiging */
  public Optional<String> vestiging() {
    return value.length() == 6 ? Optional.of(value.substring(4)) : Optional.empty();
  }

  @Override
  public IdentifierScheme scheme() {
    return IdentifierScheme.BRIN;
  }

  @Override
  public int compareTo(BrinCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
