package dev.kansen.model;

import dev.kansen.model.internal.Checks;
import org.immutables.value.Value;

/** A part of a grant set aside for one intervention. */
@Value.Immutable
public abstract class Allocation {
  Allocation() {}

  /** @return the id of the intervention the money is for */
  public abstract String intervention();

  /** @return the amount allocated */
  public abstract Money amount();

  /**
   * An allocation.
   *
   * @param intervention the intervention's id
   * @param amount the amount
   * @return the allocation
   */
  public static Allocation of(String intervention, Money amount) {
    return builder().intervention(intervention).amount(amount).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Allocation}. */
  public static final class Builder extends ImmutableAllocation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("Allocation", "intervention", intervention());
  }
}
