package dev.kansen.validation;

import static dev.kansen.validation.ProgrammeFixture.context;
import static dev.kansen.validation.ProgrammeFixture.grant;
import static dev.kansen.validation.ProgrammeFixture.intervention;
import static dev.kansen.validation.ProgrammeFixture.partner;
import static dev.kansen.validation.ProgrammeFixture.transaction;
import static dev.kansen.validation.ProgrammeFixture.valid;
import static dev.kansen.validation.ProgrammeFixture.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kansen.model.Alliance;
import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Allocation;
import dev.kansen.model.BudgetLine;
import dev.kansen.model.DateRange;
import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.Money;
import dev.kansen.model.Programme;
import dev.kansen.model.TransactionType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every place a rule looks is looked at: each kind of reference, list and date a rule names in its
 * description gets a finding at its own path (mutation testing found these places unchecked).
 */
class RuleReachTest {
  private static Set<String> found(Programme programme, RuleCode code) {
    return Validator.standard().validate(programme, context()).violations().stream()
        .filter(v -> v.code().equals(code.name())).map(v -> v.path().toString())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void interventionReferencesOfIndicatorsAllocationsAndTransactionsAreResolved() {
    Programme p = grant(with(valid(), b -> b.indicators(List.of(Indicator.builder().from(valid().indicators().get(0))
            .addInterventions("nowhere-1").build()))),
        0, g -> g.addAllocations(Allocation.of("nowhere-2", Money.eur("1")))
            .addTransactions(transaction(TransactionType.DISBURSEMENT, "2020-10-01", "1").intervention("nowhere-3").build()));
    assertEquals(Set.of("/indicators/0/interventions/1", "/grants/0/allocations/2/intervention",
        "/grants/0/transactions/3/intervention"), found(p, RuleCode.UNRESOLVED_INTERVENTION_REFERENCE));
  }

  @Test
  void theCoordinatorAndPartOfNamePartners() {
    Programme p = partner(with(valid(), b -> b.alliance(Alliance.builder().from(valid().alliance())
        .coordinator("nobody").build())), 5, b -> b.partOf("nobody-either"));
    assertEquals(Set.of("/alliance/coordinator", "/partners/5/partOf"), found(p, RuleCode.UNRESOLVED_PARTNER_REFERENCE));
  }

  @Test
  void grantAndIndicatorIdsAreUnique() {
    Grant first = valid().grants().get(0);
    Indicator indicator = valid().indicators().get(0);
    Programme p = with(valid(), b -> b.addGrants(Grant.builder().from(first).allocations(List.of())
        .transactions(List.of()).budgets(List.of()).build()).addIndicators(indicator));
    assertEquals(Set.of("/grants/1/id", "/indicators/1/id"), found(p, RuleCode.DUPLICATE_ID));
  }

  @Test
  void budgetLinesAndTransactionsKeepTheGrantsCurrency() {
    Money dollars = Money.of(new BigDecimal("10"), "USD");
    Programme p = grant(valid(), 0, g -> g
        .addBudgets(BudgetLine.builder().period(DateRange.of("2020-08-01", "2021-07-31")).amount(dollars).build())
        .addTransactions(transaction(TransactionType.EXPENDITURE, "2020-10-01", "1").amount(dollars).build()));
    assertEquals(Set.of("/grants/0/budgets/2/amount/currency", "/grants/0/transactions/3/amount/currency"),
        found(p, RuleCode.MIXED_CURRENCIES));
  }

  @Test
  void anActualEndAndAJoinDateAfterTheAsOfDateAreReported() {
    Programme p = with(intervention(valid(), 0, b -> b.actualEnd(context().asOf().plusDays(1))),
        b -> b.alliance(Alliance.builder().from(valid().alliance())
            .members(List.of(AllianceMembership.of("GM0984", context().asOf().plusDays(2)))).build()));
    Set<String> found = found(p, RuleCode.ACTUAL_DATE_AFTER_AS_OF);
    assertEquals(Set.of("/interventions/0/actualEnd", "/alliance/members/0/joined"), found);
  }

  @Test
  void aParticipantWithoutTheImplementingRoleIsReported() {
    Programme p = intervention(valid(), 0, b -> b.participants(List.of("ocw")));
    assertEquals(Set.of("/interventions/0/participants/0"), found(p, RuleCode.IMPLEMENTER_WITHOUT_IMPLEMENTING_ROLE));
  }
}
