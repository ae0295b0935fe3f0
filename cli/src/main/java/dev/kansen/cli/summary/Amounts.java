package dev.kansen.cli.summary;

import dev.kansen.model.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/** Writes amounts and figures for people: {@code EUR 50,000.00}, {@code 24.5}. */
public final class Amounts {
  private Amounts() {}

  /**
   * @param money an amount of money
   * @return e.g. {@code EUR 50,000.00}
   */
  public static String money(Money money) {
    return money(money.currency(), money.amount());
  }

  /**
   * @param currency the currency
   * @param amount the amount
   * @return e.g. {@code EUR 50,000.00}, or {@code -EUR 1,000.00} below zero
   */
  public static String money(Currency currency, BigDecimal amount) {
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
        DecimalFormatSymbols.getInstance(Locale.ROOT));
    String text = currency.getCurrencyCode() + " " + format.format(amount.abs());
    return amount.signum() < 0 ? "-" + text : text;
  }

  /**
   * @param value a figure
   * @return the figure without trailing zeros and never in exponent notation
   */
  public static String figure(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
