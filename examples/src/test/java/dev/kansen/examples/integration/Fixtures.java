package dev.kansen.examples.integration;

import dev.kansen.model.Alliance;
import dev.kansen.model.AllianceMembership;
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
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;

/** Small programmes and resources the integration tests share. */
public final class Fixtures {
  private Fixtures() {}

  /** @return a valid programme for 's-Hertogenbosch with the municipality as its only partner */
  public static Programme bossche() {
    return Programme.builder()
        .id("gka-bossche-test")
        .title("Gelijke kansen 's-Hertogenbosch (test)")
        .alliance(Alliance.builder().name("Gelijke Kansen Alliantie")
            .addMembers(AllianceMembership.of("GM0796", LocalDate.of(2019, 7, 1)))
            .build())
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

  /**
   * @param name a resource under {@code /integration/}
   * @return the resource as a file, as it lies in the build's class output
   */
  public static Path resourcePath(String name) {
    URL url = Fixtures.class.getResource("/integration/" + name);
    if (url == null) {
      throw new IllegalStateException("missing resource /integration/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
