package dev.kansen.validation.internal.rules;

import dev.kansen.model.Money;
import dev.kansen.validation.Rule;
import java.util.List;

/** The built-in rules, in catalogue order. Not part of the public API: use {@code Validator.standard()}. */
public final class StandardRules {
  private static final List<Rule> ALL = List.of(
      // References and identity
      new UnresolvedPartnerReference(),
      new UnresolvedFunder(),
      new UnresolvedRecipient(),
      new UnresolvedInterventionReference(),
      new UnresolvedIndicatorReference(),
      new DuplicateId(),
      new DuplicateMunicipality(),
      new PartOfCycle(),
      // Partners, roles and municipalities
      new FunderWithoutFundingRole(),
      new ImplementerWithoutImplementingRole(),
      new MunicipalityNotAllianceMember(),
      new MunicipalityJoinedAfterStart(),
      new InterventionMunicipalityOutsideProgramme(),
      new PartnerIdentifierMismatch(),
      new MissingPartnerIdentifier(),
      new DuplicatePartnerIdentifier(),
      // Periods and dates
      new InterventionOutsideProgrammePeriod(),
      new GrantOutsideProgrammePeriod(),
      new BudgetOutsideGrantPeriod(),
      new IndicatorPeriodOutsideProgrammePeriod(),
      new ActualDateAfterAsOf(),
      new TransactionAfterAsOf(),
      new IndicatorActualAfterAsOf(),
      new ImplausibleDate(),
      // Status
      new ClosedWithoutActualEnd(),
      new PipelineWithActualStart(),
      new RunningWithoutActualStart(),
      new CancelledWithoutStatusDate(),
      new DisbursementAfterCancellation(),
      // Money
      new BudgetPeriodTooLong(),
      new AllocationsExceedGrant(),
      new DisbursementsExceedCommitments(),
      new MixedCurrencies(),
      new ZeroGrantAmount(),
      new GrantYearOutsideGrantPeriod(),
      new SpendingCategoryOverBudget(),
      new SpendingCategoryNotBudgeted(),
      new GrantAccountsUnbalanced(),
      // Reach
      new ActualReachImplausible(),
      new ReachUnitMismatch(),
      new ReachedMoreThanEligible(),
      new DosageBelowNorm(),
      new DosageImplausible(),
      new SubtypeTypeMismatch(),
      // Indicators
      new BaselineNotBeforeTargets(),
      new IndicatorPeriodsOverlap(),
      new MissingIndicatorValue(),
      new PercentageOutOfRange(),
      new BreakdownPupilsMismatch(),
      new DuplicateBreakdownCategory(),
      new IndicatorWithoutBaseline(),
      new UnresolvedCohortTable(),
      new CohortTestYearMismatch(),
      new CohortPupilsMismatch(),
      new CohortRevisedExceedsEligible(),
      new CohortTestResultUnknown(),
      // Privacy and completeness
      new SmallCell(),
      new FigureWithoutPupils(),
      new EmptyProgramme(),
      // Time and sources (wire format 1.1)
      new UnresolvedGoalReference(),
      new PhaseOutsideProgrammePeriod(),
      new PhasesOverlap(),
      new FinalFigureMeasuredAfterAsOf(),
      new TargetAcrossMethodBreak(),
      new DocumentAddressNotHttp(),
      new ContactEmailShape(),
      new ContactTelephoneShape(),
      new ContactPointWithoutChannel(),
      // Facts not known (wire format 1.1)
      new ProgrammeWithoutPeriod(),
      new MembershipWithoutJoinDate(),
      new MemberLeftDuringProgramme(),
      new InterventionWithoutLead(),
      new InterventionWithoutPlannedPeriod(),
      new GrantWithoutAmount(),
      new GrantWithoutPeriod(),
      // Where (wire format 1.1)
      new AreaOutsideProgramme());

  private StandardRules() {}

  /** @return every built-in rule, in catalogue order */
  public static List<Rule> all() {
    return ALL;
  }
}
