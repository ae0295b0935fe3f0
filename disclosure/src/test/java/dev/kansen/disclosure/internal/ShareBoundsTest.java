package dev.kansen.disclosure.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The counts a published share can stand for: within 0 and the group's pupils for any value a
 * document may hold, a share far outside 0 to 100 % included (validation reports it; the control
 * must still not fail on it).
 */
class ShareBoundsTest {
  @Test
  void aShareWithinZeroAndAHundredStandsForTheCountsItsRoundingAllows() {
    assertArrayEquals(new long[] {1, 1}, Ranges.shareBounds(10, new BigDecimal("10.0")));
    assertArrayEquals(new long[] {3, 3}, Ranges.shareBounds(7, new BigDecimal("42.9")));
    assertArrayEquals(new long[] {0, 0}, Ranges.shareBounds(20, new BigDecimal("0")));
    // no count of 20 is 2 % at whole percents: the counts around it
    assertArrayEquals(new long[] {0, 1}, Ranges.shareBounds(20, new BigDecimal("2")));
  }

  @Test
  void aShareFarOutsideZeroAndAHundredStandsForAllOrNoneOfTheGroup() {
    assertArrayEquals(new long[] {10, 10}, Ranges.shareBounds(10, new BigDecimal("1e308")));
    assertArrayEquals(new long[] {0, 0}, Ranges.shareBounds(10, new BigDecimal("-1e308")));
    assertArrayEquals(new long[] {10, 10}, Ranges.shareBounds(10, new BigDecimal("99999999999999999999.5")));
    assertArrayEquals(new long[] {0, 0}, Ranges.shareBounds(10, new BigDecimal("-1e-308").subtract(BigDecimal.TEN.pow(30))));
  }
}
