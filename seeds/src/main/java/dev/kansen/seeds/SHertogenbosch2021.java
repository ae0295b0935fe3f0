package dev.kansen.seeds;

import dev.kansen.model.Alliance;
import dev.kansen.model.AllianceMembership;
import dev.kansen.model.DateRange;
import dev.kansen.model.EducationSector;
import dev.kansen.model.Goal;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.InterventionType;
import dev.kansen.model.Municipality;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Partner;
import dev.kansen.model.PartnerRole;
import dev.kansen.model.Programme;
import dev.kansen.model.Province;
import dev.kansen.model.QuantityQualifier;
import dev.kansen.model.Reach;
import dev.kansen.model.ReachUnit;
import dev.kansen.model.TargetGroup;
import dev.kansen.model.Theme;
import dev.kansen.model.id.MunicipalityCode;
import java.time.LocalDate;
import java.util.List;

/**
 * The 's-Hertogenbosch programme as the seed article "Volgende stap naar meer gelijke kansen"
 * (gemeente 's-Hertogenbosch, 28 January 2021) describes it: the board members' meeting and the
 * study day of Wednesday 27 January 2021, the actions of the COVID-19 year, and the goals for the
 * future.
 *
 * <p>Only what the article says is recorded. Where the article leaves something out, the seed says
 * so instead of filling it in:
 * <ul>
 *   <li>The article names no school boards, childcare organisations or kindcentra: each is one
 *       partner that stands for the group, without identifiers.</li>
 *   <li>No KvK, BRIN or other registration number is in the article, so partners carry only the
 *       municipality's own CBS code.</li>
 *   <li>The article names no amounts: the municipality holds the {@code FUNDING} role ("heeft dit
 *       gestimuleerd en mee mogelijk gemaakt") and there is no grant.</li>
 *   <li>What the article does not give is not recorded: the membership is known to hold by the
 *       article's date ({@link #ARTICLE_DATE}, "is aangesloten") without a join date; the programme
 *       and the COVID-19 and spring actions have no period; the meeting, the study day and the
 *       COVID-19 actions have no lead where the article does not say who led them.</li>
 *   <li>"Ruim 40 bestuurders" is an actual reach of at least 40 professionals.</li>
 * </ul>
 */
public final class SHertogenbosch2021 {
  /** The programme's id. */
  public static final String ID = "s-hertogenbosch-2021";

  /** The day the article was published: Thursday 28 January 2021. */
  public static final LocalDate ARTICLE_DATE = LocalDate.of(2021, 1, 28);

  /** The day of the board members' meeting and the study day: Wednesday 27 January 2021. */
  public static final LocalDate MEETING_DAY = LocalDate.of(2021, 1, 27);


  private static final String MUNICIPALITY = "gemeente-s-hertogenbosch";
  private static final String OCW = "ocw";
  private static final String BOARDS_PRIMARY = "schoolbesturen-po";
  private static final String BOARDS_SECONDARY = "schoolbesturen-vo";
  private static final String BOARDS_SPECIAL = "schoolbesturen-so";
  private static final String DE_MEIJERIJ = "swv-po-de-meijerij";
  private static final String CHILDCARE = "kinderopvang";
  private static final String KINDCENTRA = "kindcentra";
  private static final String POWERUP073 = "powerup073";
  private static final String AVANS = "avans";
  private static final String HAMBAKEN_CONNECT = "hambaken-connect";

  private static final String UNNAMED = " The article does not name them, so this partner stands for the group"
      + " and carries no identifiers.";
  private static final String LEAD_UNKNOWN = " The article does not say who ran it, so no lead is recorded.";
  private static final String COVID_STATUS = " Dates: the article reports it as a step taken in the past year"
      + " (\"het afgelopen jaar\") and does not say whether it has ended, so the status is IMPLEMENTATION as of"
      + " the article's date and no planned or actual dates are recorded.";

  private SHertogenbosch2021() {}

  /** @return the programme, built anew on each call */
  public static Programme programme() {
    return Programme.builder()
        .id(ID)
        .title("Gelijke kansen 's-Hertogenbosch")
        .description("Schools, childcare organisations and the municipality of 's-Hertogenbosch take a further step"
            + " towards equal opportunities (article 'Volgende stap naar meer gelijke kansen', 28 January 2021)."
            + " Wethouder Kâhya: \"Het gaat om ónze kinderen waar we samen voor werken.\" 's-Hertogenbosch is"
            + " a member of the Gelijke Kansen Alliantie; the article does not give its join date, so the membership"
            + " is recorded as known to hold by the article's date, without a join date. Amounts are not given"
            + " either: the municipality co-funds the actions, without a recorded grant.")
        .alliance(Alliance.builder()
            .name("Gelijke Kansen Alliantie")
            .coordinator(OCW)
            .addMembers(AllianceMembership.knownBy("GM0796", ARTICLE_DATE))
            .build())
        .addMunicipalities(Municipality.of("GM0796", "'s-Hertogenbosch", Province.NOORD_BRABANT))
        .addThemes(Theme.STRONG_NETWORKS, Theme.EARLY_CHILDHOOD, Theme.PARENTAL_INVOLVEMENT,
            Theme.SMOOTH_TRANSITIONS, Theme.TALENT_DEVELOPMENT, Theme.PROFESSIONAL_DEVELOPMENT,
            Theme.SCHOOL_ADVICE, Theme.STIMULATING_EDUCATION)
        .partners(partners())
        .interventions(interventions())
        .goals(goals())
        .build();
  }

  private static List<Partner> partners() {
    MunicipalityCode gm0796 = MunicipalityCode.of("GM0796");
    return List.of(
        Partner.builder().id(MUNICIPALITY).name("Gemeente 's-Hertogenbosch").type(OrganisationType.MUNICIPALITY)
            .addIdentifiers(gm0796).municipality(gm0796)
            .addRoles(PartnerRole.FUNDING, PartnerRole.ACCOUNTABLE, PartnerRole.IMPLEMENTING)
            .description("Member of the Gelijke Kansen Alliantie. Stimulated and co-funded the COVID-19 actions"
                + " (\"heeft dit gestimuleerd en mee mogelijk gemaakt\") and co-organised the annual study day for"
                + " the first time. Quoted: wethouder Kâhya.")
            .build(),
        Partner.builder().id(OCW).name("Ministerie van Onderwijs, Cultuur en Wetenschap (OCW)")
            .type(OrganisationType.MINISTRY).addRoles(PartnerRole.IMPLEMENTING)
            .description("Runs the Gelijke Kansen Alliantie (GKA); its representatives took part in the board"
                + " members' meeting of 27 January 2021, which is its IMPLEMENTING role here. Quoted: Monaïm"
                + " Benrida (OCW). The article names no money from the ministry, so it holds no FUNDING role.")
            .build(),
        unnamedGroup(BOARDS_PRIMARY, "Schoolbesturen primair onderwijs 's-Hertogenbosch",
            OrganisationType.SCHOOL_BOARD, EducationSector.PRIMARY,
            "The boards of the primary schools (basisonderwijs) whose board members met on 27 January 2021,"
                + " and whose annual study day the municipality co-organised."),
        unnamedGroup(BOARDS_SECONDARY, "Schoolbesturen voortgezet onderwijs 's-Hertogenbosch",
            OrganisationType.SCHOOL_BOARD, EducationSector.SECONDARY,
            "The boards of the secondary schools (voortgezet onderwijs) whose board members met on"
                + " 27 January 2021."),
        unnamedGroup(BOARDS_SPECIAL, "Schoolbesturen speciaal onderwijs 's-Hertogenbosch",
            OrganisationType.SCHOOL_BOARD, EducationSector.SPECIAL,
            "The boards of the schools for special education (speciaal onderwijs) whose board members met on"
                + " 27 January 2021."),
        Partner.builder().id(DE_MEIJERIJ).name("Samenwerkingsverband po De Meijerij")
            .type(OrganisationType.SAMENWERKINGSVERBAND).addSectors(EducationSector.PRIMARY)
            .addRoles(PartnerRole.IMPLEMENTING)
            .description("The samenwerkingsverband passend onderwijs for primary education; took part in the board"
                + " members' meeting of 27 January 2021. Its registration numbers are not in the article.")
            .build(),
        unnamedGroup(CHILDCARE, "Kinderopvangorganisaties 's-Hertogenbosch",
            OrganisationType.CHILDCARE, EducationSector.EARLY_CHILDHOOD,
            "The childcare organisations (kinderopvang) whose board members met on 27 January 2021 and whose"
                + " pedagogical staff (pedagogisch medewerkers) were invited to the study day."),
        Partner.builder().id(KINDCENTRA).name("Kindcentra 's-Hertogenbosch").type(OrganisationType.OTHER)
            .addSectors(EducationSector.EARLY_CHILDHOOD, EducationSector.PRIMARY)
            .addRoles(PartnerRole.IMPLEMENTING).municipality(gm0796)
            .description("Integrated child centres (kindcentra) that, with schools and other organisations, took"
                + " extra steps in the past year (\"Scholen, kindcentra en andere organisaties hebben het afgelopen"
                + " jaar extra stappen gezet\"). The article does not say which action each ran." + UNNAMED)
            .build(),
        Partner.builder().id(POWERUP073).name("PowerUp073").type(OrganisationType.OTHER)
            .addRoles(PartnerRole.IMPLEMENTING).municipality(gm0796)
            .description("Runs the Bossche Talentschool with Avans. The article does not say what kind of"
                + " organisation it is.")
            .build(),
        Partner.builder().id(AVANS).name("Avans Hogeschool").type(OrganisationType.UNIVERSITY_OF_APPLIED_SCIENCES)
            .addSectors(EducationSector.HIGHER_PROFESSIONAL).addRoles(PartnerRole.IMPLEMENTING)
            .description("University of applied sciences, named 'Avans' in the article; runs the Bossche"
                + " Talentschool with PowerUp073.")
            .build(),
        Partner.builder().id(HAMBAKEN_CONNECT).name("Hambaken Connect").type(OrganisationType.OTHER)
            .addRoles(PartnerRole.IMPLEMENTING).municipality(gm0796)
            .description("Where homework support (huiswerkbegeleiding) is given (\"huiswerkbegeleiding bij"
                + " Hambaken Connect\"). The article does not say what kind of organisation it is.")
            .build());
  }

  private static Partner unnamedGroup(String id, String name, OrganisationType type, EducationSector sector,
      String description) {
    return Partner.builder().id(id).name(name).type(type).addSectors(sector)
        .addRoles(PartnerRole.IMPLEMENTING).municipality(MunicipalityCode.of("GM0796"))
        .description(description + UNNAMED)
        .build();
  }

  private static List<Intervention> interventions() {
    return List.of(
        Intervention.builder().id("bestuurdersbijeenkomst").title("Bestuurdersbijeenkomst gelijke kansen")
            .type(InterventionType.COALITION_MEETING)
            .addThemes(Theme.STRONG_NETWORKS, Theme.SCHOOL_ADVICE)
            .description("Morning meeting of more than 40 board members (\"ruim 40 bestuurders\") of primary,"
                + " secondary and special schools, samenwerkingsverband po De Meijerij, childcare, and"
                + " representatives of the Gelijke Kansen Alliantie and the municipality. They looked at local and"
                + " national data, knowledge and experience on opportunities and school advice (kansen en schooladviezen),"
                + " with the child at the centre, to arrive at a joint action agenda. The actual reach is at least 40"
                + " ('more than 40'). The article does not say who convened it, so no lead is recorded.")
            .addParticipants(MUNICIPALITY, BOARDS_PRIMARY, BOARDS_SECONDARY, BOARDS_SPECIAL, DE_MEIJERIJ, CHILDCARE, OCW)
            .planned(DateRange.day(MEETING_DAY)).actualStart(MEETING_DAY).actualEnd(MEETING_DAY)
            .status(InterventionStatus.CLOSED).statusDate(MEETING_DAY)
            .actualReach(Reach.of(40, ReachUnit.PROFESSIONALS)).actualReachQualifier(QuantityQualifier.AT_LEAST)
            .build(),
        Intervention.builder().id("studiedag-2021").title("Studiedag basisonderwijs en kinderopvang 2021")
            .type(InterventionType.PROFESSIONAL_DEVELOPMENT)
            .addThemes(Theme.PROFESSIONAL_DEVELOPMENT, Theme.TALENT_DEVELOPMENT)
            .targetGroup(TargetGroup.builder()
                .addSectors(EducationSector.EARLY_CHILDHOOD, EducationSector.PRIMARY)
                .description("All teachers (leerkrachten) and pedagogical staff (pedagogisch medewerkers) in the"
                    + " municipality of 's-Hertogenbosch")
                .build())
            .description("Afternoon inspiration session (studiemiddag) of the annual study day of primary education"
                + " and childcare: inspiring lectures and practical examples, such as sociologist Iliass el Hadioui"
                + " showing how teachers can lead the mini-society of a class. The first time the municipality"
                + " co-organises the annual study day. The article gives no number of participants and does not"
                + " name the organisers beside the municipality, so no lead is recorded.")
            .addParticipants(MUNICIPALITY, BOARDS_PRIMARY, CHILDCARE)
            .planned(DateRange.day(MEETING_DAY)).actualStart(MEETING_DAY).actualEnd(MEETING_DAY)
            .status(InterventionStatus.CLOSED).statusDate(MEETING_DAY)
            .build(),
        covidAction("warme-overdracht-groep-8", "Warme overdracht groep 8", InterventionType.WARM_HANDOVER)
            .addThemes(Theme.SMOOTH_TRANSITIONS)
            .targetGroup(TargetGroup.builder().addGroups(8)
                .addSectors(EducationSector.PRIMARY, EducationSector.SECONDARY)
                .description("Group-8 pupils moving from primary to secondary school")
                .build())
            .description("A smooth transition of group-8 pupils in primary education to secondary school, the warm"
                + " handover (warme overdracht)." + LEAD_UNKNOWN + COVID_STATUS)
            .addParticipants(BOARDS_PRIMARY, BOARDS_SECONDARY)
            .build(),
        covidAction("bossche-talentschool", "Bossche Talentschool", InterventionType.TALENT_PROGRAMME)
            .addThemes(Theme.TALENT_DEVELOPMENT, Theme.STIMULATING_EDUCATION)
            .description("The Bossche Talentschool of PowerUp073 and Avans, stimulated and co-funded by the"
                + " municipality. The article names PowerUp073 and Avans alike, so neither is recorded as lead."
                + COVID_STATUS)
            .addParticipants(POWERUP073, AVANS, MUNICIPALITY)
            .build(),
        covidAction("zomerscholen", "Zomerscholen", InterventionType.SUMMER_SCHOOL)
            .addThemes(Theme.STIMULATING_EDUCATION, Theme.TALENT_DEVELOPMENT)
            .description("Summer schools (zomerscholen)." + LEAD_UNKNOWN + COVID_STATUS)
            .build(),
        covidAction("huiswerkbegeleiding-hambaken", "Huiswerkbegeleiding bij Hambaken Connect",
            InterventionType.HOMEWORK_SUPPORT)
            .addThemes(Theme.STIMULATING_EDUCATION)
            .description("Homework support (huiswerkbegeleiding) at Hambaken Connect, stimulated and co-funded by the"
                + " municipality. The article says where it is given, not who gives it, so no lead is recorded."
                + COVID_STATUS)
            .addParticipants(HAMBAKEN_CONNECT, MUNICIPALITY)
            .build(),
        covidAction("sport-en-spel", "Sport en spel, zoals Hunted 's-Hertogenbosch", InterventionType.SPORT_AND_PLAY)
            .addThemes(Theme.TALENT_DEVELOPMENT)
            .description("Sport and play activities (activiteiten voor sport en spel) such as Hunted"
                + " 's-Hertogenbosch. The article names the activity but not its organiser, so no organiser is"
                + " recorded as a partner." + LEAD_UNKNOWN + COVID_STATUS)
            .build(),
        Intervention.builder().id("acties-voorjaar-2021").title("Acties voorjaar 2021, in en buiten de vakanties")
            .type(InterventionType.OTHER)
            .addThemes(Theme.STIMULATING_EDUCATION, Theme.TALENT_DEVELOPMENT)
            .description("\"Ook dit voorjaar staan er acties op het programma, tijdens de vakanties maar ook"
                + " daarbuiten\": more actions this spring, in the holidays and beyond. The article names none of"
                + " them and gives no dates or lead beyond 'this spring', so none are recorded.")
            .status(InterventionStatus.PIPELINE).statusDate(ARTICLE_DATE)
            .build());
  }

  private static Intervention.Builder covidAction(String id, String title, InterventionType type) {
    return Intervention.builder().id(id).title(title).type(type)
        .status(InterventionStatus.IMPLEMENTATION).statusDate(ARTICLE_DATE);
  }

  private static List<Goal> goals() {
    return List.of(
        Goal.builder().id("gezamenlijke-actieagenda").title("Een gezamenlijke actieagenda")
            .addThemes(Theme.STRONG_NETWORKS, Theme.SCHOOL_ADVICE)
            .description("Schools, samenwerkingsverband, childcare, the Gelijke Kansen Alliantie and the municipality"
                + " arrive at a joint action agenda, starting from local and national data on opportunities and"
                + " school advice, with the child at the centre.")
            .addInterventions("bestuurdersbijeenkomst")
            .build(),
        Goal.builder().id("vroeg-beginnen").title("Vroeg beginnen, met ouders en voorschoolse educatie")
            .addThemes(Theme.EARLY_CHILDHOOD, Theme.PARENTAL_INVOLVEMENT)
            .description("Monaïm Benrida (OCW): \"Kansengelijkheid begint al voordat kinderen hun eerste stapjes zetten"
                + " op het schoolplein. Vroeg beginnen, bij de samenwerking met ouders en de voorschoolse educatie"
                + " is essentieel voor meer gelijke kansen.\"")
            .build(),
        Goal.builder().id("talenten-ontwikkelen").title("Kinderen en jongeren uitdagen hun talenten te gebruiken")
            .addThemes(Theme.TALENT_DEVELOPMENT, Theme.STIMULATING_EDUCATION)
            .description("Equal opportunities to develop their talents during the COVID-19 measures (home schooling,"
                + " online lessons, closed childcare), and teachers and pedagogical staff who look at 'our'"
                + " children with different eyes.")
            .addInterventions("studiedag-2021", "warme-overdracht-groep-8", "bossche-talentschool", "zomerscholen",
                "huiswerkbegeleiding-hambaken", "sport-en-spel", "acties-voorjaar-2021")
            .build(),
        Goal.builder().id("vervangen-niet-stapelen")
            .title("Samenwerking met ouders en maatschappelijke partners verstevigen: vervangen, niet stapelen")
            .addThemes(Theme.PARENTAL_INVOLVEMENT, Theme.STRONG_NETWORKS, Theme.CONNECTION)
            .description("The municipality wants stronger cooperation with parents and social partners, replacing"
                + " youth provision rather than stacking more on top: more cooperation with welfare work"
                + " (welzijnswerk), child and youth work (kinder- en jongerenwerk), volunteers (vrijwilligers), the"
                + " library (bibliotheek), youth health care (jeugdgezondheidszorg), and sport and cultural"
                + " associations (sport- en culturele verenigingen). These are recorded in this goal, not as"
                + " partners: the article names them as kinds of organisation to work with in future, names no"
                + " organisation and reports no part they took.")
            .build());
  }
}
