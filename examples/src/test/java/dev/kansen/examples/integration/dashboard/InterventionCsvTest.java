package dev.kansen.examples.integration.dashboard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.kansen.examples.integration.Fixtures;
import dev.kansen.model.Allocation;
import dev.kansen.model.DateRange;
import dev.kansen.model.Grant;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.InterventionType;
import dev.kansen.model.Money;
import dev.kansen.model.Programme;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterventionCsvTest {
  static Programme withInterventions() {
    return Programme.builder().from(Fixtures.bossche())
        .addInterventions(Intervention.builder()
            .id("zomerschool")
            .title("Zomerschool \"Samen\", groep 8; 2021")
            .type(InterventionType.SUMMER_SCHOOL)
            .lead("gemeente-den-bosch")
            .planned(DateRange.of("2021-07-19", "2021-08-27"))
            .actualStart(LocalDate.parse("2021-07-26"))
            .actualEnd(LocalDate.parse("2021-08-27"))
            .status(InterventionStatus.CLOSED)
            .build())
        .addInterventions(Intervention.builder()
            .id("formule")
            .title("=HYPERLINK(\"http://example.invalid\")")
            .type(InterventionType.OTHER)
            .lead("gemeente-den-bosch")
            .planned(DateRange.of("2021-09-01", "2021-12-31"))
            .status(InterventionStatus.PIPELINE)
            .build())
        .addGrants(Grant.builder()
            .id("subsidie-1")
            .funder("gemeente-den-bosch")
            .recipient("gemeente-den-bosch")
            .amount(Money.eur("60000"))
            .period(DateRange.of("2021-01-01", "2021-12-31"))
            .addAllocations(Allocation.of("zomerschool", Money.eur("40000.50")))
            .build())
        .addGrants(Grant.builder()
            .id("subsidie-2")
            .funder("gemeente-den-bosch")
            .recipient("gemeente-den-bosch")
            .amount(Money.eur("10000"))
            .period(DateRange.of("2021-01-01", "2021-12-31"))
            .addAllocations(Allocation.of("zomerschool", Money.eur("9999.50")))
            .build())
        .build();
  }

  private static List<List<String>> parse(byte[] csv, char separator) throws Exception {
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
        .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(text)) {
      return it.readAll();
    }
  }

  @Test
  void rowsSumTheAllocationsOfAllGrantsAndTakeTheProgrammesOnlyMunicipality() {
    List<InterventionRow> rows = InterventionRow.of(withInterventions());

    assertEquals(2, rows.size());
    InterventionRow zomerschool = rows.get(0);
    assertEquals(new BigDecimal("50000.00"), zomerschool.fundingAllocated());
    assertEquals("GM0796", zomerschool.municipality().orElseThrow().value());
    assertEquals("'s-Hertogenbosch", zomerschool.municipalityName().orElseThrow());
    assertEquals(new BigDecimal("0.00"), rows.get(1).fundingAllocated());
  }

  @Test
  void writesAUtf8BomHeaderAndQuotedRowsThatReadBackExactly() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InterventionCsv.of(CsvDialect.RFC_4180).write(InterventionRow.of(withInterventions()), out);
    byte[] csv = out.toByteArray();

    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
    List<List<String>> rows = parse(csv, ',');
    assertEquals(InterventionCsv.COLUMNS, rows.get(0));
    assertEquals(List.of("gka-bossche-test", "Gelijke kansen 's-Hertogenbosch (test)", "GM0796", "'s-Hertogenbosch",
        "zomerschool", "Zomerschool \"Samen\", groep 8; 2021", "SUMMER_SCHOOL", "CLOSED", "2021-07-19", "2021-08-27",
        "2021-07-26", "2021-08-27", "50000.00"), rows.get(1));
    assertEquals(List.of("gka-bossche-test", "Gelijke kansen 's-Hertogenbosch (test)", "GM0796", "'s-Hertogenbosch",
        "formule", "'=HYPERLINK(\"http://example.invalid\")", "OTHER", "PIPELINE", "2021-09-01", "2021-12-31", "", "",
        "0.00"), rows.get(2));
    assertEquals(3, rows.size());
    String text = new String(csv, StandardCharsets.UTF_8);
    assertEquals(3, text.split("\r\n", -1).length - 1, "every line ends with CRLF");
  }

  @Test
  void theDutchExcelDialectUsesSemicolonsAndADecimalComma() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InterventionCsv.of(CsvDialect.EXCEL_NL).write(InterventionRow.of(withInterventions()), out);

    List<List<String>> rows = parse(out.toByteArray(), ';');
    assertEquals("Zomerschool \"Samen\", groep 8; 2021", rows.get(1).get(5));
    assertEquals("50000,00", rows.get(1).get(12));
  }

  @Test
  void allocationsInAnotherCurrencyAreRefusedRatherThanSummedAsEuros() {
    Programme programme = Programme.builder().from(withInterventions())
        .addGrants(Grant.builder()
            .id("dollars")
            .funder("gemeente-den-bosch")
            .recipient("gemeente-den-bosch")
            .amount(Money.of(new BigDecimal("5"), "USD"))
            .period(DateRange.of("2021-01-01", "2021-12-31"))
            .addAllocations(Allocation.of("zomerschool", Money.of(new BigDecimal("5"), "USD")))
            .build())
        .build();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InterventionRow.of(programme));
    assertEquals("grant dollars allocates USD 5.00 to intervention zomerschool; the dashboard export sums euros only",
        e.getMessage());
  }
}
