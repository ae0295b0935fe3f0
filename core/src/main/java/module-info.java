/**
 * kansen-core: the immutable domain model of equal-opportunity alliance programmes
 * (Gelijke Kansen Alliantie), Dutch identifiers, money, validation and analysis.
 *
 * <p>Depends at run time on nothing but {@code slf4j-api}.
 */
module dev.kansen.core {
  requires static org.immutables.value.annotations;
  requires org.slf4j;

  exports dev.kansen.model;
  exports dev.kansen.model.id;
  exports dev.kansen.validation;
  exports dev.kansen.analysis;
}
