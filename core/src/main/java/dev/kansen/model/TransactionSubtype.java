package dev.kansen.model;

/**
 * A finer kind of transaction than its {@link TransactionType}, new in wire format 1.1. Each
 * subtype refines one type, which the transaction's {@code type} must name (rule
 * {@code SUBTYPE_TYPE_MISMATCH}); so a reader of format 1.0, which knows only the type, still reads
 * the transaction for what it broadly is.
 */
public enum TransactionSubtype {
  /** Money the recipient received from the funder, such as an instalment of the OAB grant (IATI: incoming funds). */
  INCOMING_FUNDS(TransactionType.DISBURSEMENT),
  /** A payment that covers costs the recipient has already made (IATI: reimbursement). */
  REIMBURSEMENT(TransactionType.DISBURSEMENT);

  private final TransactionType type;

  TransactionSubtype(TransactionType type) {
    this.type = type;
  }

  /** @return the type this subtype refines */
  public TransactionType type() {
    return type;
  }
}
