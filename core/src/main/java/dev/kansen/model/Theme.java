package dev.kansen.model;

/** A focus area of an alliance programme, after the Gelijke Kansen Alliantie's themes and pillars. */
public enum Theme {
  /** Strong networks around the child: regional and local cooperation. */
  STRONG_NETWORKS,
  /** Poverty and its effect on opportunities. */
  POVERTY,
  /** Parental involvement (ouderbetrokkenheid), cooperation between school and home. */
  PARENTAL_INVOLVEMENT,
  /** A stimulating learning environment, in and beyond school time. */
  STIMULATING_EDUCATION,
  /** Smooth transitions: preschool to primary, primary to secondary, secondary to further education. */
  SMOOTH_TRANSITIONS,
  /** Early childhood education (voor- en vroegschoolse educatie). */
  EARLY_CHILDHOOD,
  /** Language stimulation, at school and at home. */
  LANGUAGE,
  /** Discovering and developing talents. */
  TALENT_DEVELOPMENT,
  /** Healthy growing-up, from pregnancy onwards. */
  HEALTH,
  /** The attitude and skills of professionals: a culture shift, study days. */
  PROFESSIONAL_DEVELOPMENT,
  /** Fair school advice and its revision. */
  SCHOOL_ADVICE,
  /** Connection between school, home and neighbourhood (2019 pillar). */
  CONNECTION,
  /** Working effectively and data-driven (2019 pillar). */
  EFFECTIVENESS,
  /** Sharing knowledge between alliance members (2019 pillar). */
  KNOWLEDGE_SHARING,
  /** Research and monitoring. */
  RESEARCH
}
