package dev.kansen.analysis;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Allocation;
import dev.kansen.model.DateRange;
import dev.kansen.model.Grant;
import dev.kansen.model.Money;
import dev.kansen.model.Programme;
import dev.kansen.model.Transaction;
import dev.kansen.model.TransactionType;
import dev.kansen.validation.ProgrammeFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FundingOverviewTest {
  private static Money eur(String amount) {
    return Money.eur(amount);
  }

  private static Money usd(String amount) {
    return Money.of(new BigDecimal(amount), "USD");
  }

  private static Grant.Builder grant(String id, String funder, Money amount) {
    return Grant.builder().id(id).funder(funder).recipient("gemeente-venray").amount(amount)
        .period(DateRange.of("2020-01-01", "2020-12-31"));
  }

  private static Transaction transaction(TransactionType type, Money amount) {
    return Transaction.builder().type(type).date(LocalDate.of(2020, 6, 1)).amount(amount).build();
  }

  private static Programme programme(Grant... grants) {
    return ProgrammeFixture.with(ProgrammeFixture.valid(), b -> b.grants(List.of(grants)));
  }

  @Test
  void aProgrammeWithoutGrantsHasNoFunding() {
    FundingOverview overview = FundingOverview.of(programme());
    assertAll(
        () -> assertEquals(List.of(), overview.grants()),
        () -> assertEquals(List.of(), overview.funders()),
        () -> assertEquals(List.of(), overview.interventions()),
        () -> assertEquals(List.of(), overview.currencies()),
        () -> assertEquals(List.of(), overview.granted()),
        () -> assertEquals(List.of(), overview.allocated()));
  }

  @Test
  void aGrantShowsWhatIsAllocatedLeftCommittedDisbursedAndSpent() {
    Grant g = grant("g1", "provincie-limburg", eur("50000"))
        .addAllocations(Allocation.of("warme-overdracht", eur("30000")), Allocation.of("zomerschool", eur("5000.50")),
            Allocation.of("warme-overdracht", eur("1000")))
        .addTransactions(transaction(TransactionType.COMMITMENT, eur("50000")),
            transaction(TransactionType.DISBURSEMENT, eur("20000")), transaction(TransactionType.DISBURSEMENT, eur("5000")),
            transaction(TransactionType.EXPENDITURE, eur("12345.67")))
        .build();
    GrantFunding f = FundingOverview.of(programme(g)).grants().get(0);
    assertAll(
        () -> assertEquals("g1", f.grant()),
        () -> assertEquals("provincie-limburg", f.funder()),
        () -> assertEquals("gemeente-venray", f.recipient()),
        () -> assertEquals(eur("50000"), f.amount()),
        () -> assertEquals(eur("36000.50"), f.allocated()),
        () -> assertEquals(eur("13999.50"), f.unallocated()),
        () -> assertEquals(eur("0"), f.overAllocated()),
        () -> assertEquals(eur("50000"), f.committed()),
        () -> assertEquals(eur("25000"), f.disbursed()),
        () -> assertEquals(eur("12345.67"), f.spent()),
        () -> assertEquals(List.of("warme-overdracht", "zomerschool"), f.interventions()),
        () -> assertFalse(f.mixedCurrencies()),
        () -> assertEquals(Money.EUR, f.currency()));
  }

  @Test
  void anOverAllocatedGrantHasNothingUnallocatedAndSaysByHowMuch() {
    Grant g = grant("g1", "ocw", eur("1000")).addAllocations(Allocation.of("warme-overdracht", eur("1250"))).build();
    GrantFunding f = FundingOverview.of(programme(g)).grants().get(0);
    assertEquals(eur("0"), f.unallocated());
    assertEquals(eur("250"), f.overAllocated());
  }

  @Test
  void amountsInAnotherCurrencyThanTheGrantsAreLeftOutOfItsSumsButCountForTheirIntervention() {
    Grant g = grant("g1", "ocw", eur("1000"))
        .addAllocations(Allocation.of("warme-overdracht", eur("400")), Allocation.of("warme-overdracht", usd("300")))
        .addTransactions(transaction(TransactionType.DISBURSEMENT, usd("300")))
        .build();
    FundingOverview overview = FundingOverview.of(programme(g));
    GrantFunding f = overview.grants().get(0);
    assertAll(
        () -> assertTrue(f.mixedCurrencies()),
        () -> assertEquals(eur("400"), f.allocated()),
        () -> assertEquals(eur("600"), f.unallocated()),
        () -> assertEquals(eur("0"), f.disbursed()),
        () -> assertEquals(List.of(
            new InterventionFunding("warme-overdracht", List.of("g1"), eur("400")),
            new InterventionFunding("warme-overdracht", List.of("g1"), usd("300"))), overview.interventions()));
  }

  @Test
  void grantsInTwoCurrenciesAreTotalledPerCurrencyNeverMixed() {
    FundingOverview overview = FundingOverview.of(programme(
        grant("g1", "ocw", eur("1000")).build(),
        grant("g2", "fonds", usd("700")).addAllocations(Allocation.of("zomerschool", usd("100"))).build(),
        grant("g3", "ocw", usd("50")).build(),
        grant("g4", "ocw", eur("500.25")).addAllocations(Allocation.of("zomerschool", eur("500.25"))).build()));
    assertAll(
        () -> assertEquals(List.of(Money.EUR, Money.currency("USD")), overview.currencies()),
        () -> assertEquals(List.of(eur("1500.25"), usd("750")), overview.granted()),
        () -> assertEquals(List.of(eur("500.25"), usd("100")), overview.allocated()),
        () -> assertEquals(List.of("ocw EUR", "fonds USD", "ocw USD"),
            overview.funders().stream().map(f -> f.funder() + " " + f.currency()).toList()),
        () -> assertEquals(new FunderFunding("ocw", List.of("g1", "g4"), eur("1500.25"), eur("500.25"), eur("1000"),
            eur("0"), eur("0"), eur("0"), eur("0")), overview.funders().get(0)),
        () -> assertEquals(List.of(new InterventionFunding("zomerschool", List.of("g2"), usd("100")),
            new InterventionFunding("zomerschool", List.of("g4"), eur("500.25"))), overview.interventions()));
  }

  @Test
  void aFundersOverAllocationDoesNotMakeUpForAnotherGrantsUnallocatedMoney() {
    FundingOverview overview = FundingOverview.of(programme(
        grant("g1", "ocw", eur("100")).addAllocations(Allocation.of("a", eur("150"))).build(),
        grant("g2", "ocw", eur("100")).addAllocations(Allocation.of("a", eur("50"))).build()));
    FunderFunding ocw = overview.funders().get(0);
    assertAll(
        () -> assertEquals(eur("200"), ocw.allocated()),
        () -> assertEquals(eur("50"), ocw.unallocated()),
        () -> assertEquals(eur("50"), ocw.overAllocated()),
        () -> assertEquals(List.of(new InterventionFunding("a", List.of("g1", "g2"), eur("200"))), overview.interventions()));
  }

  @Test
  void inconsistentFiguresCannotBeConstructed() {
    assertAll(
        () -> assertThrows(IllegalArgumentException.class, () -> new GrantFunding("g", "f", "r", eur("100"), eur("40"),
            eur("50"), eur("0"), eur("0"), eur("0"), eur("0"), List.of(), false)),
        () -> assertThrows(IllegalArgumentException.class, () -> new GrantFunding("g", "f", "r", eur("100"), eur("40"),
            eur("60"), usd("0"), eur("0"), eur("0"), eur("0"), List.of(), false)),
        () -> assertThrows(IllegalArgumentException.class, () -> new FunderFunding("f", List.of(), eur("1"), usd("1"),
            eur("0"), eur("0"), eur("0"), eur("0"), eur("0"))));
  }
}
