package dev.kansen.examples.integration;

import dev.kansen.model.Alliance;
import dev.kansen.model.DateRange;
import dev.kansen.model.Municipality;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Partner;
import dev.kansen.model.PartnerRole;
import dev.kansen.model.Programme;
import dev.kansen.model.Province;
import dev.kansen.model.id.MunicipalityCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Small programmes and resources the integration tests share. */
public final class Fixtures {
  private Fixtures() {}

  /** @return a programme for 's-Hertogenbosch with the municipality as its only partner */
  public static Programme bossche() {
    return Programme.builder()
        .id("gka-bossche-test")
        .title("Gelijke kansen 's-Hertogenbosch (test)")
        .alliance(Alliance.builder().name("Gelijke Kansen Alliantie").build())
        .addMunicipalities(Municipality.of("GM0796", "'s-Hertogenbosch", Province.NOORD_BRABANT))
        .period(DateRange.of("2021-01-01", "2021-12-31"))
        .addPartners(Partner.builder()
            .id("gemeente-den-bosch")
            .name("Gemeente 's-Hertogenbosch")
            .type(OrganisationType.MUNICIPALITY)
            .municipality(MunicipalityCode.of("GM0796"))
            .addRoles(PartnerRole.ACCOUNTABLE)
            .build())
        .build();
  }

  /**
   * @param name a resource under {@code /integration/}
   * @return its bytes
   */
  public static byte[] resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/integration/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource /integration/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
