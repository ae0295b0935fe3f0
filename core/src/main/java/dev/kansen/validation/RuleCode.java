package dev.kansen.validation;


/**
 * The codes of the validator's built-in rules, in catalogue order, and {@link #RULE_FAILED}, which the
 * validator reports itself when a rule throws.
 *
 * <p>The texts ({@link #what}, {@link #why}, {@link #fix}) come from the message bundle
 * {@code codes.properties}; {@code docs/rules.md} lists every constant.
 */
public enum RuleCode implements CatalogueCode {
  /** An intervention's lead or participant, a partner's partOf, a breakdown cell's partner, the alliance's coordinator or a participation's organiser names a partner id that no partner of the programme has. */
  UNRESOLVED_PARTNER_REFERENCE(Severity.ERROR, Category.REFERENCES),
  /** A grant's funder names a partner id that no partner of the programme has. */
  UNRESOLVED_FUNDER(Severity.ERROR, Category.REFERENCES),
  /** A grant's recipient names a partner id that no partner of the programme has. */
  UNRESOLVED_RECIPIENT(Severity.ERROR, Category.REFERENCES),
  /** A goal's, indicator's or participation's interventions, an allocation's intervention or a transaction's intervention names an intervention id that no intervention of the programme has. */
  UNRESOLVED_INTERVENTION_REFERENCE(Severity.ERROR, Category.REFERENCES),
  /** A goal's indicators names an indicator id that no indicator of the programme has. */
  UNRESOLVED_INDICATOR_REFERENCE(Severity.ERROR, Category.REFERENCES),
  /** Two entities of the programme (partners, goals, interventions, grants, indicators, participation) have the same id; every occurrence after the first is reported. */
  DUPLICATE_ID(Severity.ERROR, Category.REFERENCES),
  /** The same CBS municipality code appears twice among the programme's municipalities, or twice among the alliance's members. */
  DUPLICATE_MUNICIPALITY(Severity.ERROR, Category.REFERENCES),
  /** Following partOf from partner to partner comes back to a partner already passed (such as a school that is part of itself); reported once per cycle, at its first partner in document order. */
  PART_OF_CYCLE(Severity.ERROR, Category.REFERENCES),
  /** A grant's funder is a programme partner that does not hold the FUNDING role. */
  FUNDER_WITHOUT_FUNDING_ROLE(Severity.ERROR, Category.IDENTIFIERS),
  /** An intervention's lead or participant is a programme partner that does not hold the IMPLEMENTING role. */
  IMPLEMENTER_WITHOUT_IMPLEMENTING_ROLE(Severity.ERROR, Category.IDENTIFIERS),
  /** A municipality of the programme is not among the alliance's members. */
  MUNICIPALITY_NOT_ALLIANCE_MEMBER(Severity.ERROR, Category.IDENTIFIERS),
  /** A municipality of the programme joined the alliance after the programme started. */
  MUNICIPALITY_JOINED_AFTER_START(Severity.WARNING, Category.IDENTIFIERS),
  /** An intervention's municipality is not one of the programme's municipalities. */
  INTERVENTION_MUNICIPALITY_OUTSIDE_PROGRAMME(Severity.ERROR, Category.IDENTIFIERS),
  /** A partner carries an identifier of a scheme that does not fit its type: BRIN and RIO codes belong to schools (primary, special, secondary, vocational, higher education) and school boards (DUO registers a board that is itself an education provider, as a single-school board or an mbo or hbo institution is, under the same codes), LRK numbers to childcare and preschools, CBS municipality codes to municipalities, CBS province codes to provinces. */
  PARTNER_IDENTIFIER_MISMATCH(Severity.ERROR, Category.IDENTIFIERS),
  /** A school (primary, special, secondary, vocational, higher education) has no BRIN or RIO code, or a childcare organisation or preschool has no LRK number. */
  MISSING_PARTNER_IDENTIFIER(Severity.WARNING, Category.IDENTIFIERS),
  /** The same identifier (scheme and value) appears on two partners, or twice on one. */
  DUPLICATE_PARTNER_IDENTIFIER(Severity.ERROR, Category.IDENTIFIERS),
  /** An intervention's planned start or end lies outside the programme period. */
  INTERVENTION_OUTSIDE_PROGRAMME_PERIOD(Severity.ERROR, Category.DATES),
  /** A grant's period starts before or ends after the programme period. */
  GRANT_OUTSIDE_PROGRAMME_PERIOD(Severity.WARNING, Category.DATES),
  /** A budget line's period starts before or ends after its grant's period. */
  BUDGET_OUTSIDE_GRANT_PERIOD(Severity.WARNING, Category.DATES),
  /** An indicator's target or actual is for a school year that does not overlap the programme period at all. */
  INDICATOR_PERIOD_OUTSIDE_PROGRAMME_PERIOD(Severity.WARNING, Category.DATES),
  /** An intervention's actualStart, actualEnd or statusDate, or an alliance member's joined date, lies after the as-of date of the validation. */
  ACTUAL_DATE_AFTER_AS_OF(Severity.ERROR, Category.DATES),
  /** A grant's transaction is dated after the as-of date of the validation. */
  TRANSACTION_AFTER_AS_OF(Severity.ERROR, Category.DATES),
  /** An indicator has an actual or a baseline for a school year that starts after the as-of date. */
  INDICATOR_ACTUAL_AFTER_AS_OF(Severity.ERROR, Category.DATES),
  /** A date of the programme, its interventions, grants, budget lines, transactions or alliance memberships lies more than plausibleYearsBack (10 unless set) years before or plausibleYearsAhead (10 unless set) years after the as-of date. */
  IMPLAUSIBLE_DATE(Severity.WARNING, Category.DATES),
  /** An intervention with status CLOSED has no actualEnd. */
  CLOSED_WITHOUT_ACTUAL_END(Severity.ERROR, Category.STATUS),
  /** An intervention with status PIPELINE has an actualStart. */
  PIPELINE_WITH_ACTUAL_START(Severity.ERROR, Category.STATUS),
  /** An intervention with status IMPLEMENTATION or SUSPENDED has no actualStart. */
  RUNNING_WITHOUT_ACTUAL_START(Severity.WARNING, Category.STATUS),
  /** An intervention with status CANCELLED has no statusDate. */
  CANCELLED_WITHOUT_STATUS_DATE(Severity.WARNING, Category.STATUS),
  /** A disbursement for an intervention is dated after that intervention's cancellation (its statusDate while its status is CANCELLED). */
  DISBURSEMENT_AFTER_CANCELLATION(Severity.ERROR, Category.STATUS),
  /** A budget line's period is longer than one year. */
  BUDGET_PERIOD_TOO_LONG(Severity.ERROR, Category.FUNDING),
  /** The allocations of a grant to interventions add up to more than the grant's amount; reported at the allocation where the running total first exceeds it. */
  ALLOCATIONS_EXCEED_GRANT(Severity.ERROR, Category.FUNDING),
  /** The disbursements under a grant add up to more than its commitments; reported at the disbursement where the running total first exceeds them. */
  DISBURSEMENTS_EXCEED_COMMITMENTS(Severity.ERROR, Category.FUNDING),
  /** An allocation, budget line or transaction of a grant is in another currency than the grant's amount. */
  MIXED_CURRENCIES(Severity.ERROR, Category.FUNDING),
  /** A grant's amount is zero. */
  ZERO_GRANT_AMOUNT(Severity.WARNING, Category.FUNDING),
  /** A grant's calendar year (format 1.1) has no day inside the grant's period. */
  GRANT_YEAR_OUTSIDE_GRANT_PERIOD(Severity.ERROR, Category.FUNDING),
  /** The expenditure of a spending category under a grant adds up to more than the grant's budget lines of that category; reported at the expenditure where the running total first exceeds them. */
  SPENDING_CATEGORY_OVER_BUDGET(Severity.WARNING, Category.FUNDING),
  /** A transaction or repayment names a spending category that none of its grant's budget lines names, while some of them name categories. */
  SPENDING_CATEGORY_NOT_BUDGETED(Severity.WARNING, Category.FUNDING),
  /** A grant that states its carry-over or a repayment does not balance: received plus co-financing differs from spent plus carried over plus repaid. */
  GRANT_ACCOUNTS_UNBALANCED(Severity.WARNING, Category.FUNDING),
  /** An intervention's actual reach is more than the context's reachFactor (3 unless set) times its planned reach, counted in the same unit. */
  ACTUAL_REACH_IMPLAUSIBLE(Severity.WARNING, Category.REACH),
  /** An intervention's actual reach counts another unit than its planned reach (say SCHOOLS against CHILDREN). */
  REACH_UNIT_MISMATCH(Severity.WARNING, Category.REACH),
  /** An intervention's planned or actual reach is more than its eligible population, counted in the same unit. */
  REACHED_MORE_THAN_ELIGIBLE(Severity.WARNING, Category.REACH),
  /** A preschool education intervention offers less than the norm: 960 hours over 18 months, or 16 hours a week. */
  DOSAGE_BELOW_NORM(Severity.WARNING, Category.REACH),
  /** A dosage comes to more than 40 hours a week, or states hours in all over 0 months. */
  DOSAGE_IMPLAUSIBLE(Severity.WARNING, Category.REACH),
  /** An intervention's or transaction's subtype refines another type than the one it states. */
  SUBTYPE_TYPE_MISMATCH(Severity.ERROR, Category.VALUES),
  /** An indicator's baseline is for the same school year as, or a later one than, its earliest target. */
  BASELINE_NOT_BEFORE_TARGETS(Severity.ERROR, Category.OUTCOMES),
  /** Two periods of one indicator are for the same school year (school years either coincide or do not overlap); every period after the first is reported. */
  INDICATOR_PERIODS_OVERLAP(Severity.ERROR, Category.OUTCOMES),
  /** A baseline, target or actual has no value although the indicator is not QUALITATIVE, or a figure of a QUALITATIVE indicator has no comment (the comment is its content). */
  MISSING_INDICATOR_VALUE(Severity.ERROR, Category.OUTCOMES),
  /** A value of a PERCENTAGE indicator — baseline, target, actual or one of their breakdowns — is below 0 or above 100. */
  PERCENTAGE_OUT_OF_RANGE(Severity.ERROR, Category.OUTCOMES),
  /** For a figure that states its pupils, the pupils of its breakdown cells in one dimension add up to another number; reported at the dimension's first cell. */
  BREAKDOWN_PUPILS_MISMATCH(Severity.ERROR, Category.OUTCOMES),
  /** A figure has two breakdown cells with the same dimension and category; every cell after the first is reported. */
  DUPLICATE_BREAKDOWN_CATEGORY(Severity.ERROR, Category.OUTCOMES),
  /** An indicator has periods but no baseline. */
  INDICATOR_WITHOUT_BASELINE(Severity.INFO, Category.OUTCOMES),
  /** An indicator's cohortTable names an id that no cohort table of the programme has (wire format 1.1). */
  UNRESOLVED_COHORT_TABLE(Severity.ERROR, Category.REFERENCES),
  /** A cohort table's test does not fit its school year: the final test up to 2022-2023, the doorstroomtoets from 2023-2024. */
  COHORT_TEST_YEAR_MISMATCH(Severity.ERROR, Category.OUTCOMES),
  /** A cohort table's cells do not add up to its stated pupils, or a group's reference levels in a domain to the group's pupils in the cells. */
  COHORT_PUPILS_MISMATCH(Severity.ERROR, Category.OUTCOMES),
  /** A cohort cell counts more pupils revised than eligible, more eligible than pupils, or revised ones without eligible ones. */
  COHORT_REVISED_EXCEEDS_ELIGIBLE(Severity.ERROR, Category.OUTCOMES),
  /** A cohort table's test result does not exist for its year: a band missing from the band table, overlapping bands, a level outside its domain, a test advice no test gives. */
  COHORT_TEST_RESULT_UNKNOWN(Severity.ERROR, Category.OUTCOMES),
  /** A figure or breakdown cell with a value is computed from fewer pupils than the context's smallCellThreshold (10 unless set). */
  SMALL_CELL(Severity.ERROR, Category.PRIVACY),
  /** A baseline or actual states no pupils and its population is not known to reach the threshold. */
  FIGURE_WITHOUT_PUPILS(Severity.WARNING, Category.PRIVACY),
  /** The programme has no partners, or no interventions (reported once for each empty list). */
  EMPTY_PROGRAMME(Severity.WARNING, Category.COMPLETENESS),
  /** A phase's goals name a goal id that no goal of the programme has. */
  UNRESOLVED_GOAL_REFERENCE(Severity.ERROR, Category.REFERENCES),
  /** A phase of the action agenda starts before or ends after the programme period. */
  PHASE_OUTSIDE_PROGRAMME_PERIOD(Severity.WARNING, Category.DATES),
  /** Two phases of the action agenda share at least one day; the later-starting one is reported. */
  PHASES_OVERLAP(Severity.WARNING, Category.DATES),
  /** A figure (baseline, target or actual) marked FINAL was measured on a date after the as-of date. */
  FINAL_FIGURE_MEASURED_AFTER_AS_OF(Severity.ERROR, Category.DATES),
  /** An indicator's target is for a school year on or after a break in method that lies after its baseline's school year. */
  TARGET_ACROSS_METHOD_BREAK(Severity.WARNING, Category.OUTCOMES),
  /** A linked document's address is not an absolute http or https URL with a host. */
  DOCUMENT_ADDRESS_NOT_HTTP(Severity.ERROR, Category.COMPLETENESS),
  /** A contact point's e-mail address does not have the shape local-part@domain.tld. */
  CONTACT_EMAIL_SHAPE(Severity.ERROR, Category.COMPLETENESS),
  /** A contact point's telephone number is not an optional +, then 5 to 15 digits with spaces, hyphens or parentheses between. */
  CONTACT_TELEPHONE_SHAPE(Severity.ERROR, Category.COMPLETENESS),
  /** A contact point has neither an e-mail address nor a telephone number. */
  CONTACT_POINT_WITHOUT_CHANNEL(Severity.WARNING, Category.COMPLETENESS),
  /** The programme does not state its period. */
  PROGRAMME_WITHOUT_PERIOD(Severity.INFO, Category.COMPLETENESS),
  /** An alliance member has no joined date (it may state a day by which it was known to be a member). */
  MEMBERSHIP_WITHOUT_JOIN_DATE(Severity.INFO, Category.COMPLETENESS),
  /** A municipality of the programme left the alliance before the programme period ended (or the programme states no period). */
  MEMBER_LEFT_DURING_PROGRAMME(Severity.WARNING, Category.IDENTIFIERS),
  /** An intervention names no lead partner. */
  INTERVENTION_WITHOUT_LEAD(Severity.WARNING, Category.COMPLETENESS),
  /** An intervention states no planned period. */
  INTERVENTION_WITHOUT_PLANNED_PERIOD(Severity.INFO, Category.COMPLETENESS),
  /** A grant states no amount. */
  GRANT_WITHOUT_AMOUNT(Severity.WARNING, Category.FUNDING),
  /** A grant states no period. */
  GRANT_WITHOUT_PERIOD(Severity.INFO, Category.FUNDING),
  /** A CBS district or neighbourhood code (of an intervention, a partner, a figure or a breakdown cell) lies in a municipality that is not one of the programme's. */
  AREA_OUTSIDE_PROGRAMME(Severity.ERROR, Category.IDENTIFIERS),
  /** A rule threw an exception instead of reporting; reported by the validator itself. */
  RULE_FAILED(Severity.ERROR, Category.TOOLING),
  /** A rule's findings could depend on a value of the document that was unusable and left out; reported by the validator itself instead of them. */
  RULE_NOT_CHECKED(Severity.INFO, Category.TOOLING);

  private final Severity defaultSeverity;
  private final Category category;

  RuleCode(Severity defaultSeverity, Category category) {
    this.defaultSeverity = defaultSeverity;
    this.category = category;
  }

  @Override
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  @Override
  public Category category() {
    return category;
  }
}
