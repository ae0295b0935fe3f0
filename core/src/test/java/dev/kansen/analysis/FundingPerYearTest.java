package dev.kansen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.BudgetLine;
import dev.kansen.model.BudgetType;
import dev.kansen.model.DateRange;
import dev.kansen.model.Dosage;
import dev.kansen.model.Grant;
import dev.kansen.model.Intervention;
import dev.kansen.model.InvalidValueException;
import dev.kansen.model.Money;
import dev.kansen.model.Programme;
import dev.kansen.model.Reach;
import dev.kansen.model.ReachUnit;
import dev.kansen.model.Repayment;
import dev.kansen.model.TargetGroup;
import dev.kansen.model.Transaction;
import dev.kansen.model.TransactionType;
import dev.kansen.validation.ProgrammeFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The funding per calendar year, a grant's accounts and reach against the eligible population. */
class FundingPerYearTest {
  private static final DateRange Y2024 = DateRange.of("2024-01-01", "2024-12-31");

  private static Grant.Builder grant(String id, Money amount) {
    return Grant.builder().id(id).funder("rijk").recipient("gemeente").amount(amount).period(Y2024).year(2024);
  }

  private static Transaction move(TransactionType type, Money amount) {
    return Transaction.builder().type(type).date(LocalDate.of(2024, 6, 1)).amount(amount).build();
  }

  private static Programme with(Grant... grants) {
    return Programme.builder().from(ProgrammeFixture.valid()).grants(List.of(grants)).build();
  }

  @Test
  void grantsWithoutAYearAreLeftOutAndYearsComeInOrder() {
    Grant noYear = grant("a", Money.eur("10")).year(java.util.OptionalInt.empty()).build();
    Grant later = grant("b", Money.eur("10")).year(2025)
        .period(DateRange.of("2025-01-01", "2025-12-31")).build();
    FundingPerYear perYear = FundingPerYear.of(with(noYear, later, grant("c", Money.eur("10")).build()));
    assertEquals(List.of(2024, 2025), perYear.years().stream().map(YearFunding::year).toList());
    assertEquals(List.of("c"), perYear.year(2024).get(0).grants());
    assertTrue(FundingPerYear.of(with(noYear)).isEmpty());
  }

  @Test
  void aYearInTwoCurrenciesHasAnEntryPerCurrencyAndNeverAddsThemUp() {
    Money usd = Money.of(new BigDecimal("100"), "USD");
    FundingPerYear perYear = FundingPerYear.of(with(grant("eur", Money.eur("100")).build(), grant("usd", usd).build()));
    assertEquals(2, perYear.year(2024).size());
    assertEquals(Money.eur("100"), perYear.year(2024, Money.EUR).orElseThrow().awarded());
    assertEquals(usd, perYear.year(2024, usd.currency()).orElseThrow().awarded());
  }

  @Test
  void moreAccountedForThanCameInIsAShortfallNotANegativeRemainder() {
    Grant over = grant("g", Money.eur("100")).addTransactions(move(TransactionType.DISBURSEMENT, Money.eur("100")),
        move(TransactionType.EXPENDITURE, Money.eur("90"))).carriedOver(Money.eur("20")).build();
    YearFunding y = FundingPerYear.of(with(over)).years().get(0);
    assertEquals(Money.eur("0"), y.remaining());
    assertEquals(Money.eur("10"), y.shortfall());
    assertFalse(y.balanced());
    assertFalse(GrantAccounts.of(over).balanced());
  }

  @Test
  void revisedBudgetLinesOfACategoryReplaceItsOriginalOnes() {
    Grant g = grant("g", Money.eur("100"))
        .addBudgets(BudgetLine.builder().period(Y2024).amount(Money.eur("60")).category("ve").build(),
            BudgetLine.builder().period(Y2024).amount(Money.eur("70")).category("ve").type(BudgetType.REVISED).build(),
            BudgetLine.builder().period(Y2024).amount(Money.eur("40")).category("other").build())
        .addRepayments(Repayment.builder().date(LocalDate.of(2025, 3, 1)).amount(Money.eur("5")).category("other").build())
        .build();
    GrantAccounts accounts = GrantAccounts.of(g);
    assertEquals(Money.eur("70"), accounts.category("ve").orElseThrow().budgeted());
    assertEquals(Money.eur("40"), accounts.category("other").orElseThrow().budgeted());
    assertEquals(Money.eur("5"), accounts.category("other").orElseThrow().repaid());
    assertTrue(accounts.closed());
  }

  @Test
  void anEligiblePopulationIsWithheldOnlyWhenTheNotReachedAreFewerThanTheThresholdButSome() {
    assertEquals(List.of(false, true, false),
        List.of(reach(20, 10), reach(20, 11), reach(20, 20)).stream()
            .map(p -> EligibleReach.of(p, 10).get(0).withheld()).toList());
    EligibleReach shown = EligibleReach.of(reach(20, 10), 10).get(0);
    assertEquals(new BigDecimal("50"), shown.percent().orElseThrow());
    assertTrue(EligibleReach.of(reach(20, 11), 10).get(0).eligible().isEmpty());
    assertThrows(IllegalArgumentException.class, () -> EligibleReach.of(reach(20, 10), 0));
  }

  @Test
  void negativeDosagesAndAgesInMonthsAreRefusedAtConstruction() {
    InvalidValueException hours = assertThrows(InvalidValueException.class,
        () -> Dosage.builder().hoursPerWeek(new BigDecimal("-1")).build());
    assertEquals("hoursPerWeek", hours.attribute());
    InvalidValueException months = assertThrows(InvalidValueException.class,
        () -> TargetGroup.builder().minAgeMonths(36).maxAgeMonths(30).build());
    assertEquals("minAgeMonths", months.attribute());
    assertThrows(InvalidValueException.class, () -> TargetGroup.builder().maxAgeMonths(336).build());
  }

  private static Programme reach(long eligible, long reached) {
    Programme p = ProgrammeFixture.valid();
    Intervention i = Intervention.builder().from(p.interventions().get(0))
        .eligiblePopulation(Reach.of(eligible, ReachUnit.CHILDREN)).actualReach(Reach.of(reached, ReachUnit.CHILDREN))
        .build();
    return Programme.builder().from(p).interventions(List.of(i)).build();
  }
}
