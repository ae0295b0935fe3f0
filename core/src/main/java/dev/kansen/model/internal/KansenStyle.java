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
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    jacksonIntegration = false,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    throwForInvalidImmutableState = InvalidValueException.class,
    defaults = @Value.Immutable(copy = true))
public @interface KansenStyle {}
