package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Usage errors that picocli words in English are said in the command's language, and say what is
 * wrong: an option given without its value is not "a required option that is missing".
 */
class UsageErrorWordsTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "nl | validate --format | kansen validate: optie '--format' heeft een waarde nodig (FORMAT)",
      "en | validate --format | kansen validate: Missing required parameter for option '--format' (FORMAT)",
      "nl | report -o | kansen report: optie '--output' heeft een waarde nodig (OUT.html)",
      "nl | summary --lines --lines x.json | kansen summary: optie '--lines' mag maar één keer gegeven worden",
      "nl | help nonexistent | kansen: onbekende opdracht 'nonexistent'",
      "en | help nonexistent | kansen: Unknown subcommand 'nonexistent'.",
      "nl | convert --pretty=yes x.json | kansen convert: Ongeldige waarde voor optie '--pretty': verwacht true of false, maar kreeg \"yes\"",
      "en | convert --pretty=yes x.json | kansen convert: Invalid value for option '--pretty': expected true or false, but was \"yes\"",
  })
  void saysWhatIsWrongInTheLanguage(String language, String args, String firstLine) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args.split(" "), new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
        new PrintStream(err, true, StandardCharsets.UTF_8), Locale.forLanguageTag(language));

    String text = err.toString(StandardCharsets.UTF_8);
    assertEquals(2, code, text);
    assertEquals(firstLine, text.lines().findFirst().orElseThrow(), text);
  }
}
