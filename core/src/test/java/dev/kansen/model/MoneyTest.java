package dev.kansen.model;

import static dev.kansen.testing.ModelAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @Test
  void amountsAreHeldAtCentsSoEqualAmountsAreEqualValues() {
    Money whole = Money.eur("50000");
    assertEquals(Money.eur("50000.00"), whole);
    assertEquals(Money.eur("50000.0").hashCode(), whole.hashCode());
    assertEquals(new BigDecimal("50000.00"), whole.amount());
    assertEquals(2, whole.amount().scale());
    assertEquals("EUR 50000.00", whole.toString());
    assertEquals(Money.eur("1250.5"), Money.eur(new BigDecimal("1250.50")));
    assertEquals(Money.eur("0.10"), Money.eur("0.100"));
    assertEquals(Money.eur("1000"), Money.eur("1E+3"));
    assertEquals("EUR 1000.00", Money.eur("1E+3").toString());
  }

  @Test
  void aNegativeAmountIsRejected() {
    assertInvalid(() -> Money.eur("-0.01"), "NEGATIVE_AMOUNT", "amount", "must not be negative, but was -0.01");
  }

  @Test
  void moreDecimalsThanTheCurrencyHasAreRejected() {
    assertInvalid(() -> Money.eur("10.005"), "AMOUNT_PRECISION", "amount", "more than 2 decimals for EUR: 10.005");
    assertInvalid(() -> Money.of(new BigDecimal("1.5"), "JPY"), "AMOUNT_PRECISION", "amount", "more than 0 decimals for JPY");
  }

  @ParameterizedTest
  @ValueSource(strings = {"EUX", "eur", "EURO", "", "E"})
  void anUnknownCurrencyIsRejected(String code) {
    assertInvalid(() -> Money.of(BigDecimal.ONE, code), "INVALID_CURRENCY", "currency", "but was \"" + code + "\"");
  }

  @Test
  void otherCurrenciesKeepTheirOwnPrecision() {
    assertEquals(new BigDecimal("100"), Money.of(new BigDecimal("100.00"), "JPY").amount());
    assertEquals(new BigDecimal("1.000"), Money.of(BigDecimal.ONE, "BHD").amount());
    assertEquals(Currency.getInstance("USD"), Money.of(BigDecimal.TEN, "USD").currency());
  }

  @Test
  void plusMinusAndCompareWorkInCents() {
    Money a = Money.eur("50000");
    Money b = Money.eur("0.01");
    assertEquals(Money.eur("50000.01"), a.plus(b));
    assertEquals(Money.eur("49999.99"), a.minus(b));
    assertEquals(Money.zero(Money.EUR), a.minus(a));
    assertTrue(a.minus(a).isZero());
    assertFalse(b.isZero());
    assertTrue(b.compareTo(a) < 0);
    assertTrue(a.compareTo(b) > 0);
    assertEquals(0, Money.eur("1").compareTo(Money.eur("1.00")));
  }

  @Test
  void subtractingBelowZeroIsRejectedLikeANegativeAmount() {
    assertInvalid(() -> Money.eur("1").minus(Money.eur("1.01")), "NEGATIVE_AMOUNT", "amount", "-0.01");
  }

  @Test
  void combiningCurrenciesIsRejected() {
    Money eur = Money.eur("1");
    Money usd = Money.of(BigDecimal.ONE, "USD");
    assertNotEquals(eur, usd);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> eur.plus(usd));
    assertEquals("Cannot combine EUR with USD", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> eur.minus(usd));
    assertThrows(IllegalArgumentException.class, () -> eur.compareTo(usd));
  }

  @Test
  void missingPartsAreNullPointersNamingThem() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> new Money(null, Money.EUR));
    assertEquals("Money.amount must not be null", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> new Money(BigDecimal.ONE, null));
    assertEquals("Money.currency must not be null", e.getMessage());
  }

  @Test
  void anAmountWithTwoBillionDecimalsIsRefusedShownInScientificNotationNotByAnError() {
    // its plain text would have some two billion digits: the JDK refuses to make it (an
    // OutOfMemoryError on JDK 25, a NegativeArraySizeException on JDK 17)
    BigDecimal tiny = new BigDecimal(BigInteger.valueOf(Long.MAX_VALUE), Integer.MAX_VALUE);
    InvalidValueException precision = assertInvalid(() -> Money.eur(tiny), "AMOUNT_PRECISION", "amount",
        "more than 2 decimals for EUR: 9.223372036854775807E-2147483629");
    assertEquals("9.223372036854775807E-2147483629", precision.value());
    assertInvalid(() -> Money.eur(tiny.negate()), "NEGATIVE_AMOUNT", "amount", "-9.223372036854775807E-2147483629");
  }

  @Test
  void anAmountRefusedIsShownInPlainNotationUpToAThousandDigits() {
    BigDecimal thousand = new BigDecimal(BigInteger.ONE, 999);
    assertEquals(1000, thousand.precision() + thousand.scale());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.eur(thousand));
    // shown in plain notation, which the exception shortens as it does every long value
    assertEquals(InvalidValueException.shorten(thousand.toPlainString()), e.value());
    BigDecimal beyond = new BigDecimal(BigInteger.ONE, 1000);
    assertEquals("1E-1000", assertThrows(InvalidValueException.class, () -> Money.eur(beyond)).value());
  }

  @Test
  void anAmountOfMoreThanAThousandDigitsBeforeTheDecimalPointIsRefusedAsTooLarge() {
    // held to the cent, 1E+2147483647 cannot be a BigDecimal at all: setScale failed with "Underflow"
    InvalidValueException huge = assertInvalid(() -> Money.eur(new BigDecimal("1E+2147483647")), "AMOUNT_TOO_LARGE",
        "amount", "more than 1000 digits before the decimal point: 1E+2147483647");
    assertEquals("1E+2147483647", huge.value());
    assertInvalid(() -> Money.eur(new BigDecimal(BigInteger.TEN.pow(1000))), "AMOUNT_TOO_LARGE", "amount",
        "more than 1000 digits");
    BigDecimal thousandDigits = new BigDecimal(BigInteger.TEN.pow(999));
    assertEquals(thousandDigits.setScale(2), Money.eur(thousandDigits).amount());
  }

  @Test
  void zeroWrittenWithAHugeExponentIsZero() {
    assertEquals(new BigDecimal("0.00"), Money.eur(new BigDecimal("0E+2000")).amount());
  }
}
