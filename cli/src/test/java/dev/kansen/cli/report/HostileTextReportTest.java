package dev.kansen.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.cli.Fixture;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import dev.kansen.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Document text that would spoof or break the report's page: bidirectional controls that reverse
 * what follows them, and a word longer than any line.
 */
class HostileTextReportTest {
  private static final ReportOptions OPTIONS = new ReportOptions(LocalDate.parse("2022-03-01"), 10, "kansen test");

  @Test
  void bidirectionalEmbeddingOverrideAndIsolateControlsFromADocumentDoNotReachThePage() {
    Programme fixture = Fixture.programme();
    List<Partner> partners = new ArrayList<>(fixture.partners());
    partners.set(0, Partner.builder().from(partners.get(0)).name("Gemeente \u2067Oïdium\u2069 \u202Bx\u202A\u202Cy").build());
    Programme programme = Programme.builder().from(fixture).title("Kansen \u202E0001 EUR\u202D café").partners(partners).build();

    String html = new ReportRenderer(OPTIONS).render(List.of(new ReportedProgramme(programme, ValidationReport.of(List.of()))));

    for (char c : "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069".toCharArray()) {
      assertEquals(-1, html.indexOf(c), () -> String.format("U+%04X is in the report", (int) c));
    }
    assertTrue(html.contains("Kansen \uFFFD0001 EUR\uFFFD café"), "each control is shown as U+FFFD, the letters kept");
    assertTrue(html.contains("Gemeente \uFFFDOïdium\uFFFD"), "a partner's name too");
  }

  @Test
  void escapeReplacesBidirectionalScopeControlsButKeepsMarksAndLetters() {
    assertEquals("a\uFFFDb\uFFFDc \u200Fd\u200E é", Html.escape("a\u202Eb\u2066c \u200Fd\u200E é"));
  }

  @Test
  void theStyleSheetLetsAWordLongerThanItsLineBreakInTextAndTables() {
    String html = new ReportRenderer(OPTIONS).render(List.of(
        new ReportedProgramme(Fixture.programme(), ValidationReport.of(List.of()))));

    // A 300-letter word in a title or table cell made the page 13,000 pixels wide in Chromium.
    assertTrue(html.contains("html { overflow-wrap: break-word; }"), "paragraphs, lists and headings break a long word");
    assertTrue(html.contains("td, th, caption { overflow-wrap: anywhere; }"),
        "table cells may break a long word, so that a table fits its page");
  }
}
