package dev.kansen.examples.integration.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.kansen.model.Intervention;
import dev.kansen.model.Programme;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.testing.Seeds;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the interventions CSV over generated programmes with hostile titles. */
class InterventionCsvPropertiesTest {
  static Stream<Arguments> cases() {
    return Seeds.cases();
  }

  /** Characters that break naive CSV: separators of both dialects, quotes, line breaks, formula starters. */
  private static final String ALPHABET = "ab ;,\"'\r\n\t=+-@é€ë";

  private static String hostile(SplittableRandom random) {
    StringBuilder b = new StringBuilder();
    int length = 1 + random.nextInt(12);
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString().isBlank() ? b.append('x').toString() : b.toString();
  }

  private static Programme withHostileTitles(Programme programme, SplittableRandom random) {
    return Programme.builder().from(programme)
        .title(hostile(random))
        .interventions(programme.interventions().stream()
            .map(i -> Intervention.builder().from(i).title(hostile(random)).build())
            .toList())
        .build();
  }

  private static List<List<String>> parse(byte[] csv, char separator) throws Exception {
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    String text = new String(csv, StandardCharsets.UTF_8).substring(1);
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
        .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(text)) {
      return it.readAll();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void everyInterventionReadsBackFromTheCsvFieldForField(long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    Programme programme = withHostileTitles(ProgrammeGenerator.programme(random), random);
    CsvDialect dialect = random.nextBoolean() ? CsvDialect.RFC_4180 : CsvDialect.EXCEL_NL;
    List<InterventionRow> rows = InterventionRow.of(programme);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    InterventionCsv.of(dialect).write(rows, out);

    List<List<String>> read = parse(out.toByteArray(), dialect.separator());
    assertEquals(programme.interventions().size() + 1, read.size(), Seeds.describe(seed));
    for (int i = 0; i < rows.size(); i++) {
      InterventionRow row = rows.get(i);
      List<String> fields = read.get(i + 1);
      assertEquals(InterventionCsv.COLUMNS.size(), fields.size(), Seeds.describe(seed));
      assertEquals(InterventionCsv.text(row.programmeTitle()), fields.get(1), Seeds.describe(seed));
      assertEquals(row.interventionId(), fields.get(4), Seeds.describe(seed));
      assertEquals(InterventionCsv.text(row.interventionTitle()), fields.get(5), Seeds.describe(seed));
      assertEquals(row.fundingAllocated().toPlainString(), fields.get(12).replace(dialect.decimalSeparator(), '.'),
          Seeds.describe(seed));
    }
  }
}
