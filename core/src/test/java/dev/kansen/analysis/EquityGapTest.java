package dev.kansen.analysis;

import static dev.kansen.analysis.DisclosureTest.cell;
import static dev.kansen.analysis.DisclosureTest.education;
import static dev.kansen.analysis.DisclosureTest.figure;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kansen.model.Breakdown;
import dev.kansen.model.Observation;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EquityGapTest {
  private static final Disclosure TEN = Disclosure.of(10);
  private static final String EDUCATION = Breakdown.PARENTAL_EDUCATION;

  @Test
  void theGapBetweenTwoCategoriesIsTheExactDifference() {
    Observation o = figure("20", 90, education("low", "31.5", 30), education("middle", "20", 30),
        education("high", "12.25", 30));
    assertAll(
        () -> assertEquals(Optional.of(new EquityGap(EDUCATION, "low", "high", new BigDecimal("19.25"))),
            EquityGap.between(o, EDUCATION, "low", "high", TEN)),
        () -> assertEquals(Optional.of(new BigDecimal("-19.25")),
            EquityGap.between(o, EDUCATION, "high", "low", TEN).map(EquityGap::value)));
  }

  @Test
  void aGapInvolvingASmallCellIsNotComputed() {
    Observation o = figure("20", 89, education("low", "30", 4), education("middle", "20", 50), education("high", "10", 35));
    assertEquals(Optional.empty(), EquityGap.between(o, EDUCATION, "low", "middle", TEN));
  }

  @Test
  void aGapInvolvingAComplementaryCellIsNotComputed() {
    Observation o = figure("20", 89, education("low", "30", 4), education("middle", "20", 50), education("high", "10", 35));
    assertAll(
        () -> assertEquals(Optional.empty(), EquityGap.between(o, EDUCATION, "middle", "high", TEN)),
        () -> assertEquals(Optional.of(new BigDecimal("10")),
            EquityGap.between(o, EDUCATION, "middle", "high", Disclosure.of(4)).map(EquityGap::value)));
  }

  @Test
  void aGapWithAMissingDuplicatedOrValuelessCategoryIsNotComputed() {
    Observation o = figure("20", 120, education("low", "30", 30), education("high", "10", 30),
        cell("gender", "girls", "25", 30), cell("gender", "girls", "15", 30),
        Breakdown.builder().dimension("region").category("north").pupils(60).build(),
        cell("region", "south", "12", 60));
    assertAll(
        () -> assertEquals(Optional.empty(), EquityGap.between(o, EDUCATION, "low", "middle", TEN)),
        () -> assertEquals(Optional.empty(), EquityGap.between(o, "schoolAdvice", "havo", "vwo", TEN)),
        () -> assertEquals(Optional.empty(), EquityGap.between(o, "gender", "girls", "boys", TEN)),
        () -> assertEquals(Optional.empty(), EquityGap.between(o, "region", "north", "south", TEN)));
  }

  @Test
  void theRangeRunsFromTheHighestToTheLowestCategory() {
    Observation o = figure("20", 90, education("low", "12", 30), education("middle", "31", 30), education("high", "20", 30));
    assertEquals(Optional.of(new EquityGap(EDUCATION, "middle", "low", new BigDecimal("19"))),
        EquityGap.range(o, EDUCATION, TEN));
  }

  @Test
  void theRangeOfEqualValuesIsZeroBetweenTheFirstCategory() {
    Observation o = figure("20", 60, cell("gender", "girls", "20", 30), cell("gender", "boys", "20.0", 30));
    assertEquals(Optional.of(new EquityGap("gender", "girls", "girls", BigDecimal.ZERO)),
        EquityGap.range(o, "gender", TEN));
  }

  @Test
  void noRangeIsComputedWhenACellIsWithheldOrThereIsOnlyOne() {
    Observation withheld = figure("20", 89, education("low", "30", 4), education("middle", "20", 50),
        education("high", "10", 35));
    Observation one = figure("20", 60, cell("region", "north", "20", 60));
    assertAll(
        () -> assertEquals(Optional.empty(), EquityGap.range(withheld, EDUCATION, TEN)),
        () -> assertEquals(Optional.empty(), EquityGap.range(one, "region", TEN)),
        () -> assertEquals(Optional.empty(), EquityGap.range(one, EDUCATION, TEN)));
  }
}
