package dev.kansen.examples.integration.dashboard;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Writes {@link InterventionRow}s as a flat CSV a spreadsheet or BI tool opens directly: a header
 * row, one row per intervention, ISO dates ({@code 2021-01-27}), amounts at cent precision, UTF-8
 * with a byte order mark, CRLF line ends, and quotes only around values that need them (a
 * separator, a quote or a line break), placed by jackson-dataformat-csv.
 *
 * <p>Text that a spreadsheet would take for a formula gets a leading apostrophe, as OWASP advises
 * against CSV injection: programme files come from many hands, and a title should never run as a
 * formula on a policy officer's desk. The lead characters are those OWASP lists ({@code = + - @}, a
 * tab, a carriage return), a line feed and NUL (which some spreadsheets skip before reading the rest
 * as a formula), and the full-width forms of {@code = + - @} (which Excel in East Asian locales
 * reads as their ASCII originals).
 */
public final class InterventionCsv {
  /** The header, in column order. */
  public static final List<String> COLUMNS = List.of("programme_id", "programme_title", "municipality_code",
      "municipality_name", "intervention_id", "intervention_title", "type", "status", "planned_start",
      "planned_end", "actual_start", "actual_end", "funding_allocated_eur");

  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final CsvDialect dialect;

  private InterventionCsv(CsvDialect dialect) {
    this.dialect = dialect;
  }

  /**
   * @param dialect the separators to use
   * @return a writer in that dialect
   */
  public static InterventionCsv of(CsvDialect dialect) {
    return new InterventionCsv(dialect);
  }

  /**
   * Writes the header and the rows. The stream is flushed, not closed.
   *
   * @param rows the rows, in the order to write them
   * @param out where to write
   * @throws IOException when writing fails
   */
  public void write(Iterable<InterventionRow> rows, OutputStream out) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder()
        .setColumnSeparator(dialect.separator())
        .setLineSeparator("\r\n")
        .setUseHeader(true);
    COLUMNS.forEach(schema::addColumn);
    out.write(UTF8_BOM);
    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (SequenceWriter writer = CSV.writer(schema.build())
        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(text)) {
      for (InterventionRow row : rows) {
        writer.write(fields(row));
      }
    }
    text.flush();
  }

  private String[] fields(InterventionRow row) {
    return new String[] {
        row.programmeId(),
        text(row.programmeTitle()),
        row.municipality().map(Object::toString).orElse(""),
        row.municipalityName().map(InterventionCsv::text).orElse(""),
        row.interventionId(),
        text(row.interventionTitle()),
        row.type(),
        row.status(),
        date(row.plannedStart()),
        date(row.plannedEnd()),
        date(row.actualStart()),
        date(row.actualEnd()),
        row.fundingAllocated().toPlainString().replace('.', dialect.decimalSeparator())
    };
  }

  private static String date(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse("");
  }

  /** Characters that make a spreadsheet evaluate the cell they start. */
  private static final String FORMULA_LEADS = "=+-@\t\r\n\u0000\uFF1D\uFF0B\uFF0D\uFF20";

  /** Neutralises text a spreadsheet would evaluate as a formula. */
  static String text(String value) {
    if (!value.isEmpty() && FORMULA_LEADS.indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }
}
