package dev.kansen.json;

import com.fasterxml.jackson.core.JsonFactory;
import dev.kansen.json.internal.Locator;
import dev.kansen.json.internal.PositionTable;
import dev.kansen.model.Programme;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Position;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.ValidationReport;
import dev.kansen.validation.Validator;
import dev.kansen.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/** Validates a programme that was read and places each finding at its value in the source text. */
final class ValidatedReading {
  private ValidatedReading() {}

  /**
   * @param documents the factory to find positions with when the read recorded none
   * @param programme the programme read from {@code json}
   * @param json the document's UTF-8 bytes
   * @param positions where the read recorded the document's values; null, or not
   *     {@linkplain PositionTable#usable() usable}, when it did not, and the findings are then
   *     placed by reading the document again
   * @param validator the validator
   * @param context the date and thresholds to validate against
   * @return the programme and its report, findings positioned
   */
  static ValidatedProgramme validated(JsonFactory documents, Programme programme, byte[] json,
      PositionTable positions, Validator validator, ValidationContext context) {
    ValidationReport report = validator.validate(programme, context);
    if (report.violations().isEmpty()) {
      return new ValidatedProgramme(programme, report);
    }
    List<Violation> violations = report.violations();
    if (positions == null || !positions.usable()) {
      return new ValidatedProgramme(programme, ValidationReport.of(placed(documents, violations, json)));
    }
    List<Optional<Position>> found = positions.nearest(violations.stream().map(Violation::path).toList());
    List<Violation> placed = new ArrayList<>(violations.size());
    for (int i = 0; i < violations.size(); i++) {
      Violation v = violations.get(i);
      Optional<Position> at = found.get(i);
      placed.add(v.position().isPresent() || at.isEmpty() ? v : Violation.builder().from(v).position(at.get()).build());
    }
    return new ValidatedProgramme(programme, ValidationReport.of(placed));
  }

  /**
   * @param documents the factory to find positions with
   * @param violations findings at paths of the document
   * @param json the document's UTF-8 bytes
   * @return the findings, each without a position given the position of its value (or of the
   *     nearest enclosing value that exists)
   */
  static List<Violation> placed(JsonFactory documents, List<Violation> violations, byte[] json) {
    Map<JsonPointer, Position> found = Locator.locateAll(documents, json,
        Locator.withAncestors(violations.stream().map(Violation::path).toList()));
    return violations.stream()
        .map(v -> v.position().isPresent() ? v
            : Locator.nearest(found, v.path()).map(p -> Violation.builder().from(v).position(p).build()).orElse(v))
        .toList();
  }
}
