package dev.kansen.validation.internal.rules;

import dev.kansen.model.OrganisationType;
import dev.kansen.model.id.IdentifierScheme;
import java.util.EnumSet;
import java.util.Set;

/** Which identifier schemes belong to which kinds of organisation. */
final class IdentifierFit {
  /** Organisations registered in DUO's education registers (BRIN, RIO). */
  static final Set<OrganisationType> SCHOOLS = EnumSet.of(OrganisationType.PRIMARY_SCHOOL,
      OrganisationType.SPECIAL_SCHOOL, OrganisationType.SECONDARY_SCHOOL, OrganisationType.VOCATIONAL_SCHOOL,
      OrganisationType.UNIVERSITY_OF_APPLIED_SCIENCES, OrganisationType.UNIVERSITY);

  /** Organisations registered in the Landelijk Register Kinderopvang. */
  static final Set<OrganisationType> CHILDCARE = EnumSet.of(OrganisationType.CHILDCARE, OrganisationType.PRESCHOOL);

  /** Schemes that identify a school. */
  static final Set<IdentifierScheme> EDUCATION_SCHEMES = EnumSet.of(IdentifierScheme.BRIN,
      IdentifierScheme.RIO_ONDERWIJSAANBIEDER, IdentifierScheme.RIO_ONDERWIJSLOCATIE);

  /**
   * Schemes that identify a legal entity, which several partners of one organisation share (a school and
   * its board have the board's KvK number).
   */
  static final Set<IdentifierScheme> LEGAL_ENTITY_SCHEMES = EnumSet.of(IdentifierScheme.KVK, IdentifierScheme.OIN,
      IdentifierScheme.ORG_ID);

  private IdentifierFit() {}

  /**
   * @param scheme an identifier scheme
   * @param type an organisation type
   * @return whether an organisation of that type can carry an identifier of that scheme
   */
  static boolean fits(IdentifierScheme scheme, OrganisationType type) {
    if (type == OrganisationType.OTHER) {
      return true;
    }
    return switch (scheme) {
      case BRIN, RIO_ONDERWIJSAANBIEDER, RIO_ONDERWIJSLOCATIE -> SCHOOLS.contains(type)
          || type == OrganisationType.SCHOOL_BOARD;
      case LRK -> CHILDCARE.contains(type);
      case CBS_MUNICIPALITY -> type == OrganisationType.MUNICIPALITY;
      case CBS_PROVINCE -> type == OrganisationType.PROVINCE;
      case KVK, OIN, ORG_ID -> true;
    };
  }
}
