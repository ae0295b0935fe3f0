package dev.kansen.json;

import dev.kansen.validation.Violation;
import java.util.List;
import java.util.Objects;

/**
 * A JSON document could not be read as a programme. Carries every problem found in one pass, in
 * path order ({@link Violation#ORDER}), each a {@link Violation} of severity ERROR with a stable code, the JSON Pointer
 * of the offending value, its line and column, and a message that never echoes long input.
 */
public final class KansenJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int LISTED = 10;

  /**
   * The violations. Transient because a {@link Violation} is not serializable: an exception that
   * crossed a Java serialization boundary keeps its message (which lists the first problems) and
   * reports no violations.
   */
  private final transient List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations what is wrong, at least one
   * @throws IllegalArgumentException when the list is empty
   */
  public KansenJsonException(List<Violation> violations) {
    super(summary(violations), null, false, false);
    this.violations = violations.stream().sorted(Violation.ORDER).toList();
  }

  private static String summary(List<Violation> violations) {
    Objects.requireNonNull(violations, "violations");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("A KansenJsonException needs at least one violation");
    }
    StringBuilder b = new StringBuilder("The JSON is not a readable programme: ")
        .append(violations.size()).append(violations.size() == 1 ? " problem" : " problems");
    violations.stream().sorted(Violation.ORDER).limit(LISTED).forEach(v -> b.append(System.lineSeparator())
        .append("  ").append(v).append(v.position().map(p -> " (at " + p + ")").orElse("")));
    if (violations.size() > LISTED) {
      b.append(System.lineSeparator()).append("  … and ").append(violations.size() - LISTED).append(" more");
    }
    return b.toString();
  }

  /** @return every problem found, in path order */
  public List<Violation> violations() {
    return violations == null ? List.of() : violations;
  }
}
