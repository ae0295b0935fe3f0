package dev.kansen.model;

import static dev.kansen.testing.ModelAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** AgeRange, Reach and TargetGroup. */
class SmallValuesTest {

  @Test
  void ageRangesSpanZeroToTwentySeven() {
    assertEquals("2..4", AgeRange.of(2, 4).toString());
    assertEquals(AgeRange.of(0, 27), new AgeRange(0, AgeRange.MAX_AGE));
    assertEquals(AgeRange.of(5, 5), AgeRange.of(5, 5));
  }

  @Test
  void ageRangeBoundsAreChecked() {
    assertInvalid(() -> AgeRange.of(-1, 4), "INVALID_AGE_RANGE", "min", "0 <= min <= max <= 27, but was -1..4");
    assertInvalid(() -> AgeRange.of(2, 28), "INVALID_AGE_RANGE", "max", "but was 2..28");
    assertInvalid(() -> AgeRange.of(6, 4), "INVALID_AGE_RANGE", "max", "but was 6..4");
  }

  @Test
  void reachCountsAreNotNegative() {
    assertEquals("8 SCHOOLS", Reach.of(8, ReachUnit.SCHOOLS).toString());
    assertEquals(Reach.of(0, ReachUnit.CHILDREN), new Reach(0, ReachUnit.CHILDREN));
    assertInvalid(() -> Reach.of(-1, ReachUnit.CHILDREN), "NEGATIVE_COUNT", "count",
        "Reach.count must not be negative, but was -1");
    NullPointerException e = assertThrows(NullPointerException.class, () -> Reach.of(1, null));
    assertEquals("Reach.unit must not be null", e.getMessage());
  }

  @Test
  void targetGroupsHoldSchoolGroupsOneToEightInOrder() {
    TargetGroup group = TargetGroup.builder().addGroups(8, 1, 7).addSectors(EducationSector.PRIMARY).build();
    assertEquals(List.of(1, 7, 8), List.copyOf(group.groups()));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 9, -1, 12})
  void targetGroupsRejectOtherSchoolGroups(int bad) {
    assertInvalid(() -> TargetGroup.builder().addGroups(1, bad).build(), "INVALID_SCHOOL_GROUP", "groups",
        "TargetGroup.groups must hold school groups 1 to 8, but held " + bad);
  }

  @Test
  void targetGroupDescriptionsAreNotBlank() {
    assertInvalid(() -> TargetGroup.builder().description(" \t").build(), "BLANK_TEXT", "description",
        "TargetGroup.description must not be blank");
  }
}
