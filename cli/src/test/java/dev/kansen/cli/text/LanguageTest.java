package dev.kansen.cli.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The language: --lang when given, else Dutch for a Dutch locale and English for any other. */
class LanguageTest {
  private static final String[] NONE = {};

  @Test
  void withoutLangTheLocaleDecides() {
    assertEquals(Language.NL, Language.of(NONE, Locale.forLanguageTag("nl-NL")));
    assertEquals(Language.NL, Language.of(NONE, Locale.forLanguageTag("nl-BE")));
    assertEquals(Language.EN, Language.of(NONE, Locale.forLanguageTag("en-GB")));
    assertEquals(Language.EN, Language.of(NONE, Locale.GERMANY));
    assertEquals(Language.EN, Language.of(NONE, Locale.ROOT));
    assertFalse(Language.given(NONE));
  }

  @Test
  void langOverridesTheLocaleInEitherFormAndAnyCase() {
    assertEquals(Language.NL, Language.of(new String[] {"--lang", "nl", "--help"}, Locale.ENGLISH));
    assertEquals(Language.NL, Language.of(new String[] {"validate", "--lang=NL", "x.json"}, Locale.ENGLISH));
    assertEquals(Language.EN, Language.of(new String[] {"--lang", "en"}, Locale.forLanguageTag("nl")));
    assertEquals(Language.EN, Language.of(new String[] {"--lang", "nl", "--lang", "en"}, Locale.forLanguageTag("nl")));
    assertTrue(Language.given(new String[] {"--lang=en"}));
  }

  @Test
  void anUnknownValueOrOneAfterDoubleDashChoosesNothing() {
    assertEquals(Language.EN, Language.of(new String[] {"--lang", "de"}, Locale.ENGLISH));
    assertEquals(Language.EN, Language.of(new String[] {"--", "--lang", "nl"}, Locale.ENGLISH));
    assertEquals(Language.EN, Language.of(new String[] {"--lang"}, Locale.ENGLISH));
    assertFalse(Language.given(new String[] {"--", "--lang=nl"}));
  }
}
