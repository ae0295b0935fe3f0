package dev.kansen.examples.integration.schoolregister;

import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import java.util.List;

/**
 * What a school-register import produced: the programme with the new partners merged in, the
 * partners added, how many imported organisations the programme already had, and the rows skipped.
 *
 * @param programme the programme with the new partners appended after the existing ones
 * @param added the partners added, boards first, in file order
 * @param alreadyPresent how many boards and schools from the file the programme already held
 * @param problems the rows skipped, in file order
 */
public record ImportResult(Programme programme, List<Partner> added, int alreadyPresent, List<RowProblem> problems) {
  /** Copies the lists. */
  public ImportResult {
    added = List.copyOf(added);
    problems = List.copyOf(problems);
  }
}
