package dev.kansen.model;

/**
 * How a stated quantity relates to the true one: "ruim 40 bestuurders" (more than forty board members)
 * is {@link #AT_LEAST} 40, "zo'n 120 kinderen" is {@link #ABOUT} 120. A quantity without a qualifier
 * is exact.
 */
public enum QuantityQualifier {
  /** The quantity is exact. */
  EXACT,
  /** The true quantity is the stated one or more. */
  AT_LEAST,
  /** The true quantity is near the stated one; the source gives no bound. */
  ABOUT,
  /** The true quantity is the stated one or fewer. */
  AT_MOST
}
