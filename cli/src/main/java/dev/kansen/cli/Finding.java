package dev.kansen.cli;

import dev.kansen.cli.text.Location;
import dev.kansen.cli.text.Texts;
import dev.kansen.model.Programme;
import dev.kansen.validation.Violation;
import java.util.Locale;
import java.util.Optional;

/** The text form of a finding: a violation in one file, with its position when known. */
final class Finding {
  private Finding() {}

  /**
   * The text form: {@code FILE:LINE:COL PATH SEVERITY CODE message [LOCATION]}, without
   * {@code :LINE:COL} when the violation has no position and without {@code [LOCATION]} when the
   * path points into no element of the programme's lists. The location comes last so that the
   * fields before the message keep their places for scripts. The document root's path is written
   * {@code /}. The location, severity and message are in the texts' language (in Dutch the severity
   * is {@code FOUT}, {@code WAARSCHUWING} or {@code MELDING}); the code is the catalogue's. Control
   * characters are not escaped here; the line is escaped where it is printed.
   *
   * @param file the file's name as given
   * @param violation the violation
   * @param programme the programme the violation is about, when it could be read, for the names in the location
   * @param texts the language
   * @return one line
   */
  static String line(String file, Violation violation, Optional<Programme> programme, Texts texts) {
    String path = violation.path().toString();
    return file + violation.position().map(p -> ":" + p.line() + ":" + p.column()).orElse("") + " "
        + (path.isEmpty() ? "/" : path) + " "
        + severity(violation, texts) + " " + violation.code() + " " + Input.message(violation, texts)
        + Location.of(violation.path(), programme, texts).map(l -> " [" + l + "]").orElse("");
  }

  /**
   * @param violation a violation
   * @param texts the language
   * @return its severity as the text form writes it: {@code ERROR} in English, {@code FOUT} in Dutch
   */
  static String severity(Violation violation, Texts texts) {
    return texts.dutch() ? texts.label(violation.severity()).toUpperCase(Locale.ROOT) : violation.severity().name();
  }
}
