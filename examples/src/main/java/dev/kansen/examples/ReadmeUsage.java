package dev.kansen.examples;

// readme:imports:start
import dev.kansen.analysis.FunderFunding;
import dev.kansen.analysis.FundingOverview;
import dev.kansen.json.KansenJson;
import dev.kansen.model.Alliance;
import dev.kansen.model.AllianceMembership;
import dev.kansen.model.DateRange;
import dev.kansen.model.Grant;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.InterventionType;
import dev.kansen.model.Money;
import dev.kansen.model.Municipality;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Partner;
import dev.kansen.model.PartnerRole;
import dev.kansen.model.Programme;
import dev.kansen.model.Province;
import dev.kansen.model.Reach;
import dev.kansen.model.ReachUnit;
import dev.kansen.validation.Rule;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.Severity;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.ValidationReport;
import dev.kansen.validation.Validator;
import dev.kansen.validation.Violation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
// readme:imports:end

/**
 * The Java snippets of the README, compiled and run by {@code ReadmeUsageTest}, which also checks
 * that every {@code java} block of the README is exactly one region of this file: the lines
 * between {@code // readme:NAME:start} and {@code // readme:NAME:end}, without their common
 * indentation, for the block under {@code <!-- readme:NAME -->}.
 */
public final class ReadmeUsage {
  private ReadmeUsage() {}

  /**
   * Builds a small programme, prints its grant, its intervention and its funding, and validates it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Programme programme = build();
    validate(programme);
  }

  /**
   * The README's usage example: builds a small programme and prints its grant, its intervention
   * and its funding per funder.
   *
   * @return the programme
   */
  public static Programme build() {
    // readme:usage:start
    DateRange schoolYear = DateRange.of("2018-08-01", "2019-07-31");
    Programme programme = Programme.builder()
        .id("heerlen-2018").title("Gelijke kansen Heerlen").period(schoolYear)
        .alliance(Alliance.builder().name("Gelijke Kansen Alliantie")
            .addMembers(AllianceMembership.of("GM0917", LocalDate.of(2018, 3, 1))).build())
        .addMunicipalities(Municipality.of("GM0917", "Heerlen", Province.LIMBURG))
        .addPartners(
            Partner.builder().id("limburg").name("Provincie Limburg")
                .type(OrganisationType.PROVINCE).addRoles(PartnerRole.FUNDING).build(),
            Partner.builder().id("heerlen").name("Gemeente Heerlen").type(OrganisationType.MUNICIPALITY)
                .addRoles(PartnerRole.ACCOUNTABLE, PartnerRole.IMPLEMENTING).build())
        .addInterventions(Intervention.builder().id("warme-overdracht")
            .title("Warme overdracht vanuit de peuteropvang").type(InterventionType.WARM_HANDOVER)
            .lead("heerlen").planned(schoolYear).status(InterventionStatus.PIPELINE)
            .plannedReach(Reach.of(8, ReachUnit.SCHOOLS)).build())
        .addGrants(Grant.builder().id("bijdrage").funder("limburg").recipient("heerlen")
            .amount(Money.eur("50000")).period(schoolYear).build())
        .build();

    Grant grant = programme.grants().get(0);
    System.out.println(programme.partner(grant.funder()).orElseThrow().name() + " gives "
        + grant.amount().orElseThrow() + " to " + programme.partner(grant.recipient()).orElseThrow().name());
    Intervention handover = programme.intervention("warme-overdracht").orElseThrow();
    System.out.println(handover.title() + ": " + handover.plannedReach().orElseThrow() + " planned");
    for (FunderFunding funder : FundingOverview.of(programme).funders()) {
      System.out.println(funder.funder() + " granted " + funder.granted() + ", unallocated " + funder.unallocated());
    }
    // readme:usage:end
    return programme;
  }

  /**
   * The README's validation example.
   *
   * @param programme the programme to validate
   * @return the report
   */
  public static ValidationReport validate(Programme programme) {
    // readme:validate:start
    ValidationReport report = Validator.standard()
        .validate(programme, ValidationContext.asOf(LocalDate.of(2019, 3, 1)));
    if (!report.valid()) {                       // valid() means: no ERROR
      for (Violation v : report.errors()) {
        System.out.println(v.path() + " " + v.code() + ": " + v.message());
        // /grants/0/allocations/1/amount ALLOCATIONS_EXCEED_GRANT: The allocations of grant ...
      }
    }
    report.warnings();                           // probably wrong or incomplete
    report.withCode(RuleCode.SMALL_CELL.name()); // react to one finding by its stable code
    // readme:validate:end
    return report;
  }

  /**
   * The README's example of a tuned validator and context.
   *
   * @param mySchoolRegisterRule a rule of the user's own
   * @param today the as-of date
   * @param programme the programme to validate
   * @return the report of the tuned validator
   */
  public static ValidationReport tune(Rule mySchoolRegisterRule, LocalDate today, Programme programme) {
    // readme:tune:start
    Validator validator = Validator.builder()
        .disable(RuleCode.INDICATOR_WITHOUT_BASELINE)
        .severity(RuleCode.GRANT_OUTSIDE_PROGRAMME_PERIOD, Severity.ERROR)
        .add(mySchoolRegisterRule)               // implements Rule, with a Code of your own
        .build();
    ValidationContext context = ValidationContext.builder()
        .asOf(today).smallCellThreshold(15).build();
    // readme:tune:end
    return validator.validate(programme, context);
  }

  /**
   * The README's JSON example.
   *
   * @param file a programme file
   * @return the canonical JSON of the programme
   * @throws IOException when the file cannot be read
   */
  public static String json(Path file) throws IOException {
    // readme:json:start
    KansenJson json = KansenJson.strict();              // or KansenJson.lenient()
    Programme p = json.read(file);                      // KansenJsonException: every problem with path, line, column
    String text = json.write(p);                        // canonical: write(read(write(p))) equals write(p)
    // readme:json:end
    return text;
  }
}
