package dev.kansen.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.seeds.Limburg2018;
import dev.kansen.seeds.SHertogenbosch2021;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The showcase prints both seed programmes. */
class ShowcaseTest {
  @Test
  void mainPrintsBothSeedProgrammes() {
    String printed = StandardOutput.capture(() -> Showcase.main(new String[0]));

    assertTrue(printed.contains(Limburg2018.programme().title()));
    assertTrue(printed.contains(SHertogenbosch2021.programme().title()));
    assertTrue(printed.indexOf(Limburg2018.programme().title())
        < printed.indexOf(SHertogenbosch2021.programme().title()), "oldest article first");
  }

  @Test
  void printsWhatASummaryReaderLooksFor() {
    String printed = StandardOutput.capture(() -> Showcase.main(new String[0]));

    for (String expected : List.of(
        "GM0917  Heerlen         Limburg (PV31)",
        "GM0984  Venray          member by 2018-03-08",
        "GM0796  's-Hertogenbosch  member by 2021-01-28",
        "Provincie Limburg -> Gemeente Venray",
        "Provincie Limburg -> Gemeente Heerlen",
        "EUR 50,000.00",
        "planned 8 schools",
        "actual at least 40 professionals",
        "COALITION_MEETING         CLOSED",
        "funding partners without a recorded amount: Gemeente 's-Hertogenbosch")) {
      assertTrue(printed.contains(expected), () -> "missing \"" + expected + "\" in:\n" + printed);
    }
  }

  @Test
  void printsTheSameTextAsTheListings() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Showcase.print(List.of(Limburg2018.programme(), SHertogenbosch2021.programme()), out);

    assertEquals(ProgrammeListing.of(Limburg2018.programme()) + System.lineSeparator()
            + ProgrammeListing.of(SHertogenbosch2021.programme()),
        bytes.toString(StandardCharsets.UTF_8));
  }
}
