/**
 * The domain model of an equal-opportunity alliance programme: the {@link dev.kansen.model.Programme}
 * aggregate with its partners, interventions, grants and outcome indicators.
 *
 * <p>Every type is immutable, built with a fluent {@code builder()}, and never holds {@code null}:
 * optional attributes are {@link java.util.Optional}, absent collections are empty. Invariants that
 * keep a value usable are checked at construction and fail with an
 * {@link dev.kansen.model.InvalidValueException}; rules that span objects are reported by the
 * validator in {@code dev.kansen.validation}.
 */
@KansenStyle
package dev.kansen.model;

import dev.kansen.model.internal.KansenStyle;
