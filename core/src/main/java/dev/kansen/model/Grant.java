package dev.kansen.model;

import dev.kansen.model.internal.Checks;
import dev.kansen.model.internal.UnknownProperties;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * Money one partner gives another for the programme — such as the Province of Limburg's
 * EUR 50,000 to Venray — with its period and purpose, the parts allocated to interventions, budget
 * lines per period, and the transactions (commitments, disbursements, expenditure) under it.
 */
@Value.Immutable
public abstract class Grant {
  Grant() {}

  /** @return the document-unique id */
  public abstract String id();

  /** @return the id of the partner that gives the money */
  public abstract String funder();

  /** @return the id of the partner that receives it */
  public abstract String recipient();

  /** @return the amount awarded; absent when no source gives it */
  public abstract Optional<Money> amount();

  /** @return the period the grant covers; absent when no source gives it */
  public abstract Optional<DateRange> period();

  /** @return what the money is for */
  public abstract Optional<String> purpose();

  /** @return the parts of the grant set aside for interventions */
  public abstract List<Allocation> allocations();

  /** @return budget lines per period */
  public abstract List<BudgetLine> budgets();

  /** @return commitments, disbursements and expenditure */
  public abstract List<Transaction> transactions();

  /** @return the scheme or legal basis of the grant, such as the Besluit specifieke uitkeringen onderwijsachterstandenbeleid */
  public abstract Optional<String> scheme();

  /** @return the calendar year the grant is for, for a grant per year such as the OAB grant */
  public abstract OptionalInt year();

  /** @return the recipient's own money added to the grant (co-financing), when stated */
  public abstract Optional<Money> coFinancing();

  /** @return the amount carried over to the next year, when stated; zero states that nothing is */
  public abstract Optional<Money> carriedOver();

  /** @return the money paid back to the funder because it was not spent */
  public abstract List<Repayment> repayments();

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

  /** Builds a {@link Grant}. */
  public static final class Builder extends ImmutableGrant.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("Grant", "id", id());
    Checks.id("Grant", "funder", funder());
    Checks.id("Grant", "recipient", recipient());
    Checks.text("Grant", "purpose", purpose());
    Checks.text("Grant", "scheme", scheme());
    Checks.count("Grant", "year", year());
  }
}
