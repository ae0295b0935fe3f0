/**
 * kansen-disclosure: the disclosure control every figure kansen publishes passes.
 * {@link dev.kansen.disclosure.LinkedDisclosure} protects all breakdowns of a figure together —
 * dimensions partitioning the same pupils, and hierarchies such as school within board — and audits
 * every withheld small group by linear programming over what is published, as Statistics
 * Netherlands' τ-ARGUS does. The solver is ojAlgo; {@code kansen-core} stays free of it.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.kansen.disclosure {
  requires transitive dev.kansen.core;
  requires ojalgo;

  exports dev.kansen.disclosure;
}
