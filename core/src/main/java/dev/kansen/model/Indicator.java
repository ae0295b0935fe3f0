package dev.kansen.model;

import dev.kansen.model.internal.Checks;
import dev.kansen.model.internal.UnknownProperties;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * An outcome indicator, after IATI's result indicators: what is measured and how, whether higher
 * is better, the interventions it follows, a baseline, and targets and actuals per school year —
 * such as the share of pupils whose test advice was above their school advice, by parental education.
 */
@Value.Immutable
public abstract class Indicator {
  Indicator() {}

  /** @return the document-unique id */
  public abstract String id();

  /** @return what is measured, e.g. {@code Pupils with a school advice below their test advice} */
  public abstract String title();

  /** @return a description in words: definition, source */
  public abstract Optional<String> description();

  /** @return how values are measured */
  public abstract Measure measure();

  /** @return whether a higher value is better; {@code true} unless set */
  @Value.Default
  public boolean ascending() {
    return true;
  }

  /** @return the unit of {@link Measure#UNIT} values, e.g. {@code pupils} */
  public abstract Optional<String> unit();

  /** @return ids of the interventions the indicator follows */
  public abstract List<String> interventions();

  /** @return the figure the indicator starts from */
  public abstract Optional<Baseline> baseline();

  /** @return targets and actuals per school year */
  public abstract List<IndicatorPeriod> periods();

  /** @return breaks in the method behind the figures, such as the doorstroomtoets from 2023-2024 */
  public abstract List<MethodBreak> methodBreaks();

  /** @return the id of the cohort table the indicator's figures come from (wire format 1.1) */
  public abstract Optional<String> cohortTable();

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

  /** Builds an {@link Indicator}. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("Indicator", "id", id());
    Checks.text("Indicator", "title", title());
    Checks.text("Indicator", "description", description());
    Checks.text("Indicator", "unit", unit());
    Checks.ids("Indicator", WireNames.INTERVENTIONS, interventions());
    cohortTable().ifPresent(table -> Checks.id("Indicator", WireNames.COHORT_TABLE, table));
  }
}
