package dev.kansen.testing;

import dev.kansen.model.AdviceLevel;
import dev.kansen.model.CohortCell;
import dev.kansen.model.CohortTable;
import dev.kansen.model.ParentalEducation;
import dev.kansen.model.ReferenceLevel;
import dev.kansen.model.ReferenceLevelCount;
import dev.kansen.model.SchoolYear;
import dev.kansen.model.ScoreBand;
import dev.kansen.model.TestDomain;
import dev.kansen.model.TestKind;
import dev.kansen.model.id.MunicipalityCode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded valid cohort tables: a final-test year with a band table or a doorstroomtoets year, groups
 * from empty to a few hundred pupils (small groups often, so disclosure control has work), eligible
 * and revised counts that fit, and reference levels that add up to each group's pupils.
 */
public final class CohortTableGenerator {
  private static final List<ScoreBand> BANDS = List.of(
      ScoreBand.of(501, 518, AdviceLevel.VMBO_BB), ScoreBand.of(519, 528, AdviceLevel.VMBO_KB),
      ScoreBand.of(529, 536, AdviceLevel.VMBO_GT), ScoreBand.of(537, 544, AdviceLevel.HAVO),
      ScoreBand.of(545, 550, AdviceLevel.VWO));
  private static final AdviceLevel[] ADVICE = {AdviceLevel.PRO, AdviceLevel.VMBO_BB, AdviceLevel.VMBO_KB,
      AdviceLevel.VMBO_GT, AdviceLevel.VMBO_GT_HAVO, AdviceLevel.HAVO, AdviceLevel.HAVO_VWO, AdviceLevel.VWO};

  private CohortTableGenerator() {}

  /**
   * @param random the seeded source
   * @return a valid cohort table
   */
  public static CohortTable table(SplittableRandom random) {
    boolean doorstroom = random.nextBoolean();
    SchoolYear year = doorstroom ? SchoolYear.of(2023 + random.nextInt(3)) : SchoolYear.of(2018 + random.nextInt(5));
    CohortTable.Builder table = CohortTable.builder().id("cohort-" + random.nextInt(1000)).schoolYear(year)
        .municipality(MunicipalityCode.of(String.format("GM%04d", 1 + random.nextInt(1999))))
        .test(doorstroom ? TestKind.DOORSTROOMTOETS : TestKind.CENTRALE_EINDTOETS);
    if (!doorstroom) {
      table.addAllBands(BANDS);
    }
    boolean revision = random.nextInt(4) > 0;
    long total = 0;
    for (ParentalEducation group : ParentalEducation.values()) {
      int size = switch (random.nextInt(4)) {
        case 0 -> random.nextInt(12);
        case 1 -> 5 + random.nextInt(30);
        default -> random.nextInt(300);
      };
      int left = size;
      int cells = 0;
      while (left > 0) {
        int pupils = cells == 6 ? left : 1 + random.nextInt(left);
        left -= pupils;
        cells++;
        CohortCell.Builder cell = CohortCell.builder().parentalEducation(group).pupils(pupils)
            .schoolAdvice(ADVICE[random.nextInt(ADVICE.length)]);
        if (doorstroom) {
          cell.testAdvice(ADVICE[random.nextInt(ADVICE.length)]);
        } else {
          cell.band(BANDS.get(random.nextInt(BANDS.size())).label());
        }
        if (revision) {
          int eligible = random.nextInt(pupils + 1);
          cell.eligible(eligible).revised(random.nextInt(eligible + 1));
        }
        table.addCells(cell.build());
      }
      total += size;
      if (doorstroom && size > 0) {
        for (TestDomain domain : TestDomain.values()) {
          ReferenceLevel target = domain == TestDomain.MATHS ? ReferenceLevel.LEVEL_1S : ReferenceLevel.LEVEL_2F;
          int below = random.nextInt(size + 1);
          int fundamental = random.nextInt(size - below + 1);
          List<ReferenceLevelCount> levels = new ArrayList<>();
          levels.add(ReferenceLevelCount.of(group, domain, ReferenceLevel.BELOW_1F, below));
          levels.add(ReferenceLevelCount.of(group, domain, ReferenceLevel.LEVEL_1F, fundamental));
          levels.add(ReferenceLevelCount.of(group, domain, target, size - below - fundamental));
          table.addAllLevels(levels);
        }
      }
    }
    if (random.nextBoolean()) {
      table.pupils((int) total);
    }
    return table.build();
  }
}
