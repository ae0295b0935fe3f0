package dev.kansen.examples.integration.dashboard;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command-line example: exports programme files for a dashboard.
 *
 * <pre>
 * DashboardExportExample OUTPUT.jsonl OUTPUT.csv [--excel-nl] PROGRAMME.json...
 * </pre>
 *
 * <p>{@code --excel-nl} writes the CSV in the dialect Dutch Excel opens directly (semicolons,
 * decimal comma); without it the CSV is RFC 4180. Exits 0 when both files were written, 1 when
 * the export failed (no output changed), 2 on wrong arguments.
 */
public final class DashboardExportExample {
  private DashboardExportExample() {}

  /**
   * Runs the example; exits with a non-zero status when it fails.
   *
   * @param args the JSON Lines output, the CSV output, optionally {@code --excel-nl}, and the programme files
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the example.
   *
   * @param args the JSON Lines output, the CSV output, optionally {@code --excel-nl}, and the programme files
   * @param out where the summary goes
   * @param err where errors go
   * @return the exit status: 0 done, 1 failed, 2 wrong arguments
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> rest = new ArrayList<>(List.of(args));
    CsvDialect dialect = rest.remove("--excel-nl") ? CsvDialect.EXCEL_NL : CsvDialect.RFC_4180;
    if (rest.size() < 3) {
      err.println("usage: DashboardExportExample OUTPUT.jsonl OUTPUT.csv [--excel-nl] PROGRAMME.json...");
      return 2;
    }
    Path jsonLines = Path.of(rest.get(0));
    Path csv = Path.of(rest.get(1));
    List<Path> inputs = rest.subList(2, rest.size()).stream().map(Path::of).toList();
    try {
      DashboardExport.Summary summary = DashboardExport.of(dialect).export(inputs, jsonLines, csv);
      out.println("wrote " + summary.programmes() + " programme(s) to " + jsonLines + " and "
          + summary.interventions() + " intervention(s) to " + csv);
      return 0;
    } catch (ExportException e) {
      err.println("error: " + e.getMessage());
      err.println("nothing was written");
      return 1;
    }
  }
}
