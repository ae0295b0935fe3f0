package dev.kansen.model.id;

/**
 * An identifier a partner organisation can carry, tagged with its {@link IdentifierScheme}.
 *
 * <p>Each implementation checks its own format on construction and throws
 * {@link dev.kansen.model.InvalidValueException} with a code such as {@code INVALID_BRIN_CODE}.
 */
public sealed interface Identifier
    permits MunicipalityCode, ProvinceCode, KvkNumber, BrinCode, RioOnderwijsaanbiederCode,
        RioOnderwijslocatieCode, LrkNumber, Oin, OrganisationId {

  /** @return the scheme this identifier belongs to */
  IdentifierScheme scheme();

  /** @return the identifier in its canonical written form */
  String value();

  /**
   * Parses an identifier of the given scheme.
   *
   * @param scheme the scheme
   * @param value the written identifier
   * @return the identifier
   * @throws dev.kansen.model.InvalidValueException when the value does not fit the scheme's format
   */
  static Identifier of(IdentifierScheme scheme, String value) {
    return switch (scheme) {
      case CBS_MUNICIPALITY -> MunicipalityCode.of(value);
      case CBS_PROVINCE -> ProvinceCode.of(value);
      case KVK -> KvkNumber.of(value);
      case BRIN -> BrinCode.of(value);
      case RIO_ONDERWIJSAANBIEDER -> RioOnderwijsaanbiederCode.of(value);
      case RIO_ONDERWIJSLOCATIE -> RioOnderwijslocatieCode.of(value);
      case LRK -> LrkNumber.of(value);
      case OIN -> Oin.of(value);
      case ORG_ID -> OrganisationId.parse(value);
    };
  }
}
