package dev.kansen.seeds.illustrative;

import dev.kansen.model.AdviceLevel;
import dev.kansen.model.CohortCell;
import dev.kansen.model.CohortTable;
import dev.kansen.model.Municipality;
import dev.kansen.model.ParentalEducation;
import dev.kansen.model.Programme;
import dev.kansen.model.ReferenceLevel;
import dev.kansen.model.ReferenceLevelCount;
import dev.kansen.model.SchoolYear;
import dev.kansen.model.ScoreBand;
import dev.kansen.model.TestDomain;
import dev.kansen.model.TestKind;
import dev.kansen.model.id.MunicipalityCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * <b>Invented</b> cohort tables for the seed municipalities and Voorbeeldstad, at a realistic scale,
 * so that {@code kansen demo} can show the equity measures: the articles give no such counts, and
 * every number here is made up. Each table says so in its description and id.
 *
 * <p>For each municipality there are two tables, 2022-2023 (the last Centrale Eindtoets, with an
 * invented band table) and 2023-2024 (the first doorstroomtoets). Group-8 cohorts are sized after
 * the municipalities' population; parental education is 20% low, 40% middle, 30% high and 10%
 * unknown; children of parents with less education are invented to score lower, get an advice
 * below their test advice more often and be revised upward less often, as the Inspectorate found.
 */
public final class IllustrativeCohorts {
  /** What every table's description starts with. */
  public static final String LABEL = "Illustratief: verzonnen aantallen, geen echte gegevens.";

  private static final Map<String, Integer> COHORTS = Map.of(
      "GM0796", 1600, "GM1883", 820, "GM0957", 640, "GM0984", 470, "GM0917", 800,
      IllustrativeProgramme.MUNICIPALITY.value(), 700);
  /** How much more (or less) often than the base rates each municipality advises below the test advice. */
  private static final Map<String, Double> BELOW_FACTOR = Map.of(
      "GM0796", 1.0, "GM1883", 1.25, "GM0957", 0.85, "GM0984", 0.7, "GM0917", 1.4,
      IllustrativeProgramme.MUNICIPALITY.value(), 1.1);
  private static final List<ScoreBand> BANDS = List.of(
      ScoreBand.of(501, 518, AdviceLevel.VMBO_BB), ScoreBand.of(519, 528, AdviceLevel.VMBO_KB),
      ScoreBand.of(529, 536, AdviceLevel.VMBO_GT), ScoreBand.of(537, 544, AdviceLevel.HAVO),
      ScoreBand.of(545, 550, AdviceLevel.VWO));
  private static final AdviceLevel[] LADDER = {AdviceLevel.PRO, AdviceLevel.VMBO_BB, AdviceLevel.VMBO_KB,
      AdviceLevel.VMBO_GT, AdviceLevel.HAVO, AdviceLevel.VWO};
  private static final double[] GROUP_SHARE = {0.20, 0.40, 0.30, 0.10};
  private static final double[][] RESULTS = {
      {0.25, 0.25, 0.25, 0.17, 0.08}, {0.12, 0.20, 0.28, 0.25, 0.15},
      {0.04, 0.08, 0.18, 0.32, 0.38}, {0.20, 0.22, 0.25, 0.20, 0.13}};
  private static final double[] BELOW = {0.30, 0.22, 0.12, 0.25};
  private static final double[] ABOVE = {0.05, 0.07, 0.10, 0.06};
  private static final double[] REVISED = {0.35, 0.45, 0.60, 0.40};
  private static final double[][] LEVELS = {{0.05, 0.55}, {0.03, 0.42}, {0.01, 0.24}, {0.04, 0.50}};

  private IllustrativeCohorts() {}

  /**
   * The programme with the invented cohort tables of each of its municipalities added.
   *
   * @param programme a seed or the illustrative programme
   * @return a copy with two invented cohort tables per municipality
   */
  public static Programme addedTo(Programme programme) {
    List<CohortTable> tables = new ArrayList<>(programme.cohortTables());
    for (Municipality municipality : programme.municipalities()) {
      tables.addAll(tables(municipality.code(), municipality.name()));
    }
    return Programme.builder().from(programme).cohortTables(tables).build();
  }

  /**
   * @param code a municipality code
   * @param name its name, for the description
   * @return the two invented tables of the municipality: 2022-2023 and 2023-2024
   */
  public static List<CohortTable> tables(MunicipalityCode code, String name) {
    int cohort = COHORTS.getOrDefault(code.value(), 600);
    return List.of(table(code, name, SchoolYear.of(2022), cohort), table(code, name, SchoolYear.of(2023), cohort + 20));
  }

  private static CohortTable table(MunicipalityCode code, String name, SchoolYear year, int cohort) {
    TestKind test = TestKind.of(year);
    CohortTable.Builder table = CohortTable.builder()
        .id("illustratief-" + code.value().toLowerCase(java.util.Locale.ROOT) + "-" + year.startYear())
        .schoolYear(year).municipality(code).test(test).pupils(cohort)
        .description(LABEL + " Groep 8 van " + name + ", " + year + ".");
    if (test == TestKind.CENTRALE_EINDTOETS) {
      table.addAllBands(BANDS);
    }
    int[] groups = split(cohort, GROUP_SHARE);
    ParentalEducation[] educations = ParentalEducation.values();
    for (int g = 0; g < educations.length; g++) {
      int[] results = split(groups[g], RESULTS[g]);
      for (int r = 0; r < BANDS.size(); r++) {
        addCells(table, test, educations[g], BANDS.get(r), results[r], g,
            BELOW_FACTOR.getOrDefault(code.value(), 1.0) * (year.equals(TestKind.DOORSTROOMTOETS_FROM) ? 0.8 : 1.0));
      }
      int below1f = (int) Math.round(groups[g] * LEVELS[g][0]);
      int level1f = (int) Math.round(groups[g] * LEVELS[g][1]);
      for (TestDomain domain : TestDomain.values()) {
        int shift = domain == TestDomain.MATHS ? (int) Math.round(groups[g] * 0.12) : 0;
        ReferenceLevel target = domain == TestDomain.MATHS ? ReferenceLevel.LEVEL_1S : ReferenceLevel.LEVEL_2F;
        int fundamental = Math.min(groups[g] - below1f, level1f + shift);
        table.addLevels(ReferenceLevelCount.of(educations[g], domain, ReferenceLevel.BELOW_1F, below1f),
            ReferenceLevelCount.of(educations[g], domain, ReferenceLevel.LEVEL_1F, fundamental),
            ReferenceLevelCount.of(educations[g], domain, target, groups[g] - below1f - fundamental));
      }
    }
    return table.build();
  }

  private static void addCells(CohortTable.Builder table, TestKind test, ParentalEducation group, ScoreBand band,
      int pupils, int g, double factor) {
    int rung = java.util.Arrays.asList(LADDER).indexOf(band.testAdvice());
    int below = (int) Math.round(pupils * Math.min(0.9, BELOW[g] * factor));
    int above = rung == LADDER.length - 1 ? 0 : (int) Math.round(pupils * ABOVE[g]);
    int revised = (int) Math.round(below * REVISED[g]);
    int matching = pupils - below - above;
    AdviceLevel lower = LADDER[rung - 1];
    cell(table, test, group, band, lower, lower, below - revised, below - revised, 0);
    cell(table, test, group, band, lower, band.testAdvice(), revised, revised, revised);
    cell(table, test, group, band, band.testAdvice(), band.testAdvice(), matching, 0, 0);
    if (above > 0) {
      cell(table, test, group, band, LADDER[rung + 1], LADDER[rung + 1], above, 0, 0);
    }
  }

  private static void cell(CohortTable.Builder table, TestKind test, ParentalEducation group, ScoreBand band,
      AdviceLevel provisional, AdviceLevel advice, int pupils, int eligible, int revised) {
    if (pupils == 0) {
      return;
    }
    CohortCell.Builder cell = CohortCell.builder().parentalEducation(group).provisionalAdvice(provisional)
        .schoolAdvice(advice).pupils(pupils).eligible(eligible).revised(revised);
    if (test == TestKind.CENTRALE_EINDTOETS) {
      cell.band(band.label());
    } else {
      cell.testAdvice(band.testAdvice());
    }
    table.addCells(cell.build());
  }

  private static int[] split(int total, double[] shares) {
    int[] parts = new int[shares.length];
    int given = 0;
    for (int i = 0; i < shares.length - 1; i++) {
      parts[i] = (int) Math.round(total * shares[i]);
      given += parts[i];
    }
    parts[shares.length - 1] = total - given;
    return parts;
  }
}
