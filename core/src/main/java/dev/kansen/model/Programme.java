package dev.kansen.model;

import dev.kansen.model.internal.Checks;
import dev.kansen.model.internal.UnknownProperties;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * An equal-opportunity alliance programme, the aggregate root: a municipality's (or several
 * municipalities') local coalition in an alliance, with its partners, themes, action-agenda goals,
 * interventions, grants and outcome indicators.
 *
 * <p>Entities refer to each other by their document-unique ids. Whether the references resolve,
 * and every other rule across objects, is checked by the validator; construction only guarantees
 * that each value is usable on its own.
 *
 * <p>Looking up a partner, intervention, grant or indicator by id takes constant time: the
 * lookups are built once, on the first lookup, and kept with the programme.
 */
@Value.Immutable
public abstract class Programme {
  Programme() {}

  /** @return the programme's id, unique within the data set it is exchanged in */
  public abstract String id();

  /** @return the programme's title */
  public abstract String title();

  /** @return a description in words */
  public abstract Optional<String> description();

  /** @return the alliance the programme belongs to */
  public abstract Alliance alliance();

  /** @return the municipalities the programme covers */
  public abstract List<Municipality> municipalities();

  /** @return the programme period; absent when no source gives it */
  public abstract Optional<DateRange> period();

  /** @return the partners with their roles */
  public abstract List<Partner> partners();

  /** @return the programme's themes, in the order the constants are declared */
  public abstract Set<Theme> themes();

  /** @return the goals of the joint action agenda */
  public abstract List<Goal> goals();

  /** @return the interventions */
  public abstract List<Intervention> interventions();

  /** @return the grants */
  public abstract List<Grant> grants();

  /** @return the outcome indicators */
  public abstract List<Indicator> indicators();

  /** @return the phases of the multi-year action agenda, such as 2019–2021 and 2022–2025 */
  public abstract List<Phase> phases();

  /** @return other programmes and how they relate to this one: predecessor, successor, umbrella */
  public abstract List<RelatedProgramme> relatedProgrammes();

  /** @return links to public documents: the action agenda, council letters, evaluations */
  public abstract List<DocumentLink> documents();

  /**
   * Where to reach the programme: offices' e-mail addresses or telephone numbers, never a private
   * person's data (see {@link ContactPoint}).
   *
   * @return the programme's contact points
   */
  public abstract List<ContactPoint> contactPoints();
  /** @return stakeholders consulted or taking part, such as a consultation of parents */
  public abstract List<Participation> participation();

  /** @return the cohort tables the equity measures are computed from (wire format 1.1) */
  public abstract List<CohortTable> cohortTables();

  /**
   * @param id a cohort table id
   * @return the first cohort table with that id
   */
  public Optional<CohortTable> cohortTable(String id) {
    return cohortTables().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * @param id a partner id
   * @return the partner with that id; the first one where the id occurs more than once
   */
  public Optional<Partner> partner(String id) {
    return Optional.ofNullable(lookup().partner(id));
  }

  /**
   * @param id an intervention id
   * @return the intervention with that id; the first one where the id occurs more than once
   */
  public Optional<Intervention> intervention(String id) {
    return Optional.ofNullable(lookup().intervention(id));
  }

  /**
   * @param id a grant id
   * @return the grant with that id; the first one where the id occurs more than once
   */
  public Optional<Grant> grant(String id) {
    return Optional.ofNullable(lookup().grant(id));
  }

  /**
   * @param id an indicator id
   * @return the indicator with that id; the first one where the id occurs more than once
   */
  public Optional<Indicator> indicator(String id) {
    return Optional.ofNullable(lookup().indicator(id));
  }

  /**
   * The lookups by id, built from the lists on the first lookup and kept (Immutables makes the
   * generated value compute it once, thread-safely); derived, so not part of the value's equality.
   *
   * @return the lookups by id
   */
  @Value.Lazy
  ProgrammeLookup lookup() {
    return ProgrammeLookup.of(this);
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

  /** Builds a {@link Programme}. */
  public static final class Builder extends ImmutableProgramme.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("Programme", "id", id());
    Checks.text("Programme", "title", title());
    Checks.text("Programme", "description", description());
  }
}
