/**
 * The disclosure control of kansen's outputs: {@link dev.kansen.disclosure.LinkedDisclosure}
 * decides, for every figure and breakdown cell of a programme, whether it may be published, and why
 * not. The solver behind the audit is internal.
 */
package dev.kansen.disclosure;
