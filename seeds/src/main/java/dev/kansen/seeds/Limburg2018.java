package dev.kansen.seeds;

import dev.kansen.model.AgeRange;
import dev.kansen.model.Alliance;
import dev.kansen.model.AllianceMembership;
import dev.kansen.model.EducationSector;
import dev.kansen.model.Goal;
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
import dev.kansen.model.TargetGroup;
import dev.kansen.model.Theme;
import dev.kansen.model.id.MunicipalityCode;
import java.time.LocalDate;
import java.util.List;

/**
 * The Limburg programme as the seed article "Gelijke Kansen Alliantie: Vier Limburgse gemeenten doen
 * mee" (Provincie Limburg, 8 March 2018) describes it: Sittard-Geleen, Roermond, Venray and Heerlen
 * join the Gelijke Kansen Alliantie, and the Province of Limburg co-funds the projects, with
 * EUR 50,000 each to Venray and Heerlen.
 *
 * <p>One programme covers the four municipalities, because the article presents them as one
 * provincial set of alliance projects ("De Limburgse Gelijke kansen Alliantie-projecten") under one
 * co-funder; the interventions name the municipality they run in. Sittard-Geleen and Roermond join,
 * but the article describes no project of theirs and no amount for them.
 *
 * <p>Only what the article says is recorded:
 * <ul>
 *   <li>The article names sectors and schools, not organisations: each is one partner standing for
 *       the group, without identifiers. No KvK, BRIN or other registration number is invented.</li>
 *   <li>The one figure the article sets as an aim is Heerlen's eight primary schools with a warm
 *       handover from the peuteropvang: the planned reach of Heerlen's two interventions, and the
 *       partner "Acht basisscholen Heerlen" that stands for 8 organisations. The article gives no
 *       school year for it, so it is not an indicator target (an indicator period needs one).</li>
 *   <li>The two grants are the only amounts in the article. Each goes to a municipality whose
 *       project has two interventions and the article gives no split, so neither grant is
 *       allocated to an intervention.</li>
 *   <li>People quoted (Hans Teunissen, Martijn van der Putten, Jordy Clemens) appear in the
 *       descriptions of the organisation they speak for.</li>
 *   <li>Dates the article does not give are not recorded: the four memberships are known to hold by
 *       the article's date ({@link #ARTICLE_DATE}, "hebben zich aangesloten") without a join date,
 *       and the programme, its interventions and the grants have no period.</li>
 * </ul>
 */
public final class Limburg2018 {
  /** The programme's id. */
  public static final String ID = "limburg-2018";

  /** The day the article was published: Thursday 8 March 2018. */
  public static final LocalDate ARTICLE_DATE = LocalDate.of(2018, 3, 8);


  /** The amount the province gives to Venray, and the same amount to Heerlen: EUR 50,000. */
  public static final Money PROVINCIAL_CONTRIBUTION = Money.eur("50000");

  private static final String PROVINCE = "provincie-limburg";
  private static final String OCW = "ocw";
  private static final String SITTARD_GELEEN = "gemeente-sittard-geleen";
  private static final String ROERMOND = "gemeente-roermond";
  private static final String VENRAY = "gemeente-venray";
  private static final String HEERLEN = "gemeente-heerlen";
  private static final String VENRAY_PRIMARY = "venray-basisonderwijs";
  private static final String VENRAY_CHILDCARE = "venray-kinderopvang";
  private static final String VENRAY_SPECIAL = "venray-speciaal-onderwijs";
  private static final String VENRAY_SECONDARY = "venray-voortgezet-onderwijs";
  private static final String VENRAY_MBO = "venray-mbo";
  private static final String HEERLEN_SCHOOLS = "heerlen-acht-basisscholen";
  private static final String HEERLEN_PEUTEROPVANG = "heerlen-peuteropvang";

  private static final MunicipalityCode GM1883 = MunicipalityCode.of("GM1883");
  private static final MunicipalityCode GM0957 = MunicipalityCode.of("GM0957");
  private static final MunicipalityCode GM0984 = MunicipalityCode.of("GM0984");
  private static final MunicipalityCode GM0917 = MunicipalityCode.of("GM0917");

  private static final String UNNAMED = " The article names the sector, not the organisations, so this partner"
      + " stands for the group and carries no identifiers.";
  private static final String ANNOUNCED = " Announced in the article of 8 March 2018, which does not say whether"
      + " it had started: status PIPELINE as of that day. The article gives no planned period, so none is recorded.";

  private Limburg2018() {}

  /** @return the programme, built anew on each call */
  public static Programme programme() {
    return Programme.builder()
        .id(ID)
        .title("Gelijke Kansen Alliantie in Limburg: Sittard-Geleen, Roermond, Venray en Heerlen")
        .description("Sittard-Geleen, Roermond, Venray and Heerlen join the Gelijke Kansen Alliantie of the Ministry"
            + " of OCW (article 'Gelijke Kansen Alliantie: Vier Limburgse gemeenten doen mee', 8 March 2018). The"
            + " alliance was started after the Inspectie van het Onderwijs's report 'de Staat van het Onderwijs"
            + " 2016'. The Province of Limburg endorses the importance of equal opportunities in education and"
            + " supports the projects financially; the article gives amounts only for Venray and Heerlen. The"
            + " Limburg projects focus on parental involvement and a warm intake into primary education.")
        .alliance(Alliance.builder()
            .name("Gelijke Kansen Alliantie")
            .coordinator(OCW)
            .addMembers(
                AllianceMembership.builder().municipality(GM1883).knownBy(ARTICLE_DATE).build(),
                AllianceMembership.builder().municipality(GM0957).knownBy(ARTICLE_DATE).build(),
                AllianceMembership.builder().municipality(GM0984).knownBy(ARTICLE_DATE).build(),
                AllianceMembership.builder().municipality(GM0917).knownBy(ARTICLE_DATE).build())
            .build())
        .addMunicipalities(
            Municipality.builder().code(GM1883).name("Sittard-Geleen").province(Province.LIMBURG).build(),
            Municipality.builder().code(GM0957).name("Roermond").province(Province.LIMBURG).build(),
            Municipality.builder().code(GM0984).name("Venray").province(Province.LIMBURG).build(),
            Municipality.builder().code(GM0917).name("Heerlen").province(Province.LIMBURG).build())
        .addThemes(Theme.PARENTAL_INVOLVEMENT, Theme.SMOOTH_TRANSITIONS, Theme.STRONG_NETWORKS, Theme.LANGUAGE,
            Theme.PROFESSIONAL_DEVELOPMENT, Theme.HEALTH, Theme.TALENT_DEVELOPMENT)
        .partners(partners())
        .interventions(interventions())
        .grants(grants())
        .goals(goals())
        .build();
  }

  private static List<Partner> partners() {
    return List.of(
        Partner.builder().id(PROVINCE).name("Provincie Limburg").type(OrganisationType.PROVINCE)
            .addIdentifiers(Province.LIMBURG.code())
            .addRoles(PartnerRole.FUNDING)
            .description("Endorses the importance of equal opportunities in education and co-funds the projects,"
                + " with EUR 50,000 each to Venray and Heerlen. Its education policy 'onderwijskwaliteit van de"
                + " toekomst' puts the child's talent at the centre; it values good examples that are measurable"
                + " and low-threshold (meetbaar en laagdrempelig). Quoted: Hans Teunissen, gedeputeerde Onderwijs.")
            .build(),
        Partner.builder().id(OCW).name("Ministerie van Onderwijs, Cultuur en Wetenschap (OCW)")
            .type(OrganisationType.MINISTRY)
            .description("Runs the Gelijke Kansen Alliantie, the network the four municipalities join. The article"
                + " names no money from the ministry, so it holds no role.")
            .build(),
        municipality(SITTARD_GELEEN, "Gemeente Sittard-Geleen", GM1883,
            "Joins the Gelijke Kansen Alliantie. The article describes no project and no amount for Sittard-Geleen.",
            PartnerRole.ACCOUNTABLE),
        municipality(ROERMOND, "Gemeente Roermond", GM0957,
            "Joins the Gelijke Kansen Alliantie. The article describes no project and no amount for Roermond.",
            PartnerRole.ACCOUNTABLE),
        municipality(VENRAY, "Gemeente Venray", GM0984,
            "Joins the Gelijke Kansen Alliantie; receives EUR 50,000 from the province for the project in Venray."
                + " Quoted: Martijn van der Putten, wethouder onderwijs: \"De kracht in Venray zit in de"
                + " samenwerking. Iedereen doet mee.\" Leads Venray's interventions.",
            PartnerRole.ACCOUNTABLE, PartnerRole.IMPLEMENTING),
        municipality(HEERLEN, "Gemeente Heerlen", GM0917,
            "Joins the Gelijke Kansen Alliantie; receives EUR 50,000 from the province. Quoted: Jordy Clemens,"
                + " wethouder onderwijs: \"Zo gaan we op acht basisscholen zorgen voor een warme overdracht\"."
                + " Leads Heerlen's interventions.",
            PartnerRole.ACCOUNTABLE, PartnerRole.IMPLEMENTING),
        group(VENRAY_PRIMARY, "Basisonderwijs Venray", OrganisationType.PRIMARY_SCHOOL, EducationSector.PRIMARY,
            GM0984, "Primary education (basisonderwijs) in Venray, taking part in the cooperation."),
        group(VENRAY_CHILDCARE, "Kinderopvang Venray", OrganisationType.CHILDCARE, EducationSector.EARLY_CHILDHOOD,
            GM0984, "Childcare (kinderopvang) in Venray, taking part in the cooperation."),
        group(VENRAY_SPECIAL, "Speciaal onderwijs Venray", OrganisationType.SPECIAL_SCHOOL, EducationSector.SPECIAL,
            GM0984, "Special education (speciaal onderwijs) in Venray, taking part in the cooperation."),
        group(VENRAY_SECONDARY, "Voortgezet onderwijs Venray", OrganisationType.SECONDARY_SCHOOL,
            EducationSector.SECONDARY, GM0984,
            "Secondary education (voortgezet onderwijs) in Venray, taking part in the cooperation."),
        group(VENRAY_MBO, "Middelbaar beroepsonderwijs (mbo) Venray", OrganisationType.VOCATIONAL_SCHOOL,
            EducationSector.VOCATIONAL, GM0984,
            "Secondary vocational education (middelbaar beroepsonderwijs, mbo) taking part in the cooperation in"
                + " Venray."),
        Partner.builder().from(group(HEERLEN_SCHOOLS, "Acht basisscholen Heerlen", OrganisationType.PRIMARY_SCHOOL,
            EducationSector.PRIMARY, GM0917, "The eight primary schools (acht basisscholen) in Heerlen with a warm"
                + " handover from the peuteropvang and extra youth consultants. The article names none of them."))
            .organisations(8)
            .build(),
        group(HEERLEN_PEUTEROPVANG, "Peuteropvang Heerlen", OrganisationType.PRESCHOOL,
            EducationSector.EARLY_CHILDHOOD, GM0917,
            "The peuteropvang (preschool) from which children are handed over warmly to the eight primary schools."));
  }

  private static Partner municipality(String id, String name, MunicipalityCode code, String description,
      PartnerRole... roles) {
    return Partner.builder().id(id).name(name).type(OrganisationType.MUNICIPALITY)
        .addIdentifiers(code).municipality(code)
        .addRoles(roles)
        .description(description)
        .build();
  }

  private static Partner group(String id, String name, OrganisationType type, EducationSector sector,
      MunicipalityCode municipality, String description) {
    return Partner.builder().id(id).name(name).type(type).addSectors(sector)
        .addRoles(PartnerRole.IMPLEMENTING).municipality(municipality)
        .description(description + UNNAMED)
        .build();
  }

  private static List<Intervention> interventions() {
    return List.of(
        announced("venray-taalstimulering", "Taalstimulering op school en thuis", InterventionType.LANGUAGE_STIMULATION,
            GM0984)
            .addThemes(Theme.LANGUAGE, Theme.PARENTAL_INVOLVEMENT)
            .description("Venray: language stimulation (taalstimulering) at school and at home, part of the project in"
                + " Venray under the motto 'groot denken, klein doen' (think big, act small)." + ANNOUNCED)
            .lead(VENRAY)
            .addParticipants(VENRAY_PRIMARY, VENRAY_CHILDCARE, VENRAY_SPECIAL, VENRAY_SECONDARY, VENRAY_MBO)
            .build(),
        announced("venray-cultuuromslag", "Cultuuromslag bij professionals", InterventionType.PROFESSIONAL_DEVELOPMENT,
            GM0984)
            .addThemes(Theme.PROFESSIONAL_DEVELOPMENT)
            .description("Venray: a culture shift (cultuuromslag) among professionals, part of the project in Venray"
                + " under the motto 'groot denken, klein doen'." + ANNOUNCED)
            .lead(VENRAY)
            .addParticipants(VENRAY_PRIMARY, VENRAY_CHILDCARE, VENRAY_SPECIAL, VENRAY_SECONDARY, VENRAY_MBO)
            .build(),
        announced("heerlen-warme-overdracht", "Warme overdracht vanuit de peuteropvang op acht basisscholen",
            InterventionType.WARM_HANDOVER, GM0917)
            .addThemes(Theme.SMOOTH_TRANSITIONS, Theme.EARLY_CHILDHOOD)
            .targetGroup(TargetGroup.builder().ages(AgeRange.of(2, 4)).addGroups(1)
                .addSectors(EducationSector.EARLY_CHILDHOOD, EducationSector.PRIMARY)
                .description("Toddlers moving from the peuteropvang into group 1 of primary school")
                .build())
            .description("Heerlen: a warm handover (warme overdracht) from the peuteropvang at eight primary schools."
                + ANNOUNCED)
            .lead(HEERLEN)
            .addParticipants(HEERLEN_SCHOOLS, HEERLEN_PEUTEROPVANG)
            .plannedReach(Reach.of(8, ReachUnit.SCHOOLS))
            .build(),
        announced("heerlen-jeugdconsulenten", "Extra inzet jeugdconsulenten op acht basisscholen",
            InterventionType.YOUTH_CONSULTANT, GM0917)
            .addThemes(Theme.HEALTH, Theme.TALENT_DEVELOPMENT)
            .description("Heerlen: youth consultants (jeugdconsulenten) deployed extra at the same eight primary schools"
                + " to relieve teachers (leerkrachten ontlasten), so that teachers can focus on discovering and"
                + " developing pupils' talents. The municipality leads: its wethouder says \"zetten we de"
                + " jeugdconsulenten op deze basisscholen extra in\"; the article does not say who employs them."
                + ANNOUNCED)
            .lead(HEERLEN)
            .addParticipants(HEERLEN_SCHOOLS)
            .plannedReach(Reach.of(8, ReachUnit.SCHOOLS))
            .build());
  }

  private static Intervention.Builder announced(String id, String title, InterventionType type,
      MunicipalityCode municipality) {
    return Intervention.builder().id(id).title(title).type(type).municipality(municipality)
        .status(InterventionStatus.PIPELINE).statusDate(ARTICLE_DATE);
  }

  private static List<Grant> grants() {
    return List.of(
        Grant.builder().id("provincie-limburg-venray").funder(PROVINCE).recipient(VENRAY)
            .amount(PROVINCIAL_CONTRIBUTION)
            .purpose("\"De Provincie ondersteunt het project in Venray met een bijdrage van € 50.000,-.\" The"
                + " article does not split the amount over Venray's interventions, so it is not allocated.")
            .build(),
        Grant.builder().id("provincie-limburg-heerlen").funder(PROVINCE).recipient(HEERLEN)
            .amount(PROVINCIAL_CONTRIBUTION)
            .purpose("\"Ook Heerlen ontvangt een bijdrage van € 50.000,-.\" The article does not split the amount over"
                + " Heerlen's interventions, so it is not allocated.")
            .build());
  }

  private static List<Goal> goals() {
    return List.of(
        Goal.builder().id("ouderbetrokkenheid").title("Ouderbetrokkenheid vergroten")
            .addThemes(Theme.PARENTAL_INVOLVEMENT)
            .description("A focus of the Limburg alliance projects: increasing parental involvement"
                + " (ouderbetrokkenheid).")
            .addInterventions("venray-taalstimulering")
            .build(),
        Goal.builder().id("warme-instroom").title("Warme instroom in het basisonderwijs")
            .addThemes(Theme.SMOOTH_TRANSITIONS, Theme.EARLY_CHILDHOOD)
            .description("A focus of the Limburg alliance projects: a warm intake (warme instroom) into primary"
                + " education.")
            .addInterventions("heerlen-warme-overdracht")
            .build(),
        Goal.builder().id("venray-duurzame-verbetering").title("Venray: groot denken, klein doen")
            .addThemes(Theme.STRONG_NETWORKS, Theme.LANGUAGE, Theme.PROFESSIONAL_DEVELOPMENT)
            .description("A lasting improvement (duurzame verbetering) in Venray through cooperation in which everyone"
                + " takes part: primary education, childcare, special, secondary and secondary vocational (mbo)"
                + " education. \"Kinderen met dezelfde talenten hebben recht op gelijke kansen.\"")
            .addInterventions("venray-taalstimulering", "venray-cultuuromslag")
            .build(),
        Goal.builder().id("heerlen-gezond-opgroeien").title("Heerlen: gezond opgroeien, vanaf de zwangerschap")
            .addThemes(Theme.HEALTH, Theme.TALENT_DEVELOPMENT)
            .description("Heerlen creates equal opportunities by letting children grow up healthy: it starts in"
                + " pregnancy (zwangerschap) and needs attention in every phase of the child's development.")
            .addInterventions("heerlen-warme-overdracht", "heerlen-jeugdconsulenten")
            .build());
  }
}
