package dev.kansen.examples.integration.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.kansen.examples.integration.Fixtures;
import dev.kansen.model.DateRange;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.InterventionType;
import dev.kansen.model.Programme;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OWASP's CSV injection guidance: a cell that starts with {@code = + - @}, a tab or a carriage
 * return is taken for a formula by some spreadsheet, so it must reach the file behind an apostrophe.
 * One case per dangerous lead character, written through the whole export and read back.
 */
class CsvInjectionTest {

  private static Programme titled(String title) {
    return Programme.builder().from(Fixtures.bossche())
        .addInterventions(Intervention.builder()
            .id("aanval")
            .title(title)
            .type(InterventionType.OTHER)
            .lead("gemeente-den-bosch")
            .planned(DateRange.of("2021-09-01", "2021-12-31"))
            .status(InterventionStatus.PIPELINE)
            .build())
        .build();
  }

  private static String writtenTitle(String title, CsvDialect dialect) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InterventionCsv.of(dialect).write(InterventionRow.of(titled(title)), out);
    byte[] csv = out.toByteArray();
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
        .with(CsvSchema.emptySchema().withColumnSeparator(dialect.separator())).readValues(text)) {
      List<List<String>> rows = it.readAll();
      return rows.get(1).get(InterventionCsv.COLUMNS.indexOf("intervention_title"));
    }
  }

  @ParameterizedTest(name = "lead U+{0}")
  @ValueSource(ints = {'=', '+', '-', '@', '\t', '\r', '\n', 0x00, 0xFF1D, 0xFF0B, 0xFF0D, 0xFF20})
  void aDangerousLeadCharacterGetsAnApostropheInTheFile(int lead) throws Exception {
    String payload = Character.toString(lead) + "cmd|' /C calc'!A0";
    for (CsvDialect dialect : CsvDialect.values()) {
      assertEquals("'" + payload, writtenTitle(payload, dialect), dialect.name());
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(CsvDialect.class)
  void harmlessTextIsWrittenAsItIs(CsvDialect dialect) throws Exception {
    assertEquals("Zomerschool 2021 = 6 weken", writtenTitle("Zomerschool 2021 = 6 weken", dialect));
    assertEquals("'s-Hertogenbosch", writtenTitle("'s-Hertogenbosch", dialect));
  }
}
