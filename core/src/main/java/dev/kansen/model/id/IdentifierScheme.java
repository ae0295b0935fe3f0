package dev.kansen.model.id;

/** The identifier schemes kansen knows, each with the format its values must have. */
public enum IdentifierScheme {
  /** CBS municipality code, {@code GM} and four digits, e.g. {@code GM0796}. */
  CBS_MUNICIPALITY,
  /** CBS province code, {@code PV20} to {@code PV31}. */
  CBS_PROVINCE,
  /** Chamber of Commerce (KvK) number: eight digits. */
  KVK,
  /** BRIN instellingscode (two digits, two letters) with an optional two-digit vestiging, e.g. {@code 16SW} or {@code 16SW00}. */
  BRIN,
  /** RIO onderwijsaanbiedercode: three digits, {@code A}, three digits, e.g. {@code 123A123}. */
  RIO_ONDERWIJSAANBIEDER,
  /** RIO onderwijslocatiecode: three digits, {@code X}, three digits, e.g. {@code 123X123}. */
  RIO_ONDERWIJSLOCATIE,
  /** Landelijk Register Kinderopvang number of a childcare location: digits only. */
  LRK,
  /** Organisatie-identificatienummer: twenty digits. */
  OIN,
  /** An org-id.guide organisation identifier, e.g. {@code NL-KVK-41202535}. */
  ORG_ID
}
