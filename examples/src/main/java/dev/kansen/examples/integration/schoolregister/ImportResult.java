package dev.kansen.examples.integration.schoolregister;

import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a school-register import produced: the programme with the new partners merged in, the
 * partners added, how many imported organisations the programme already had, and the rows skipped.
 *
 * <p>What is kept about skipped rows is bounded, however many there are: the first
 * {@value #PROBLEMS_KEPT} with their lines and messages, and a count per code of all of them.
 *
 * @param programme the programme with the new partners appended after the existing ones
 * @param added the partners added, boards first, in file order
 * @param alreadyPresent how many boards and schools from the file the programme already held
 * @param problems the first {@value #PROBLEMS_KEPT} rows skipped, in file order
 * @param skippedByCode how many rows were skipped, by code, in the order of the codes
 */
public record ImportResult(Programme programme, List<Partner> added, int alreadyPresent, List<RowProblem> problems,
    Map<String, Long> skippedByCode) {
  /** How many skipped rows are kept with their line and message. */
  public static final int PROBLEMS_KEPT = 100;

  /** Copies the lists and the map. */
  public ImportResult {
    added = List.copyOf(added);
    problems = List.copyOf(problems);
    skippedByCode = Collections.unmodifiableMap(new TreeMap<>(skippedByCode));
  }

  /** @return how many rows were skipped in all */
  public long skippedRows() {
    return skippedByCode.values().stream().mapToLong(Long::longValue).sum();
  }
}
