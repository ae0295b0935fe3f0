package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code -} given twice is refused by every command that takes files, as {@code report} does: the
 * second used to read the exhausted standard input as an empty document (EMPTY_DOCUMENT), which
 * blamed the document.
 */
class StandardInputOnceTest {

  @ParameterizedTest
  @ValueSource(strings = {"validate", "convert"})
  void standardInputGivenTwiceIsOneLineAndExitTwo(String command) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    byte[] programme = dev.kansen.json.KansenJson.strict().write(Fixture.programme()).getBytes(StandardCharsets.UTF_8);

    int code = Main.run(new String[] {"--lang", "nl", command, "-", "-"}, new ByteArrayInputStream(programme), out,
        new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH);

    assertEquals(2, code, err::toString);
    assertEquals("kansen " + command + ": de standaardinvoer (-) kan maar één keer worden gelezen\n",
        err.toString(StandardCharsets.UTF_8));
    assertEquals(0, out.size(), "nothing is written");
  }
}
