package dev.kansen.model;

import dev.kansen.model.id.MunicipalityCode;
import dev.kansen.model.internal.Checks;
import dev.kansen.model.internal.UnknownProperties;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The group-8 cohort of one school year in one area, as counts only: pupils by test result, school
 * advice and parental education ({@link #cells()}), and by reference level reached per domain
 * ({@link #levels()}). Never a row per pupil. The equity measures of {@code dev.kansen.analysis} are
 * computed from it, and an {@link Indicator} can name the table its figures come from.
 *
 * <p>The area is a municipality, optionally narrowed by a free {@link #area()} identifier such as a
 * CBS neighbourhood code or a school's BRIN code. The test follows the year: the final test with its
 * band table up to 2022-2023, the doorstroomtoets from 2023-2024 (the validator checks this).
 */
@Value.Immutable
public abstract class CohortTable {
  CohortTable() {}

  /** @return the document-unique id */
  public abstract String id();

  /** @return the school year the cohort left primary school in */
  public abstract SchoolYear schoolYear();

  /** @return the municipality */
  public abstract MunicipalityCode municipality();

  /** @return a narrower area within the municipality, e.g. a neighbourhood code or a school; free text */
  public abstract Optional<String> area();

  /** @return the test the cohort took */
  public abstract TestKind test();

  /** @return a description in words: source, how the counts were made */
  public abstract Optional<String> description();

  /** @return the cohort's pupils as stated by the source; the cells must add up to it */
  public abstract OptionalInt pupils();

  /** @return the year's band table of the final test; empty in doorstroomtoets years */
  public abstract List<ScoreBand> bands();

  /** @return the counts by parental education, test result and school advice */
  public abstract List<CohortCell> cells();

  /** @return the counts by parental education, domain and reference level reached */
  public abstract List<ReferenceLevelCount> levels();

  /**
   * The test advice of a cell: its own, or that of its band.
   *
   * @param cell a cell of this table
   * @return the test advice; empty when the cell has neither or names a band the table lacks
   */
  public Optional<AdviceLevel> testAdvice(CohortCell cell) {
    if (cell.testAdvice().isPresent()) {
      return cell.testAdvice();
    }
    return cell.band().flatMap(this::band).map(ScoreBand::testAdvice);
  }

  /**
   * @param label a band's label, e.g. {@code 537-544}
   * @return the first band with that label
   */
  public Optional<ScoreBand> band(String label) {
    return bands().stream().filter(b -> b.label().equals(label)).findFirst();
  }

  /**
   * Properties this version of kansen does not know, by name, each as its raw JSON text. Only the
   * lenient JSON reader fills this, so that a document from a newer version loses nothing on a
   * round trip; the writer writes them back after the known properties, in name order.
   *
   * @return unknown properties, by name, as raw JSON; the one shared empty map when there are none
   */
  public final SortedMap<String, String> unknownProperties() {
    return UnknownProperties.sorted(storedUnknownProperties());
  }

  /**
   * The attribute behind {@link #unknownProperties()}, as the builder's {@code putUnknownProperties}
   * methods filled it (the style's {@code stored*} prefix names the attribute {@code
   * unknownProperties}): unsorted, and the JDK's shared empty map when there are none.
   *
   * @return unknown properties, by name, as raw JSON
   */
  abstract Map<String, String> storedUnknownProperties();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CohortTable}. */
  public static final class Builder extends ImmutableCohortTable.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("CohortTable", "id", id());
    Checks.text("CohortTable", "area", area());
    Checks.text("CohortTable", "description", description());
    Checks.count("CohortTable", "pupils", pupils());
  }
}
