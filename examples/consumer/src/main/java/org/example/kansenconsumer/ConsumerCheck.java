package org.example.kansenconsumer;

import dev.kansen.json.KansenJson;
import dev.kansen.json.KansenJsonException;
import dev.kansen.model.Alliance;
import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Allocation;
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
import dev.kansen.model.id.MunicipalityCode;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.ValidationReport;
import dev.kansen.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Uses kansen from the outside, through its published artifacts only: builds a programme,
 * validates it, writes it as JSON and reads it back, and checks that a broken programme and a
 * broken document are reported. Prints one line per check and fails (exit status 1) if any check
 * does not hold.
 */
public final class ConsumerCheck {
  private final List<String> failures = new ArrayList<>();
  private int passed;

  private ConsumerCheck() {}

  /**
   * Runs the checks.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ConsumerCheck check = new ConsumerCheck();
    check.run();
    System.out.println("consumer checks: " + check.passed + " passed, " + check.failures.size() + " failed");
    if (!check.failures.isEmpty()) {
      throw new IllegalStateException("kansen consumer checks failed: " + check.failures);
    }
  }

  private void run() {
    Programme programme = venray();
    ValidationReport report = Validator.standard().validate(programme, ValidationContext.asOf(LocalDate.of(2018, 12, 31)));
    check("a well-formed programme validates", report.valid(), report.toString());

    KansenJson json = KansenJson.strict();
    String document = json.write(programme);
    Programme readBack = json.read(document);
    check("JSON written by kansen reads back equal", readBack.equals(programme), document);
    check("canonical JSON is stable", json.write(readBack).equals(document), document);

    Programme broken = Programme.builder().from(programme)
        .addInterventions(Intervention.builder().from(programme.interventions().get(0))
            .id("zonder-trekker").lead("onbekende-partner").build())
        .build();
    ValidationReport brokenReport = Validator.standard().validate(broken, ValidationContext.asOf(LocalDate.of(2018, 12, 31)));
    check("an unknown lead partner is reported",
        !brokenReport.valid() && brokenReport.errors().stream().anyMatch(v -> v.path().toString().startsWith("/interventions/1")),
        brokenReport.toString());

    String badDocument = document.replace("\"GM0984\"", "\"GM984\"");
    try {
      json.read(badDocument);
      check("a malformed municipality code is rejected", false, "read succeeded");
    } catch (KansenJsonException e) {
      check("a malformed municipality code is rejected with its path",
          e.violations().stream().anyMatch(v -> v.path().toString().startsWith("/municipalities/0")), e.violations().toString());
    }
  }

  /** The Limburg seed in small: Venray joins the alliance and the province funds its language project. */
  private static Programme venray() {
    return Programme.builder()
        .id("gka-venray-2018")
        .title("Gelijke kansen Venray")
        .alliance(Alliance.builder().name("Gelijke Kansen Alliantie")
            .addMembers(AllianceMembership.of("GM0984", LocalDate.of(2018, 3, 8)))
            .build())
        .addMunicipalities(Municipality.of("GM0984", "Venray", Province.LIMBURG))
        .period(DateRange.of("2018-03-08", "2018-12-31"))
        .addPartners(Partner.builder()
            .id("gemeente-venray")
            .name("Gemeente Venray")
            .type(OrganisationType.MUNICIPALITY)
            .municipality(MunicipalityCode.of("GM0984"))
            .addRoles(PartnerRole.ACCOUNTABLE, PartnerRole.IMPLEMENTING)
            .build())
        .addPartners(Partner.builder()
            .id("provincie-limburg")
            .name("Provincie Limburg")
            .type(OrganisationType.PROVINCE)
            .addRoles(PartnerRole.FUNDING)
            .build())
        .addInterventions(Intervention.builder()
            .id("taalstimulering")
            .title("Taalstimulering op school en thuis")
            .type(InterventionType.LANGUAGE_STIMULATION)
            .lead("gemeente-venray")
            .planned(DateRange.of("2018-04-01", "2018-12-31"))
            .status(InterventionStatus.IMPLEMENTATION)
            .actualStart(LocalDate.of(2018, 4, 1))
            .build())
        .addGrants(Grant.builder()
            .id("provincie-limburg-venray")
            .funder("provincie-limburg")
            .recipient("gemeente-venray")
            .amount(Money.eur("50000"))
            .period(DateRange.of("2018-03-08", "2018-12-31"))
            .addAllocations(Allocation.of("taalstimulering", Money.eur("50000")))
            .build())
        .build();
  }

  private void check(String name, boolean holds, String detail) {
    if (holds) {
      passed++;
      System.out.println("ok      " + name);
    } else {
      failures.add(name);
      System.out.println("FAILED  " + name + System.lineSeparator() + detail);
    }
  }
}
