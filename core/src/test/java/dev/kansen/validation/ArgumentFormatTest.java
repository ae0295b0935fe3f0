package dev.kansen.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ArgumentFormatTest {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  @Test
  void aNumberOfSomeTwoBillionDigitsWrittenOutIsShownAsGiven() {
    // in the locale's style these would take a DecimalFormat with two billion fraction digits
    assertEquals("9.223372036854775807E-2147483629",
        ArgumentFormat.format("9.223372036854775807E-2147483629", "number", DUTCH));
    assertEquals("1E+2147483647", ArgumentFormat.format("1E+2147483647", "number", Locale.ENGLISH));
  }

  @Test
  void aNumberOfAThousandDigitsWrittenOutTakesTheLocalesStyleAndOneMoreDoesNot() {
    String thousand = "0." + "0".repeat(996) + "12";
    assertEquals("0," + "0".repeat(996) + "12", ArgumentFormat.format(thousand, "number", DUTCH));
    String beyond = "0." + "0".repeat(997) + "12";
    assertEquals("1.2E-998", ArgumentFormat.format(beyond, "number", DUTCH));
  }
}
