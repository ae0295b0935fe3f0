package dev.kansen.analysis;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Breakdown;
import dev.kansen.model.Observation;
import dev.kansen.validation.ValidationContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DisclosureTest {
  private static final Disclosure TEN = Disclosure.of(10);
  private static final Suppression NONE = Suppression.NONE;
  private static final Suppression SMALL = Suppression.SMALL_CELL;
  private static final Suppression COMPLEMENT = Suppression.COMPLEMENTARY;

  static Breakdown cell(String dimension, String category, String value, int pupils) {
    return Breakdown.builder().dimension(dimension).category(category).value(new BigDecimal(value)).pupils(pupils).build();
  }

  static Breakdown education(String category, String value, int pupils) {
    return cell(Breakdown.PARENTAL_EDUCATION, category, value, pupils);
  }

  static Observation figure(String value, int pupils, Breakdown... cells) {
    return Observation.builder().value(new BigDecimal(value)).pupils(pupils).addBreakdowns(cells).build();
  }

  private static List<Suppression> suppression(Observation figure) {
    return TEN.cells(figure).stream().map(PublishedCell::suppression).toList();
  }

  @Test
  void aFigureFromEnoughPupilsIsPublishedWhole() {
    Observation o = Observation.builder().value(new BigDecimal("24.5")).pupils(10).comment("CITO").build();
    assertEquals(new PublishedFigure(Optional.of(new BigDecimal("24.5")), OptionalInt.of(10), Optional.of("CITO"), NONE),
        TEN.figure(o));
  }

  @Test
  void aFigureFromTooFewPupilsHoldsNothingNotEvenItsComment() {
    Observation o = Observation.builder().value(new BigDecimal("24.5")).pupils(9).comment("3 of 9 pupils").build();
    PublishedFigure published = TEN.figure(o);
    assertAll(
        () -> assertTrue(published.suppressed()),
        () -> assertEquals(SMALL, published.suppression()),
        () -> assertEquals(Optional.empty(), published.value()),
        () -> assertEquals(OptionalInt.empty(), published.pupils()),
        () -> assertEquals(Optional.empty(), published.comment()));
  }

  @Test
  void aFigureThatStatesNoPupilsIsPublished() {
    Observation target = Observation.builder().value(new BigDecimal("30")).build();
    assertEquals(NONE, TEN.figure(target).suppression());
  }

  @Test
  void cellsFromEnoughPupilsAreAllPublished() {
    Observation o = figure("20", 60, education("low", "30", 10), education("middle", "20", 20), education("high", "10", 30));
    assertEquals(List.of(NONE, NONE, NONE), suppression(o));
    assertEquals(TEN.cells(o).get(0),
        new PublishedCell(Breakdown.PARENTAL_EDUCATION, "low", Optional.of(new BigDecimal("30")), OptionalInt.of(10), NONE));
  }

  @Test
  void oneSmallCellTakesTheSmallestOtherCellWithIt() {
    Observation o = figure("20", 89, education("low", "30", 4), education("middle", "20", 50), education("high", "10", 35));
    assertEquals(List.of(SMALL, NONE, COMPLEMENT), suppression(o));
    PublishedCell high = TEN.cells(o).get(2);
    assertEquals(Optional.empty(), high.value());
    assertEquals(OptionalInt.empty(), high.pupils());
  }

  @Test
  void theFirstOfEquallySmallCellsIsTheComplement() {
    Observation o = figure("20", 84, education("low", "30", 4), education("middle", "20", 40), education("high", "10", 40));
    assertEquals(List.of(SMALL, COMPLEMENT, NONE), suppression(o));
  }

  @Test
  void twoSmallCellsThatTogetherStayBelowTheThresholdTakeAThirdWithThem() {
    Observation o = figure("20", 507, education("low", "30", 3), education("middle", "20", 4),
        education("high", "10", 500));
    assertEquals(List.of(SMALL, SMALL, COMPLEMENT), suppression(o));
  }

  @Test
  void twoSmallCellsThatTogetherReachTheThresholdNeedNoComplement() {
    Observation o = figure("20", 116, education("low", "30", 8), education("middle", "20", 8),
        education("high", "10", 100));
    assertEquals(List.of(SMALL, SMALL, NONE), suppression(o));
  }

  @Test
  void aCellOfExactlyTheThresholdIsPublishedAndOneBelowItIsNot() {
    Observation o = figure("20", 19, cell("gender", "girls", "30", 10), cell("gender", "boys", "10", 9));
    assertEquals(List.of(COMPLEMENT, SMALL), suppression(o));
    assertEquals(List.of(NONE, NONE), Disclosure.of(9).cells(o).stream().map(PublishedCell::suppression).toList());
  }

  @Test
  void aCellWithAnUnknownPupilCountIsSuppressed() {
    Breakdown unknown = Breakdown.builder().dimension(Breakdown.PARENTAL_EDUCATION).category("low")
        .value(new BigDecimal("30")).build();
    Observation o = figure("20", 100, unknown, education("middle", "20", 50), education("high", "10", 50));
    assertEquals(List.of(SMALL, COMPLEMENT, NONE), suppression(o));
  }

  @Test
  void everyCellOfASuppressedFigureIsSuppressed() {
    Observation o = figure("20", 8, education("low", "30", 40), education("high", "10", 40));
    assertEquals(List.of(SMALL, SMALL), suppression(o));
  }

  @Test
  void aDimensionOfOneSmallCellHasNothingToComplementIt() {
    Observation o = Observation.builder().value(new BigDecimal("5")).addBreakdowns(cell("region", "north", "5", 3)).build();
    assertEquals(List.of(SMALL), suppression(o));
  }

  @Test
  void dimensionsAreProtectedEachOnTheirOwn() {
    Observation o = figure("20", 60, education("low", "30", 5), education("middle", "20", 25), education("high", "10", 30),
        cell("gender", "girls", "25", 30), cell("gender", "boys", "15", 30));
    assertAll(
        () -> assertEquals(List.of(SMALL, COMPLEMENT, NONE, NONE, NONE), suppression(o)),
        () -> assertEquals(List.of(Breakdown.PARENTAL_EDUCATION, "gender"), TEN.dimensions(o)),
        () -> assertEquals(List.of("girls", "boys"),
            TEN.cells(o, "gender").stream().map(PublishedCell::category).toList()),
        () -> assertEquals(List.of(), TEN.cells(o, "region")));
  }

  @Test
  void aCellWithoutAValueButEnoughPupilsIsPublishedWithoutAValue() {
    Breakdown withheldAtSource = Breakdown.builder().dimension("gender").category("boys").pupils(30).build();
    Observation o = figure("20", 60, cell("gender", "girls", "25", 30), withheldAtSource);
    PublishedCell boys = TEN.cells(o).get(1);
    assertEquals(NONE, boys.suppression());
    assertEquals(Optional.empty(), boys.value());
    assertEquals(OptionalInt.of(30), boys.pupils());
  }

  @Test
  void theThresholdIsAtLeastOnePupil() {
    assertAll(
        () -> assertThrows(IllegalArgumentException.class, () -> Disclosure.of(0)),
        () -> assertEquals(10, Disclosure.standard().threshold()),
        () -> assertEquals(25, Disclosure.of(ValidationContext.builder().asOf(LocalDate.of(2024, 1, 1))
            .smallCellThreshold(25).build()).threshold()));
  }

  @Test
  void aSuppressedFigureOrCellCannotHoldAValue() {
    assertAll(
        () -> assertThrows(IllegalArgumentException.class, () -> new PublishedFigure(Optional.of(BigDecimal.ONE),
            OptionalInt.empty(), Optional.empty(), SMALL)),
        () -> assertThrows(IllegalArgumentException.class, () -> new PublishedCell("gender", "boys", Optional.empty(),
            OptionalInt.of(3), COMPLEMENT)),
        () -> assertThrows(IllegalArgumentException.class, () -> new PublishedCell("gender", "boys", Optional.empty(),
            OptionalInt.empty(), NONE)),
        () -> assertThrows(IllegalArgumentException.class, () -> PublishedFigure.suppressed(NONE)));
  }

  @Test
  void pupilsTheCellsLeaveOutBelowTheThresholdTakeTheSmallestCellWithThem() {
    // 200 pupils at 31.5%, of whom 100 at 40% and 95 at 20%: the other 5 would be 0%.
    Observation leftOut = figure("31.5", 200, education("low", "40.0", 100), education("high", "20.0", 95));
    assertEquals(List.of(NONE, COMPLEMENT), suppression(leftOut));
  }

  @Test
  void pupilsTheCellsLeaveOutFromEnoughPupilsNeedNoComplement() {
    Observation leftOut = figure("31.5", 210, education("low", "40.0", 100), education("high", "20.0", 95));
    assertEquals(List.of(NONE, NONE), suppression(leftOut));
  }

  @Test
  void pupilsTheCellsLeaveOutCountWithASmallCell() {
    Observation leftOut = figure("31.5", 215, education("low", "40.0", 100), education("middle", "30.0", 100),
        education("high", "20.0", 5));
    assertEquals(List.of(NONE, NONE, SMALL), suppression(leftOut));
  }
}
