package dev.kansen.model;

/** A phase of Dutch education, from early childhood to higher education. */
public enum EducationSector {
  /** Early childhood education and care: childcare, peuteropvang, voorschoolse educatie (vve). */
  EARLY_CHILDHOOD,
  /** Primary education (primair onderwijs, po), groep 1 to 8. */
  PRIMARY,
  /** Special education (speciaal onderwijs, so/vso/sbo). */
  SPECIAL,
  /** Secondary education (voortgezet onderwijs, vo): vmbo, havo, vwo. */
  SECONDARY,
  /** Secondary vocational education (middelbaar beroepsonderwijs, mbo). */
  VOCATIONAL,
  /** Higher professional education (hoger beroepsonderwijs, hbo). */
  HIGHER_PROFESSIONAL,
  /** University education (wetenschappelijk onderwijs, wo). */
  UNIVERSITY
}
