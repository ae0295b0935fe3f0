package dev.kansen.model;

import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.ValueCode;
import dev.kansen.model.id.AreaCode;
import dev.kansen.model.id.MunicipalityCode;
import dev.kansen.model.internal.Checks;
import dev.kansen.model.internal.UnknownProperties;
import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * Something a programme does for children, parents or professionals — a warm handover, a summer
 * school, homework support, a study day — with who leads it, who takes part, when it was planned
 * and actually ran, its status, its reach and the evidence behind it.
 */
@Value.Immutable
public abstract class Intervention {
  Intervention() {}

  /** @return the document-unique id */
  public abstract String id();

  /** @return the intervention's name, e.g. {@code Bossche Talentschool} */
  public abstract String title();

  /** @return a description in words */
  public abstract Optional<String> description();

  /** @return the kind of intervention */
  public abstract InterventionType type();

  /** @return the themes the intervention serves, in the order the constants are declared */
  public abstract Set<Theme> themes();

  /** @return who the intervention is for */
  public abstract Optional<TargetGroup> targetGroup();

  /** @return the municipality the intervention runs in, for programmes that span several */
  public abstract Optional<MunicipalityCode> municipality();

  /** @return the id of the lead partner; absent when no source says who leads */
  public abstract Optional<String> lead();

  /** @return ids of the other partners taking part */
  public abstract List<String> participants();

  /** @return the planned period; absent when no source gives it */
  public abstract Optional<DateRange> planned();

  /** @return the day the intervention actually started */
  public abstract Optional<LocalDate> actualStart();

  /** @return the day the intervention actually ended; requires {@link #actualStart()} */
  public abstract Optional<LocalDate> actualEnd();

  /** @return the current status */
  public abstract InterventionStatus status();

  /** @return the day the current status took effect, such as the day of cancellation */
  public abstract Optional<LocalDate> statusDate();

  /** @return the planned reach */
  public abstract Optional<Reach> plannedReach();

  /** @return the reach actually achieved */
  public abstract Optional<Reach> actualReach();

  /** @return how the planned reach's count relates to the true one; exact when absent */
  public abstract Optional<QuantityQualifier> plannedReachQualifier();

  /** @return how the actual reach's count relates to the true one ("ruim 40" is AT_LEAST 40); exact when absent */
  public abstract Optional<QuantityQualifier> actualReachQualifier();

  /** @return the CBS districts and neighbourhoods the intervention runs in */
  public abstract List<AreaCode> areas();

  /** @return the recognised evidence behind the intervention; {@code NOT_ASSESSED} unless set */
  @Value.Default
  public EvidenceLevel evidence() {
    return EvidenceLevel.NOT_ASSESSED;
  }

  /** @return where the evidence is recorded, such as a databank entry */
  public abstract Optional<String> evidenceSource();

  /** @return the actual period, when the intervention has both started and ended */
  public final Optional<DateRange> actual() {
    return actualStart().flatMap(start -> actualEnd().map(end -> DateRange.of(start, end)));
  }

  /** @return a finer kind than {@link #type()}, such as preschool education or a transition class, when stated */
  public abstract Optional<InterventionSubtype> subtype();

  /**
   * The population the intervention is for, beside the number reached: toddlers with an indication
   * for preschool education against those taking part ({@link #actualReach()}).
   *
   * @return how many are eligible, when known
   */
  public abstract Optional<Reach> eligiblePopulation();

  /** @return the intensity for one participant, such as hours per week, when stated */
  public abstract Optional<Dosage> dosage();

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

  /** Builds an {@link Intervention}. */
  public static final class Builder extends ImmutableIntervention.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("Intervention", "id", id());
    Checks.text("Intervention", "title", title());
    Checks.text("Intervention", "description", description());
    if (lead().isPresent()) {
      Checks.id("Intervention", "lead", lead().get());
    }
    Checks.ids("Intervention", "participants", participants());
    Checks.text("Intervention", "evidenceSource", evidenceSource());
    if (actualEnd().isPresent()) {
      LocalDate end = actualEnd().get();
      if (actualStart().isEmpty()) {
        throw new InvalidValueException("actualEnd", end, CodeMessage.of(ValueCode.ACTUAL_END_WITHOUT_START, "end", end));
      }
      if (end.isBefore(actualStart().get())) {
        throw new InvalidValueException("actualEnd", end,
            CodeMessage.variant(ValueCode.DATE_RANGE_INVERTED, "actual", "end", end, "start", actualStart().get()));
      }
    }
  }
}
