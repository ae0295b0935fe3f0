/**
 * Validation of whole programmes against a catalogue of named rules, and the one error vocabulary
 * kansen uses everywhere: a {@link dev.kansen.validation.Violation} with a stable code, a severity,
 * a JSON Pointer path, a message and arguments, collected in a
 * {@link dev.kansen.validation.ValidationReport}.
 */
@KansenStyle
package dev.kansen.validation;

import dev.kansen.model.internal.KansenStyle;
