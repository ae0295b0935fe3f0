package dev.kansen.model.id;

import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.ValueCode;
import dev.kansen.model.InvalidValueException;
import java.util.function.Predicate;

/**
 * An org-id.guide organisation identifier: a list code ({@code NL-KVK}, {@code NL-OWMS},
 * {@code XI-IATI}…) and the organisation's id in that list, written {@code NL-KVK-41202535}.
 *
 * @param prefix the org-id.guide list code: two capital letters, a hyphen, capital letters and digits
 * @param id the organisation's id in that list; eight digits when the scheme is {@code NL-KVK}
 */
public record OrganisationId(String prefix, String id) implements Identifier, Comparable<OrganisationId> {
  /** Documented as {@code [A-Z]{2}-[A-Z0-9]{2,20}}. */
  private static final Predicate<String> PREFIX = v -> v.length() >= 5 && v.length() <= 23
      && IdFormat.capitals(v, 0, 2) && v.charAt(2) == '-' && capitalsOrDigits(v, 3);
  /** Documented as {@code [A-Za-z0-9._:/-]{1,100}}. */
  private static final Predicate<String> ID = v -> v.length() >= 1 && v.length() <= 100 && idCharacters(v);
  /** Documented as {@code [0-9]{8}}. */
  private static final Predicate<String> KVK = v -> IdFormat.prefixedDigits(v, "", 8);

  /**
   * Checks the format.
   *
   * @throws InvalidValueException with code {@code INVALID_ORGANISATION_ID} when a part has the wrong format
   */
  public OrganisationId {
    IdFormat.check(PREFIX, prefix, ValueCode.INVALID_ORGANISATION_ID, "OrganisationId prefix", "prefix");
    IdFormat.check(ID, id, ValueCode.INVALID_ORGANISATION_ID, "OrganisationId id", "id");
    if (prefix.equals("NL-KVK")) {
      IdFormat.check(KVK, id, ValueCode.INVALID_ORGANISATION_ID, "An NL-KVK OrganisationId", "kvk");
    }
  }

  /**
   * Parses the written form {@code PREFIX-ID}, where the prefix is the first two hyphen-separated parts.
   *
   * @param value e.g. {@code NL-KVK-41202535}
   * @return the organisation id
   * @throws InvalidValueException with code {@code INVALID_ORGANISATION_ID} when the value has the wrong format
   */
  public static OrganisationId parse(String value) {
    int first = value.indexOf('-');
    int second = first < 0 ? -1 : value.indexOf('-', first + 1);
    if (second < 0 || second == value.length() - 1) {
      throw new InvalidValueException("", value, CodeMessage.variant(ValueCode.INVALID_ORGANISATION_ID, "written",
          "value", InvalidValueException.shorten(value)));
    }
    return new OrganisationId(value.substring(0, second), value.substring(second + 1));
  }

  /**
   * The org-id.guide identifier of a KvK-registered organisation.
   *
   * @param kvk the KvK number
   * @return {@code NL-KVK-} followed by the number
   */
  public static OrganisationId ofKvk(KvkNumber kvk) {
    return new OrganisationId("NL-KVK", kvk.value());
  }

  private static boolean capitalsOrDigits(String value, int from) {
    for (int i = from; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!IdFormat.isCapital(c) && !IdFormat.isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean idCharacters(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!IdFormat.isCapital(c) && !IdFormat.isDigit(c) && !(c >= 'a' && c <= 'z')
          && c != '.' && c != '_' && c != ':' && c != '/' && c != '-') {
        return false;
      }
    }
    return true;
  }

  @Override
  public IdentifierScheme scheme() {
    return IdentifierScheme.ORG_ID;
  }

  /** @return the written form, {@code PREFIX-ID} */
  @Override
  public String value() {
    return prefix + "-" + id;
  }

  @Override
  public int compareTo(OrganisationId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
