package dev.kansen.examples.integration.schoolregister;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A register file, read row by row: its encoding and header are kept, each data row is handed to
 * a consumer as soon as it is parsed and then dropped, so reading a file costs memory for its bytes
 * and one row, not for all its rows. Parsing uses jackson-dataformat-csv with DUO's dialect:
 * semicolon-separated, double quotes around values that need them, a header row. Blank lines are
 * skipped. A row's own faults (a field too many, a bad code, a value too long) are left to the
 * consumer to report; only a file that is not such CSV at all fails here.
 *
 * @param source the file's name, for messages
 * @param charset the encoding detected
 * @param header the header row
 */
public record RegisterFile(String source, Charset charset, RegisterHeader header) {
  /**
   * jackson-dataformat-csv refuses values over 20,000,000 characters by default and would fail the
   * whole file; the file's size limit already bounds them, so a long value reaches the consumer,
   * which reports its row.
   */
  private static final CsvMapper CSV = CsvMapper.builder(CsvFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
          .build())
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .build();
  private static final CsvSchema DUO_DIALECT = CsvSchema.emptySchema().withColumnSeparator(';').withoutHeader();

  /**
   * Decodes and parses a register file, handing each data row to {@code rows} in file order.
   *
   * @param source the file's name, for messages
   * @param bytes the file's content
   * @param rows receives each data row
   * @return the file's encoding and header
   * @throws RegisterReadException when the encoding is unknown or mixed, the CSV is malformed (an
   *     unclosed quote), the file is empty, or a required column is missing
   */
  public static RegisterFile read(String source, byte[] bytes, Consumer<RegisterRow> rows) throws RegisterReadException {
    TextDecoding.Encoding encoding;
    try {
      encoding = TextDecoding.detect(bytes);
    } catch (TextDecoding.MixedEncodingException e) {
      throw new RegisterReadException(source + ": " + e.getMessage(), e);
    } catch (CharacterCodingException e) {
      throw new RegisterReadException(source + ": the file is neither UTF-8 nor Windows-1252 text", e);
    }
    RegisterHeader header = null;
    try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class).with(DUO_DIALECT)
        .readValues(TextDecoding.reader(bytes, encoding))) {
      // The parser's own locations lag behind by a record, so lines are counted here: each record
      // ends one line, and a quoted value adds the line breaks it holds.
      long line = 1;
      while (it.hasNextValue()) {
        List<String> fields = it.nextValue();
        long start = line;
        line += 1 + fields.stream().mapToLong(RegisterFile::lineBreaks).sum();
        if (fields.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (header == null) {
          List<String> names = fields.stream().map(String::strip).toList();
          header = new RegisterHeader(names, columnIndexes(source, names));
        } else {
          rows.accept(row(start, fields, header));
        }
      }
    } catch (RegisterReadException e) {
      throw e;
    } catch (CharacterCodingException e) {
      throw new RegisterReadException(source + ": the file is neither UTF-8 nor Windows-1252 text", e);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new RegisterReadException(source + ": not readable as semicolon-separated CSV" + where + ": "
          + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new RegisterReadException(source + ": cannot be read: " + e.getMessage(), e);
    }
    if (header == null) {
      throw new RegisterReadException(source + ": the file is empty; expected a header row with "
          + DuoColumn.requiredColumns().stream().map(DuoColumn::header).toList(), null);
    }
    return new RegisterFile(source, encoding.charset(), header);
  }

  private static long lineBreaks(String value) {
    long breaks = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
        breaks++;
      }
    }
    return breaks;
  }

  private static Map<DuoColumn, Integer> columnIndexes(String source, List<String> header) throws RegisterReadException {
    Map<String, Integer> byName = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).toUpperCase(Locale.ROOT);
      if (byName.putIfAbsent(name, i) != null && isKnown(name)) {
        throw new RegisterReadException(source + ": the header names column \"" + header.get(i) + "\" twice", null);
      }
    }
    Map<DuoColumn, Integer> columns = new EnumMap<>(DuoColumn.class);
    List<String> missing = new ArrayList<>();
    for (DuoColumn column : DuoColumn.values()) {
      Integer index = byName.get(column.header());
      if (index != null) {
        columns.put(column, index);
      } else if (column.required()) {
        missing.add(column.header());
      }
    }
    if (!missing.isEmpty()) {
      throw new RegisterReadException(source + ": the header lacks the column(s) " + missing
          + "; it has " + header + " (is the file semicolon-separated, in DUO's layout?)", null);
    }
    return columns;
  }

  private static boolean isKnown(String name) {
    for (DuoColumn column : DuoColumn.values()) {
      if (column.header().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static RegisterRow row(long line, List<String> fields, RegisterHeader header) {
    Map<DuoColumn, String> values = new EnumMap<>(DuoColumn.class);
    header.columns().forEach((column, index) -> {
      if (index < fields.size()) {
        values.put(column, fields.get(index).strip());
      }
    });
    return new RegisterRow(line, fields.size(), values, header);
  }
}
