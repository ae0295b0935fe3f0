package dev.kansen.model.internal;

import dev.kansen.model.InvalidValueException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model: JDK collections only, no Jackson, and
 * package-private implementations hidden behind each type's own {@code builder()} and
 * {@code Builder}, so users never see an {@code Immutable*} name. The generated builders are
 * package-private too: javadoc then documents their methods on the page of each public
 * {@code Builder} that extends one, as if that class declared them. A builder missing required
 * attributes throws an {@link InvalidValueException} with the code {@code MISSING_ATTRIBUTE} and
 * their names.
 *
 * <p>The style keeps the model lean in memory: a builder allocates a list, set or map only when
 * something is added to it ({@code deferCollectionAllocation}), so a value built with empty lists
 * gets the JDK's shared empty ones; defaults are computed in the constructor without a temporary
 * object ({@code unsafeDefaultAndDerived}, safe because every default is a constant). An accessor
 * named {@code stored*} defines the attribute named by the rest of its name ({@code get}): each
 * type's package-private {@code storedUnknownProperties()} is the attribute {@code unknownProperties}
 * (so the builder keeps its {@code putUnknownProperties} methods), stored as a plain map, the
 * shared empty map when there are none, and the public {@code unknownProperties()} sorts it.
 * Sets of constants are {@link java.util.Set}s, which Immutables stores as {@link
 * java.util.EnumSet}s (iterated in the constants' declaration order, which is their natural order).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    get = "stored*",
    deferCollectionAllocation = true,
    unsafeDefaultAndDerived = true,
    allowedClasspathAnnotations = {Override.class},
    jacksonIntegration = false,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    throwForInvalidImmutableState = InvalidValueException.class,
    defaults = @Value.Immutable(copy = true))
public @interface KansenStyle {}
