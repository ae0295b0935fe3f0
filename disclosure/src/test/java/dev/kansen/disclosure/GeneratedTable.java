package dev.kansen.disclosure;

import dev.kansen.model.Breakdown;
import dev.kansen.model.Observation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A small generated programme figure from pupil-level counts: schools (some belonging to boards), an
 * education dimension crossing them, the attribute counted per school and education group (often 0%
 * or 100% of a group), a total that may state no pupils, an education dimension that may leave a
 * group out. It knows the truth: every group's pupils and number with the attribute.
 */
final class GeneratedTable {
  static final String SCHOOL = "school";
  static final String BOARD = "board";
  static final String EDUCATION = "education";

  final Map<String, String> partOf = new LinkedHashMap<>();
  /** Per published group (dimension/category), its pupils and true count with the attribute. */
  final Map<String, long[]> truth = new LinkedHashMap<>();
  final List<String> schools = new ArrayList<>();
  final Map<String, List<String>> boards = new LinkedHashMap<>();
  final List<String> education = new ArrayList<>();
  final Observation figure;
  final long pupils;
  final long attribute;

  GeneratedTable(SplittableRandom random) {
    int schoolCount = 2 + random.nextInt(3);
    int educationCount = 2 + random.nextInt(2);
    long[][] n = new long[schoolCount][educationCount];
    long[][] a = new long[schoolCount][educationCount];
    int mode = random.nextInt(4); // 0: none, 1: all, 2-3: mixed
    for (int s = 0; s < schoolCount; s++) {
      schools.add("s" + s);
      for (int e = 0; e < educationCount; e++) {
        n[s][e] = random.nextInt(4) == 0 ? random.nextInt(12, 25) : random.nextInt(0, 7);
        a[s][e] = switch (random.nextInt(3) == 0 ? random.nextInt(4) : mode) {
          case 0 -> 0;
          case 1 -> n[s][e];
          default -> n[s][e] == 0 ? 0 : random.nextLong(n[s][e] + 1);
        };
      }
    }
    for (int e = 0; e < educationCount; e++) {
      education.add("e" + e);
    }
    int scale = random.nextInt(3);
    boolean withBoards = random.nextBoolean();
    if (withBoards) {
      boards.put("b0", List.of("s0", "s1"));
      partOf.put("s0", "b0");
      partOf.put("s1", "b0");
      if (schoolCount > 3 && random.nextBoolean()) {
        boards.put("b1", List.of("s2", "s3"));
        partOf.put("s2", "b1");
        partOf.put("s3", "b1");
      }
    }
    boolean leaveOut = random.nextInt(3) == 0;
    List<Breakdown> cells = new ArrayList<>();
    long totalN = 0;
    long totalA = 0;
    for (int s = 0; s < schoolCount; s++) {
      long sn = 0;
      long sa = 0;
      for (int e = 0; e < educationCount; e++) {
        sn += n[s][e];
        sa += a[s][e];
      }
      totalN += sn;
      totalA += sa;
      add(cells, SCHOOL, "s" + s, sn, sa, scale);
    }
    for (Map.Entry<String, List<String>> board : boards.entrySet()) {
      long bn = 0;
      long ba = 0;
      for (String schoolId : board.getValue()) {
        long[] school = truth.getOrDefault(SCHOOL + "/" + schoolId, new long[2]);
        bn += school[0];
        ba += school[1];
      }
      add(cells, BOARD, board.getKey(), bn, ba, scale);
    }
    for (int e = 0; e < educationCount - (leaveOut ? 1 : 0); e++) {
      long en = 0;
      long ea = 0;
      for (int s = 0; s < schoolCount; s++) {
        en += n[s][e];
        ea += a[s][e];
      }
      add(cells, EDUCATION, "e" + e, en, ea, scale);
    }
    if (leaveOut) {
      education.remove(education.size() - 1);
    }
    pupils = totalN;
    attribute = totalA;
    Observation.Builder builder = Observation.builder().addAllBreakdowns(cells);
    if (totalN > 0) {
      builder.value(percent(totalA, totalN, scale));
    }
    if (random.nextInt(5) > 0) {
      builder.pupils((int) totalN);
    }
    figure = builder.build();
  }

  private void add(List<Breakdown> cells, String dimension, String category, long n, long a, int scale) {
    if (n == 0) {
      return;
    }
    truth.put(dimension + "/" + category, new long[] {n, a});
    cells.add(Breakdown.builder().dimension(dimension).category(category).pupils((int) n)
        .value(percent(a, n, scale)).build());
  }

  static BigDecimal percent(long a, long n, int scale) {
    return BigDecimal.valueOf(a * 100).divide(BigDecimal.valueOf(n), scale, RoundingMode.HALF_UP);
  }
}
