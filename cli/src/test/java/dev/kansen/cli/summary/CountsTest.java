package dev.kansen.cli.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Counts in words take the singular for exactly one. */
class CountsTest {
  @Test
  void oneIsSingular() {
    assertEquals("1 warning", Counts.of(1, "warning"));
  }

  @Test
  void zeroAndManyArePlural() {
    assertEquals("0 errors", Counts.of(0, "error"));
    assertEquals("2 warnings", Counts.of(2, "warning"));
    assertEquals("3 other findings", Counts.of(3, "other finding"));
  }
}
