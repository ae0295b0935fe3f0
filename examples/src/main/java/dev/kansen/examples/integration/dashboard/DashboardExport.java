package dev.kansen.examples.integration.dashboard;

import dev.kansen.examples.integration.AtomicOutput;
import dev.kansen.json.KansenJson;
import dev.kansen.json.KansenJsonException;
import dev.kansen.json.ProgrammeSequenceWriter;
import dev.kansen.model.Programme;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Exports several programme files for a dashboard: one JSON Lines file with a programme per line
 * (compact canonical JSON, for a data pipeline) and one flat CSV with an intervention per row (for a
 * spreadsheet or BI tool; see {@link InterventionCsv}).
 *
 * <p>The export is all or nothing. Every input is read first; a file that cannot be read, is not a
 * programme document, or repeats another file's programme id fails the whole export with a
 * message naming the file. Both outputs are then written to temporary files and moved into place
 * only when both are complete, so a failure never leaves a half-written output behind.
 *
 * <p>Inputs are read leniently: a programme written by a newer kansen keeps the properties this
 * version does not know, and they appear in the JSON Lines output unchanged.
 */
public final class DashboardExport {
  private final KansenJson json = KansenJson.lenient();
  private final CsvDialect dialect;

  private DashboardExport(CsvDialect dialect) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
  }

  /**
   * @param dialect the CSV dialect for the interventions file
   * @return an export
   */
  public static DashboardExport of(CsvDialect dialect) {
    return new DashboardExport(dialect);
  }

  /**
   * What an export wrote.
   *
   * @param programmes how many programmes were written to the JSON Lines file
   * @param interventions how many intervention rows were written to the CSV file
   */
  public record Summary(int programmes, int interventions) {}

  /**
   * Reads the programme files and writes the two outputs.
   *
   * @param inputs the programme files, in the order to export them
   * @param jsonLines the JSON Lines file to write
   * @param csv the CSV file to write
   * @return how much was written
   * @throws ExportException when an input is bad or an output cannot be written; no output was changed
   */
  public Summary export(List<Path> inputs, Path jsonLines, Path csv) throws ExportException {
    List<Programme> programmes = read(inputs);
    List<InterventionRow> rows = new ArrayList<>();
    for (int i = 0; i < programmes.size(); i++) {
      try {
        rows.addAll(InterventionRow.of(programmes.get(i)));
      } catch (IllegalArgumentException e) {
        throw new ExportException(inputs.get(i) + ": " + e.getMessage(), e);
      }
    }
    Path jsonLinesTemp = null;
    Path csvTemp = null;
    try {
      jsonLinesTemp = prepare(jsonLines, out -> {
        try (ProgrammeSequenceWriter writer = json.writeLines(out)) {
          for (Programme programme : programmes) {
            writer.write(programme);
          }
        }
      });
      csvTemp = prepare(csv, out -> InterventionCsv.of(dialect).write(rows, out));
      commit(csvTemp, csv);
      csvTemp = null;
      commit(jsonLinesTemp, jsonLines);
      jsonLinesTemp = null;
    } finally {
      AtomicOutput.discard(jsonLinesTemp);
      AtomicOutput.discard(csvTemp);
    }
    return new Summary(programmes.size(), rows.size());
  }

  private List<Programme> read(List<Path> inputs) throws ExportException {
    if (inputs.isEmpty()) {
      throw new ExportException("no programme files given", null);
    }
    List<Programme> programmes = new ArrayList<>(inputs.size());
    Map<String, Path> seen = new HashMap<>();
    for (Path input : inputs) {
      Programme programme;
      try {
        programme = json.read(input);
      } catch (KansenJsonException e) {
        throw new ExportException(input + ": not a programme document: " + describe(e), e);
      } catch (IOException e) {
        throw new ExportException(input + ": cannot be read: " + e, e);
      }
      Path earlier = seen.putIfAbsent(programme.id(), input);
      if (earlier != null) {
        throw new ExportException(input + ": programme id " + programme.id() + " is also the id of " + earlier
            + "; a dashboard would count it twice", null);
      }
      programmes.add(programme);
    }
    return programmes;
  }

  private static String describe(KansenJsonException e) {
    if (e.violations().isEmpty()) {
      return e.getMessage();
    }
    String first = e.violations().get(0).toString();
    int more = e.violations().size() - 1;
    return more == 0 ? first : first + " (and " + more + " more)";
  }

  private static Path prepare(Path target, AtomicOutput.Content content) throws ExportException {
    try {
      return AtomicOutput.prepare(target, content);
    } catch (IOException e) {
      throw new ExportException(target + ": cannot be written: " + e, e);
    }
  }

  private static void commit(Path temp, Path target) throws ExportException {
    try {
      AtomicOutput.commit(temp, target);
    } catch (IOException e) {
      throw new ExportException(target + ": cannot be written: " + e, e);
    }
  }
}
