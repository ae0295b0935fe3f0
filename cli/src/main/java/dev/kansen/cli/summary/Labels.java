package dev.kansen.cli.summary;

import java.util.Locale;

/** Human labels for the model's enum constants: {@code SCHOOL_BOARD} reads "School board". */
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
   * @return its name in words, first letter capitalised
   */
  public static String of(Enum<?> value) {
    String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
