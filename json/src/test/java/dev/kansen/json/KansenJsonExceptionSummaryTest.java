package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Position;
import dev.kansen.validation.Severity;
import dev.kansen.validation.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exception's message is a summary a person reads: how many problems, the first ten in path
 * order with their line and column, and how many more there are.
 */
class KansenJsonExceptionSummaryTest {
  private static final String NL = System.lineSeparator();

  private static Violation problem(int index) {
    return Violation.builder().code("INVALID_DATE").severity(Severity.ERROR)
        .path(JsonPointer.of("partners", index)).message("bad " + index).build();
  }

  private static List<Violation> problems(int count) {
    List<Violation> list = new ArrayList<>();
    for (int i = count - 1; i >= 0; i--) {
      list.add(problem(i));
    }
    return list;
  }

  @Test
  void oneProblemIsOneProblemWithItsLineAndColumn() {
    Violation placed = Violation.builder().from(problem(0)).position(new Position(3, 14)).build();
    assertEquals("The JSON is not a readable programme: 1 problem" + NL
        + "  /partners/0 ERROR INVALID_DATE: bad 0 (at 3:14)", new KansenJsonException(List.of(placed)).getMessage());
  }

  @Test
  void aProblemWithoutAPositionHasNoPlaceInItsLine() {
    assertEquals("The JSON is not a readable programme: 2 problems" + NL
        + "  /partners/0 ERROR INVALID_DATE: bad 0" + NL
        + "  /partners/1 ERROR INVALID_DATE: bad 1", new KansenJsonException(problems(2)).getMessage());
  }

  @Test
  void tenProblemsAreAllListedInPathOrder() {
    KansenJsonException e = new KansenJsonException(problems(10));
    String[] lines = e.getMessage().split(NL, -1);
    assertEquals(11, lines.length, e.getMessage());
    assertEquals("The JSON is not a readable programme: 10 problems", lines[0]);
    assertEquals("  /partners/9 ERROR INVALID_DATE: bad 9", lines[10]);
    List<Violation> inPathOrder = new ArrayList<>(problems(10));
    Collections.reverse(inPathOrder);
    assertEquals(inPathOrder, e.violations(), "violations in path order");
  }

  @Test
  void beyondTenTheRestIsCounted() {
    String[] lines = new KansenJsonException(problems(12)).getMessage().split(NL, -1);
    assertEquals(12, lines.length);
    assertEquals("The JSON is not a readable programme: 12 problems", lines[0]);
    assertEquals("  /partners/9 ERROR INVALID_DATE: bad 9", lines[10]);
    assertEquals("  \u2026 and 2 more", lines[11]);
    String[] eleven = new KansenJsonException(problems(11)).getMessage().split(NL, -1);
    assertEquals("  \u2026 and 1 more", eleven[11]);
  }

  @Test
  void anEmptyListIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new KansenJsonException(List.of()));
    assertTrue(e.getMessage().contains("at least one violation"), e.getMessage());
  }
}
