package dev.kansen.validation;

import java.util.Locale;

/**
 * A code of kansen's own catalogue: its what, why and fix come from the message bundles
 * ({@code codes.properties} and its translations), keyed by the code's name. The one place the four
 * catalogue enums take their texts from.
 */
interface CatalogueCode extends Code {
  @Override
  default String what(Locale locale) {
    return CodeTexts.text(this, "what", locale);
  }

  @Override
  default String why(Locale locale) {
    return CodeTexts.text(this, "why", locale);
  }

  @Override
  default String fix(Locale locale) {
    return CodeTexts.text(this, "fix", locale);
  }
}
