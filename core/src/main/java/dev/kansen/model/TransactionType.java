package dev.kansen.model;

/** The kind of money movement under a grant (IATI transaction types). */
public enum TransactionType {
  /** A firm, written obligation to provide funds. */
  COMMITMENT,
  /** Money paid out to the recipient. */
  DISBURSEMENT,
  /** Money spent by the recipient on goods and services for the programme. */
  EXPENDITURE
}
