package dev.kansen.cli.text;

import java.util.Locale;

/**
 * The languages the {@code kansen} command speaks, chosen with {@code --lang}; without it, Dutch
 * when the JVM's locale (from the operating system) has the language {@code nl}, else English.
 */
public enum Language {
  /** English. */
  EN(Locale.ENGLISH, ""),
  /** Dutch. */
  NL(Locale.forLanguageTag("nl-NL"), "_nl");

  /** The option that chooses the language. */
  public static final String OPTION = "--lang";

  private final Locale locale;
  private final String bundleSuffix;

  Language(Locale locale, String bundleSuffix) {
    this.locale = locale;
    this.bundleSuffix = bundleSuffix;
  }

  /** @return the locale of the language */
  public Locale locale() {
    return locale;
  }

  /** @return the suffix of its message bundles' names, e.g. {@code _nl}; empty for English */
  String bundleSuffix() {
    return bundleSuffix;
  }

  /**
   * @param locale a locale
   * @return Dutch when its language is {@code nl}, else English
   */
  public static Language of(Locale locale) {
    return locale.getLanguage().equals("nl") ? NL : EN;
  }

  /**
   * The language the arguments choose with {@code --lang nl} or {@code --lang=nl} (any case; the
   * last one counts; nothing after {@code --} counts), else the default locale's. Known before the
   * command line is parsed, so that usage help and usage errors are in it too.
   *
   * @param args the command-line arguments
   * @param defaultLocale the JVM's default locale
   * @return the language
   */
  public static Language of(String[] args, Locale defaultLocale) {
    return chosen(args).orElse(of(defaultLocale));
  }

  /**
   * @param args the command-line arguments
   * @return whether they choose a language with {@code --lang}
   */
  public static boolean given(String[] args) {
    return chosen(args).isPresent();
  }

  private static java.util.Optional<Language> chosen(String[] args) {
    Language chosen = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        break;
      }
      String value = null;
      if (arg.equals(OPTION) && i + 1 < args.length) {
        value = args[++i];
      } else if (arg.startsWith(OPTION + "=")) {
        value = arg.substring(OPTION.length() + 1);
      }
      if (value != null) {
        for (Language language : values()) {
          if (language.name().equalsIgnoreCase(value)) {
            chosen = language;
          }
        }
      }
    }
    return java.util.Optional.ofNullable(chosen);
  }
}
