package dev.kansen.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kansen.model.Breakdown;
import dev.kansen.model.Observation;
import dev.kansen.model.Programme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@code DUPLICATE_BREAKDOWN_CATEGORY} and {@code BREAKDOWN_PUPILS_MISMATCH} compare a figure's cells
 * with each other when it has few and hash them when it has many: both ways report what hashing every
 * figure's cells reports, for figures of 2 to 40 cells on either side of the switch.
 */
class BreakdownCellsTest {
  private static final String CELLS = "/indicators/0/periods/0/actual/breakdowns/";
  private static final List<String> DIMENSIONS = List.of("parentalEducation", "area", "school");
  private static final List<String> CATEGORIES = List.of("low", "middle", "high", "unknown", "other");

  @Test
  void fewCellsAndManyCellsGiveTheFindingsOfHashedCells() {
    SplittableRandom random = new SplittableRandom(1129);
    int duplicates = 0;
    int mismatches = 0;
    for (int n = 0; n < 400; n++) {
      int size = 2 + random.nextInt(39);
      List<Breakdown> cells = new ArrayList<>();
      for (int c = 0; c < size; c++) {
        Breakdown.Builder cell = Breakdown.builder()
            .dimension(DIMENSIONS.get(random.nextInt(size > 16 ? 3 : 2)))
            .category(CATEGORIES.get(random.nextInt(size > 16 ? 5 : 4)) + (size > 16 ? random.nextInt(4) : ""))
            .value(BigDecimal.valueOf(random.nextInt(100)));
        if (random.nextInt(12) > 0) {
          cell.pupils(10 + random.nextInt(3));
        }
        cells.add(cell.build());
      }
      int pupils = 11 * size / 2 + random.nextInt(3) - 1;
      Programme programme = ProgrammeFixture.period(ProgrammeFixture.valid(), 0, 0, b -> b.actual(
          Observation.builder().value(ProgrammeFixture.decimal("23.1")).pupils(pupils).addAllBreakdowns(cells).build()));
      List<String> found = new ArrayList<>();
      for (Violation v : Validator.standard().validate(programme, ProgrammeFixture.context()).violations()) {
        if (v.code().equals("DUPLICATE_BREAKDOWN_CATEGORY") || v.code().equals("BREAKDOWN_PUPILS_MISMATCH")) {
          found.add(v.code() + " " + v.path() + " " + v.variant().orElse("") + " " + new TreeMap<>(v.arguments()));
        }
      }
      List<String> expected = expected(cells, pupils);
      assertEquals(sorted(expected), sorted(found), "cells " + cells + ", pupils " + pupils);
      for (String e : expected) {
        duplicates += e.startsWith("DUPLICATE") ? 1 : 0;
        mismatches += e.startsWith("BREAKDOWN") ? 1 : 0;
      }
    }
    assertEquals(true, duplicates > 100 && mismatches > 100, duplicates + " duplicates, " + mismatches + " mismatches");
  }

  private static List<String> sorted(List<String> findings) {
    List<String> copy = new ArrayList<>(findings);
    copy.sort(null);
    return copy;
  }

  /** The findings as the rules made them before they compared few cells: by hashing every figure's cells. */
  private static List<String> expected(List<Breakdown> cells, int pupils) {
    List<String> findings = new ArrayList<>();
    Map<List<String>, Integer> seen = new HashMap<>();
    for (int c = 0; c < cells.size(); c++) {
      Breakdown cell = cells.get(c);
      Integer earlier = seen.putIfAbsent(List.of(cell.dimension(), cell.category()), c);
      if (earlier != null) {
        Map<String, String> arguments = new TreeMap<>();
        arguments.put("indicator", ProgrammeFixture.valid().indicators().get(0).id());
        arguments.put("dimension", cell.dimension());
        arguments.put("category", cell.category());
        arguments.put("schoolYear", ProgrammeFixture.valid().indicators().get(0).periods().get(0).schoolYear().toString());
        arguments.put("first", String.valueOf(earlier));
        arguments.put("second", String.valueOf(c));
        findings.add("DUPLICATE_BREAKDOWN_CATEGORY " + CELLS + c + "/category  " + arguments);
      }
    }
    Map<String, long[]> tallies = new LinkedHashMap<>();
    for (int c = 0; c < cells.size(); c++) {
      Breakdown cell = cells.get(c);
      long first = c;
      // first cell, sum, complete (1) or not (0)
      long[] tally = tallies.computeIfAbsent(cell.dimension(), d -> new long[] {first, 0, 1});
      if (cell.pupils().isPresent()) {
        tally[1] += cell.pupils().getAsInt();
      } else {
        tally[2] = 0;
      }
    }
    tallies.forEach((dimension, tally) -> {
      if (tally[2] == 1 && tally[1] != pupils) {
        Map<String, String> arguments = new TreeMap<>();
        arguments.put("indicator", ProgrammeFixture.valid().indicators().get(0).id());
        arguments.put("schoolYear", ProgrammeFixture.valid().indicators().get(0).periods().get(0).schoolYear().toString());
        arguments.put("dimension", dimension);
        findings.add("BREAKDOWN_PUPILS_MISMATCH " + CELLS + tally[0] + " " + (tally[1] > pupils ? "more" : "fewer")
            + " " + arguments);
      }
    });
    return findings;
  }
}
