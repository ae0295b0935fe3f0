package dev.kansen.examples.integration.schoolregister;

import dev.kansen.examples.integration.AtomicOutput;
import dev.kansen.json.KansenJson;
import dev.kansen.json.KansenJsonException;
import dev.kansen.model.InvalidValueException;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Programme;
import dev.kansen.model.id.MunicipalityCode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Command-line example: merges the schools of one municipality from a DUO register file into a
 * programme document and writes the result.
 *
 * <pre>
 * SchoolRegisterImportExample PROGRAMME.json REGISTER.csv GM0796 OUTPUT.json [PRIMARY_SCHOOL|SECONDARY_SCHOOL|SPECIAL_SCHOOL]
 * </pre>
 *
 * <p>Exits 0 when the import ran (skipped rows are listed, at most {@value #PROBLEMS_SHOWN} per
 * code, and counted), 1 when the programme or the register cannot be read or the output cannot be
 * written (the output is then untouched), 2 on wrong arguments.
 */
public final class SchoolRegisterImportExample {
  static final int PROBLEMS_SHOWN = 5;

  private SchoolRegisterImportExample() {}

  /**
   * Runs the example; exits with a non-zero status when it fails.
   *
   * @param args programme file, register file, municipality code, output file and optionally the school type
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
   * @param args programme file, register file, municipality code, output file and optionally the school type
   * @param out where the summary goes
   * @param err where problems go
   * @return the exit status: 0 done, 1 failed, 2 wrong arguments
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length < 4 || args.length > 5) {
      err.println("usage: SchoolRegisterImportExample PROGRAMME.json REGISTER.csv GMxxxx OUTPUT.json"
          + " [PRIMARY_SCHOOL|SECONDARY_SCHOOL|SPECIAL_SCHOOL]");
      return 2;
    }
    SchoolRegisterImport importer;
    try {
      importer = SchoolRegisterImport.forMunicipality(MunicipalityCode.of(args[2]));
      if (args.length == 5) {
        importer = importer.withSchoolType(OrganisationType.valueOf(args[4]));
      }
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    KansenJson json = KansenJson.strict();
    Path programmeFile = Path.of(args[0]);
    Path output = Path.of(args[3]);
    try {
      Programme programme = json.read(programmeFile);
      ImportResult result = importer.importInto(programme, Path.of(args[1]));
      Path temp = AtomicOutput.prepare(output, o -> json.write(result.programme(), o));
      AtomicOutput.commit(temp, output);
      report(result, out, err);
      out.println("wrote " + output);
      return 0;
    } catch (KansenJsonException e) {
      err.println("error: " + programmeFile + " is not a programme document:");
      e.violations().forEach(v -> err.println("  " + v));
      return 1;
    } catch (InvalidValueException e) {
      err.println("error: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }

  private static void report(ImportResult result, PrintStream out, PrintStream err) {
    Map<String, List<RowProblem>> byCode = new TreeMap<>();
    result.problems().forEach(p -> byCode.computeIfAbsent(p.code(), c -> new ArrayList<>()).add(p));
    result.skippedByCode().forEach((code, count) -> {
      List<RowProblem> kept = byCode.getOrDefault(code, List.of());
      kept.stream().limit(PROBLEMS_SHOWN).forEach(p -> err.println("skipped " + p));
      long shown = Math.min(kept.size(), PROBLEMS_SHOWN);
      if (count > shown) {
        err.println("skipped " + (count - shown) + (shown > 0 ? " more" : "") + " row(s) with " + code);
      }
    });
    out.println("added " + result.added().size() + " partner(s), " + result.alreadyPresent()
        + " already present, " + result.skippedRows() + " row(s) skipped");
  }
}
