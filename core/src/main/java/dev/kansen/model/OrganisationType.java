package dev.kansen.model;

/** The kind of organisation a partner is. */
public enum OrganisationType {
  /** A ministry, such as OCW (Onderwijs, Cultuur en Wetenschap). */
  MINISTRY,
  /** A province. */
  PROVINCE,
  /** A municipality (gemeente). */
  MUNICIPALITY,
  /** A school board (schoolbestuur, bevoegd gezag). */
  SCHOOL_BOARD,
  /** A primary school (basisschool). */
  PRIMARY_SCHOOL,
  /** A school for special (primary or secondary) education (speciaal onderwijs). */
  SPECIAL_SCHOOL,
  /** A secondary school (voortgezet onderwijs). */
  SECONDARY_SCHOOL,
  /** An mbo institution (middelbaar beroepsonderwijs). */
  VOCATIONAL_SCHOOL,
  /** A university of applied sciences (hogeschool), such as Avans. */
  UNIVERSITY_OF_APPLIED_SCIENCES,
  /** A research university. */
  UNIVERSITY,
  /** A samenwerkingsverband passend onderwijs, such as po De Meijerij. */
  SAMENWERKINGSVERBAND,
  /** A childcare organisation (kinderopvang). */
  CHILDCARE,
  /** A preschool or toddler group (peuteropvang, voorschoolse educatie). */
  PRESCHOOL,
  /** A public library (bibliotheek). */
  LIBRARY,
  /** Youth health care (jeugdgezondheidszorg, JGZ). */
  YOUTH_HEALTH_CARE,
  /** A welfare organisation (welzijnswerk). */
  WELFARE,
  /** Child and youth work (kinder- en jongerenwerk). */
  YOUTH_WORK,
  /** A neighbourhood or community centre (wijkcentrum). */
  COMMUNITY_CENTRE,
  /** A sport club or association. */
  SPORT_CLUB,
  /** A cultural association or institution. */
  CULTURAL_ASSOCIATION,
  /** A volunteer organisation. */
  VOLUNTEER_ORGANISATION,
  /** A research or knowledge institute. */
  RESEARCH_INSTITUTE,
  /** Any other kind of organisation. */
  OTHER
}
