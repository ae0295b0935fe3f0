package dev.kansen.cli.summary;

import java.util.Locale;

/**
 * English labels for the model's enum constants, capitalised: {@code SCHOOL_BOARD} reads "School
 * board". The labels are {@link dev.kansen.model.Labels}'; for another language use
 * {@link dev.kansen.cli.text.Texts}.
 */
public final class Labels {
  private Labels() {}

  /**
   * @param name a camelCase name such as {@code parentalEducation}
   * @return the name in lower-case words, e.g. {@code parental education}
   */
  public static String words(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  /**
   * @param value an enum constant
   * @return its English label, first letter capitalised
   */
  public static String of(Enum<?> value) {
    return dev.kansen.model.Labels.capitalised(value, Locale.ENGLISH);
  }
}
