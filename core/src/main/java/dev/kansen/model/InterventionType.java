package dev.kansen.model;

/** The kind of intervention a programme runs. */
public enum InterventionType {
  /** A warm handover (warme overdracht) of a child between two settings, such as preschool to primary or group 8 to secondary. */
  WARM_HANDOVER,
  /** A summer school (zomerschool). */
  SUMMER_SCHOOL,
  /** Homework support (huiswerkbegeleiding). */
  HOMEWORK_SUPPORT,
  /** Language stimulation (taalstimulering), at school or at home. */
  LANGUAGE_STIMULATION,
  /** Work with parents (ouderbetrokkenheid). */
  PARENTAL_INVOLVEMENT,
  /** Professional development of teachers and pedagogical staff, such as a study day. */
  PROFESSIONAL_DEVELOPMENT,
  /** A meeting of the local coalition's partners, such as a meeting of board members towards an action agenda. */
  COALITION_MEETING,
  /** A talent programme outside regular lessons, such as a talent school. */
  TALENT_PROGRAMME,
  /** Early childhood education (voor- en vroegschoolse educatie, vve). */
  EARLY_CHILDHOOD_EDUCATION,
  /** Sport and play activities. */
  SPORT_AND_PLAY,
  /** Youth consultants (jeugdconsulenten) or social workers at school. */
  YOUTH_CONSULTANT,
  /** Promoting healthy growing-up, from pregnancy onwards. */
  HEALTH_PROMOTION,
  /** Mentoring or coaching of pupils. */
  MENTORING,
  /** An extended school day (verlengde schooldag). */
  EXTENDED_SCHOOL_DAY,
  /** Research, monitoring or data analysis. */
  RESEARCH,
  /** Any other kind of intervention. */
  OTHER
}
