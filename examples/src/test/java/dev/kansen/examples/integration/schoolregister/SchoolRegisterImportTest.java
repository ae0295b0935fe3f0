package dev.kansen.examples.integration.schoolregister;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.examples.integration.Fixtures;
import dev.kansen.model.EducationSector;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import dev.kansen.model.id.BrinCode;
import dev.kansen.model.id.MunicipalityCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchoolRegisterImportTest {
  private static final String HEADER = "BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;"
      + "PLAATSNAAM;GEMEENTENUMMER;GEMEENTENAAM;DENOMINATIE\n";
  private static final SchoolRegisterImport DEN_BOSCH = SchoolRegisterImport.forMunicipality(MunicipalityCode.of("GM0796"));

  private static ImportResult importText(String csv) throws RegisterReadException {
    return DEN_BOSCH.importInto(Fixtures.bossche(), "test.csv", csv.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> ids(List<Partner> partners) {
    return partners.stream().map(Partner::id).toList();
  }

  @Test
  void importsTheBoardsAndSchoolsOfOneMunicipalityFromTheSampleFile() throws Exception {
    Programme before = Fixtures.bossche();
    ImportResult result = DEN_BOSCH.importInto(before, "sample", Fixtures.resource("duo-vestigingen-ILLUSTRATIVE.csv"));

    assertEquals(List.of("bevoegd-gezag-99901", "brin-99ZA00", "brin-99ZA01", "bevoegd-gezag-99902", "brin-99ZB00",
        "brin-99ZC00"), ids(result.added()));
    assertEquals(List.of("gemeente-den-bosch", "bevoegd-gezag-99901", "brin-99ZA00", "brin-99ZA01",
        "bevoegd-gezag-99902", "brin-99ZB00", "brin-99ZC00"), ids(result.programme().partners()));
    assertEquals(0, result.alreadyPresent());
    assertEquals(List.of(new RowProblem(6, "OTHER_MUNICIPALITY", "the school lies in GM0984 (Venray), not in GM0796"),
        new RowProblem(7, "MALFORMED_BRIN", "VESTIGINGSCODE must be a two-digit vestigingsnummer or the instellingscode"
            + " 9ZE followed by one, but was \"9ZE00\"")), result.problems());
    assertEquals(List.of("gemeente-den-bosch"), ids(before.partners()), "the programme passed in is unchanged");
  }

  @Test
  void aSchoolCarriesItsBrinCodeBoardMunicipalityAndKind() throws Exception {
    Programme merged = DEN_BOSCH.importInto(Fixtures.bossche(), "sample",
        Fixtures.resource("duo-vestigingen-ILLUSTRATIVE.csv")).programme();

    Partner ideeenlab = merged.partner("brin-99ZB00").orElseThrow();
    assertEquals("Voorbeeldschool Het Ideeënlab (fictief)", ideeenlab.name());
    assertEquals(OrganisationType.PRIMARY_SCHOOL, ideeenlab.type());
    assertEquals(List.of(BrinCode.of("99ZB00")), ideeenlab.identifiers());
    assertEquals("bevoegd-gezag-99902", ideeenlab.partOf().orElseThrow());
    assertEquals(MunicipalityCode.of("GM0796"), ideeenlab.municipality().orElseThrow());
    assertEquals("School location in ROSMALEN, denominatie Rooms-Katholiek, imported from the DUO school register",
        ideeenlab.description().orElseThrow());

    Partner sbo = merged.partner("brin-99ZC00").orElseThrow();
    assertEquals("Voorbeeld-sbo De Brug; speciaal basisonderwijs (fictief)", sbo.name());
    assertEquals(OrganisationType.SPECIAL_SCHOOL, sbo.type());

    Partner board = merged.partner("bevoegd-gezag-99902").orElseThrow();
    assertEquals(OrganisationType.SCHOOL_BOARD, board.type());
    assertEquals("Bevoegd gezag 99902", board.name());
    assertEquals(Set.of(EducationSector.PRIMARY, EducationSector.SPECIAL), board.sectors());
  }

  @Test
  void importingTheSameFileTwiceAddsNothingTheSecondTime() throws Exception {
    byte[] sample = Fixtures.resource("duo-vestigingen-ILLUSTRATIVE.csv");
    Programme once = DEN_BOSCH.importInto(Fixtures.bossche(), "sample", sample).programme();

    ImportResult twice = DEN_BOSCH.importInto(once, "sample", sample);

    assertEquals(List.of(), twice.added());
    assertEquals(6, twice.alreadyPresent());
    assertEquals(once, twice.programme());
  }

  @Test
  void aSchoolAlreadyInTheProgrammeUnderAnotherIdIsMatchedByItsBrinCode() throws Exception {
    Partner known = Partner.builder().id("de-linde").name("De Linde").type(OrganisationType.PRIMARY_SCHOOL)
        .addIdentifiers(BrinCode.of("99ZA00")).build();
    Programme programme = Programme.builder().from(Fixtures.bossche()).addPartners(known).build();

    ImportResult result = DEN_BOSCH.importInto(programme, "test.csv", (HEADER
        + "99901;99ZA;99ZA00;Voorbeeldschool De Linde (fictief);X;0796;'s-Hertogenbosch;Openbaar\n")
        .getBytes(StandardCharsets.UTF_8));

    assertEquals(List.of("bevoegd-gezag-99901"), ids(result.added()));
    assertEquals(1, result.alreadyPresent());
    assertEquals(known, result.programme().partner("de-linde").orElseThrow(), "the existing partner is kept as it was");
  }

  @Test
  void aPartnerAlreadyInTheProgrammeWithTheSameIdIsNotAddedAgain() throws Exception {
    Partner board = Partner.builder().id("bevoegd-gezag-99901").name("Stichting Voorbeeld (fictief)")
        .type(OrganisationType.SCHOOL_BOARD).build();
    Programme programme = Programme.builder().from(Fixtures.bossche()).addPartners(board).build();

    ImportResult result = DEN_BOSCH.importInto(programme, "test.csv", (HEADER
        + "99901;99ZA;99ZA00;Voorbeeldschool De Linde (fictief);X;0796;'s-Hertogenbosch;Openbaar\n")
        .getBytes(StandardCharsets.UTF_8));

    assertEquals(List.of("brin-99ZA00"), ids(result.added()));
    assertEquals("Stichting Voorbeeld (fictief)", result.programme().partner("bevoegd-gezag-99901").orElseThrow().name());
  }

  @Test
  void badRowsAreReportedWithTheirLineAndSkippedWhileGoodRowsAreImported() throws Exception {
    ImportResult result = importText(HEADER
        + "99901;;00;School zonder code (fictief);X;0796;;\n"                    // line 2
        + "99901;99ZA;00;\"Naam over\ntwee regels (fictief)\";X;0796;;\n"          // lines 3-4
        + "99901;99ZA;00;Dubbel (fictief);X;0796;;\n"                             // line 5
        + "99901;99zb;00;Kleine letters (fictief);X;0796;;\n"                     // line 6
        + "99901;99ZC;00;Geen gemeente (fictief);X;GM07960;;\n"                   // line 7
        + "99901;99ZD;00;Te kort (fictief);X\n"                                   // line 8
        + "\n"                                                                     // line 9, blank
        + "ABC;99ZE;00;Raar bestuur (fictief);X;0796;;\n"                         // line 10
        + "99901;99ZF;00;;X;0796;;\n"                                             // line 11
        + "99901;99ZG;7;Goed (fictief);X;796;;\n");                               // line 12

    assertEquals(List.of(
        new RowProblem(2, "MISSING_INSTELLINGSCODE", "INSTELLINGSCODE is empty"),
        new RowProblem(5, "DUPLICATE_VESTIGING", "vestiging 99ZA00 is already on line 3"),
        new RowProblem(6, "MALFORMED_BRIN", "INSTELLINGSCODE and VESTIGINGSCODE do not form a BRIN code: BrinCode must be"
            + " two digits and two capital letters, optionally followed by a two-digit vestiging, such as 16SW or 16SW00,"
            + " but was \"99zb00\""),
        new RowProblem(7, "MALFORMED_GEMEENTENUMMER", "GEMEENTENUMMER must be a CBS municipality number of up to four"
            + " digits, such as 0796, but was \"GM07960\""),
        new RowProblem(8, "FIELD_COUNT", "the row has 5 fields but the header has 8 (a stray semicolon or quote?)"),
        new RowProblem(10, "MALFORMED_BEVOEGD_GEZAG_NUMMER", "BEVOEGD GEZAG NUMMER must be digits, but was \"ABC\""),
        new RowProblem(11, "MISSING_VESTIGINGSNAAM", "VESTIGINGSNAAM is empty")), result.problems());
    assertEquals(List.of("bevoegd-gezag-99901", "brin-99ZA00", "brin-99ZG07"), ids(result.added()));
    assertEquals("Naam over\ntwee regels (fictief)", result.programme().partner("brin-99ZA00").orElseThrow().name());
  }

  @Test
  void theSchoolTypeComesFromTheParameterWhenTheFileHasNoSoortPoColumn() throws Exception {
    ImportResult result = DEN_BOSCH.withSchoolType(OrganisationType.SECONDARY_SCHOOL).importInto(Fixtures.bossche(),
        "vo.csv", (HEADER + "99901;99ZA;99ZA00;Voorbeeldcollege (fictief);X;0796;;\n").getBytes(StandardCharsets.UTF_8));

    Partner school = result.programme().partner("brin-99ZA00").orElseThrow();
    assertEquals(OrganisationType.SECONDARY_SCHOOL, school.type());
    assertEquals(Set.of(EducationSector.SECONDARY), school.sectors());
    assertThrows(IllegalArgumentException.class, () -> DEN_BOSCH.withSchoolType(OrganisationType.LIBRARY));
  }

  @Test
  void anUnknownSoortPoIsReportedRatherThanGuessed() throws Exception {
    ImportResult result = importText("BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;GEMEENTENUMMER;SOORT PO\n"
        + "99901;99ZA;00;Voorbeeldschool (fictief);0796;Kinderopvang\n");

    assertEquals(List.of(new RowProblem(2, "UNKNOWN_SCHOOL_KIND",
        "SOORT PO must be Bo, Sbo, So or Vso, but was \"Kinderopvang\"")), result.problems());
    assertEquals(List.of(), result.added());
  }

  @Test
  void aFileWithoutARequiredColumnFailsAsAWholeNamingTheColumn() {
    RegisterReadException e = assertThrows(RegisterReadException.class, () -> importText(
        "BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSNAAM;GEMEENTENUMMER\n99901;99ZA;School (fictief);0796\n"));

    assertTrue(e.getMessage().startsWith("test.csv: the header lacks the column(s) [VESTIGINGSCODE]"), e.getMessage());
  }

  @Test
  void aCommaSeparatedFileFailsWithAHintAboutTheSeparator() {
    RegisterReadException e = assertThrows(RegisterReadException.class, () -> importText(
        "BEVOEGD GEZAG NUMMER,INSTELLINGSCODE,VESTIGINGSCODE,VESTIGINGSNAAM,GEMEENTENUMMER\n"));

    assertTrue(e.getMessage().contains("is the file semicolon-separated"), e.getMessage());
  }

  @Test
  void anUnclosedQuoteFailsTheWholeFileWithItsLine() {
    RegisterReadException e = assertThrows(RegisterReadException.class, () -> importText(HEADER
        + "99901;99ZA;00;Goed (fictief);X;0796;;\n"
        + "99901;99ZB;00;\"Nooit gesloten;X;0796;;\n"));

    assertTrue(e.getMessage().startsWith("test.csv: not readable as semicolon-separated CSV at line "), e.getMessage());
  }

  @Test
  void anEmptyFileFails() {
    RegisterReadException e = assertThrows(RegisterReadException.class, () -> importText(""));

    assertTrue(e.getMessage().startsWith("test.csv: the file is empty"), e.getMessage());
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeParsing() {
    RegisterReadException e = assertThrows(RegisterReadException.class, () -> DEN_BOSCH.withMaxBytes(10)
        .importInto(Fixtures.bossche(), "big.csv", HEADER.getBytes(StandardCharsets.UTF_8)));

    assertEquals("big.csv: " + HEADER.length() + " bytes is more than the limit of 10", e.getMessage());
  }
}
