package dev.kansen.cli;

import dev.kansen.cli.text.Language;
import java.util.ResourceBundle;

/**
 * The resource bundle picocli takes the usage help from: {@code dev/kansen/cli/help.properties},
 * empty, so that English comes from the annotations of the commands, and
 * {@code help_nl.properties} with the Dutch of every description, heading and footer. The
 * language is never taken from the JVM's default locale behind the command's back: English is the
 * base bundle, not a fallback to the default locale's.
 */
final class HelpTexts {
  private static final String BUNDLE = "dev.kansen.cli.help";

  private HelpTexts() {}

  static ResourceBundle bundle(Language language) {
    return ResourceBundle.getBundle(BUNDLE, language.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
