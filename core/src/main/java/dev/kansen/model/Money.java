package dev.kansen.model;

import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.ValueCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money: a {@link BigDecimal} in a {@link Currency}, never a binary floating point.
 *
 * <p>The amount is held at the currency's precision (cents for EUR): {@code 50000} and
 * {@code 50000.0} both become {@code 50000.00}, so equal amounts are equal values. An amount with
 * more decimals than the currency has, or a negative amount, is rejected.
 *
 * @param amount the amount, at the currency's precision, not negative
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
  /** The euro, the currency of every Dutch programme. */
  public static final Currency EUR = Currency.getInstance("EUR");

  /**
   * Normalises the scale and checks the invariants.
   *
   * @throws InvalidValueException with code {@code NEGATIVE_AMOUNT}, {@code AMOUNT_TOO_LARGE} (more
   *     than 1,000 digits before the decimal point) or {@code AMOUNT_PRECISION}
   */
  public Money {
    Objects.requireNonNull(amount, "Money.amount must not be null");
    Objects.requireNonNull(currency, "Money.currency must not be null");
    if (amount.signum() < 0) {
      throw new InvalidValueException("amount", shown(amount), CodeMessage.of(ValueCode.NEGATIVE_AMOUNT,
          "amount", InvalidValueException.shorten(shown(amount))));
    }
    if (amount.signum() != 0 && amount.precision() - (long) amount.scale() > MAX_INTEGER_DIGITS) {
      throw new InvalidValueException("amount", shown(amount), CodeMessage.of(ValueCode.AMOUNT_TOO_LARGE,
          "digits", MAX_INTEGER_DIGITS, "amount", InvalidValueException.shorten(shown(amount))));
    }
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    if (amount.stripTrailingZeros().scale() > digits) {
      throw new InvalidValueException("amount", shown(amount), CodeMessage.of(ValueCode.AMOUNT_PRECISION,
          "digits", digits, "currency", currency.getCurrencyCode(),
          "amount", InvalidValueException.shorten(shown(amount))));
    }
    amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
  }

  /** Beyond this many digits an amount refused is shown in scientific notation. */
  private static final int MAX_SHOWN_DIGITS = 1000;
  /** The most digits an amount has before its decimal point. */
  private static final int MAX_INTEGER_DIGITS = 1000;

  /**
   * @return the amount as a refusal shows it: in plain notation, unless that would take more than
   *     {@link #MAX_SHOWN_DIGITS} digits (an amount such as {@code 1E-2147483647} has some two
   *     billion, more than a string can hold), then in scientific notation, which is short
   */
  private static String shown(BigDecimal amount) {
    long plainDigits = (long) amount.precision() + Math.abs((long) amount.scale());
    return plainDigits <= MAX_SHOWN_DIGITS ? amount.toPlainString() : amount.toString();
  }

  /**
   * An amount in the given currency.
   *
   * @param amount the amount
   * @param currencyCode an ISO 4217 code such as {@code EUR}
   * @return the money
   * @throws InvalidValueException with code {@code INVALID_CURRENCY} for an unknown code
   */
  public static Money of(BigDecimal amount, String currencyCode) {
    return new Money(amount, currency(currencyCode));
  }

  /**
   * An amount in euros.
   *
   * @param amount the amount as written, e.g. {@code "50000"} or {@code "1250.50"}
   * @return the money
   * @throws NumberFormatException when the text is not a decimal number
   */
  public static Money eur(String amount) {
    return new Money(new BigDecimal(amount), EUR);
  }

  /**
   * An amount in euros.
   *
   * @param amount the amount
   * @return the money
   */
  public static Money eur(BigDecimal amount) {
    return new Money(amount, EUR);
  }

  /**
   * Zero in the given currency.
   *
   * @param currency the currency
   * @return zero
   */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /**
   * Looks up an ISO 4217 currency.
   *
   * @param code the three-letter code
   * @return the currency
   * @throws InvalidValueException with code {@code INVALID_CURRENCY} for an unknown code
   */
  public static Currency currency(String code) {
    try {
      if (code.length() == 3) {
        return Currency.getInstance(code);
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new InvalidValueException("currency", code, CodeMessage.of(ValueCode.INVALID_CURRENCY,
        "value", InvalidValueException.shorten(code)));
  }

  /**
   * Adds money of the same currency.
   *
   * @param other the amount to add
   * @return the sum
   * @throws IllegalArgumentException when the currencies differ
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /**
   * Subtracts money of the same currency. A result below
   * zero is rejected like any negative amount.
   *
   * @param other the amount to subtract
   * @return the difference
   * @throws IllegalArgumentException when the currencies differ
   * @throws InvalidValueException with code {@code NEGATIVE_AMOUNT} when the result would be negative
   */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /** @return whether the amount is zero */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Orders amounts of the same currency.
   *
   * @throws IllegalArgumentException when the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("Cannot combine " + currency.getCurrencyCode() + " with "
          + other.currency.getCurrencyCode());
    }
  }

  /** @return e.g. {@code EUR 50000.00} */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }
}
