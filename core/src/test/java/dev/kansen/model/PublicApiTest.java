package dev.kansen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.testing.MainClasses;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Users never see an {@code Immutable*} name: no generated implementation is public, and no public
 * type of an exported package declares, returns, accepts or throws one in its public API.
 */
class PublicApiTest {
  private static final Set<String> EXPORTED = Set.of("dev.kansen.model", "dev.kansen.model.id", "dev.kansen.validation",
      "dev.kansen.analysis");

  @Test
  void theModuleExportsExactlyThePublicPackages() {
    Module module = Programme.class.getModule();
    if (module.isNamed()) {
      assertEquals(EXPORTED, new TreeSet<>(module.getDescriptor().exports().stream()
          .filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).toList()));
    }
  }

  @Test
  void noPublicTypeOrMemberMentionsAnImmutableImplementation() throws Exception {
    List<Class<?>> types = MainClasses.all();
    assertTrue(types.size() > 50, "found the main classes: " + types.size());
    assertTrue(types.stream().anyMatch(c -> c.getSimpleName().equals("ImmutableProgramme")),
        "the generated implementations are among them");
    List<String> leaks = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : types) {
      if (!EXPORTED.contains(type.getPackageName()) || !isVisible(type)) {
        continue;
      }
      checked++;
      if (type.getSimpleName().startsWith("Immutable")) {
        leaks.add("public type " + type.getName());
      }
      for (Method m : type.getMethods()) {
        if (m.getDeclaringClass() == Object.class) {
          continue;
        }
        check(leaks, type, m.getName() + " returns", m.getGenericReturnType());
        for (Type p : m.getGenericParameterTypes()) {
          check(leaks, type, m.getName() + " accepts", p);
        }
        for (Type e : m.getGenericExceptionTypes()) {
          check(leaks, type, m.getName() + " throws", e);
        }
      }
      for (Constructor<?> c : type.getConstructors()) {
        for (Type p : c.getGenericParameterTypes()) {
          check(leaks, type, "constructor accepts", p);
        }
      }
      for (Field f : type.getFields()) {
        check(leaks, type, "field " + f.getName() + " is", f.getGenericType());
      }
    }
    assertTrue(checked > 40, "checked the public types: " + checked);
    assertEquals(List.of(), leaks);
  }

  @Test
  void buildersAreTheTypesOwnNestedBuilders() throws Exception {
    for (Class<?> type : MainClasses.all()) {
      if (!EXPORTED.contains(type.getPackageName()) || !isVisible(type) || type.isMemberClass()) {
        continue;
      }
      Method builder;
      try {
        builder = type.getMethod("builder");
      } catch (NoSuchMethodException e) {
        continue;
      }
      Class<?> returned = builder.getReturnType();
      assertEquals(type.getName() + "$Builder", returned.getName());
      assertEquals(type, returned.getMethod("build").getReturnType(), type + ".Builder.build()");
      assertTrue(Modifier.isFinal(returned.getModifiers()), returned + " is final");
      assertEquals(0, returned.getConstructors().length, returned + " has no public constructor");
      Class<?> generated = returned.getSuperclass();
      assertTrue(generated == Object.class || !Modifier.isPublic(generated.getModifiers()),
          returned + " extends the public " + generated + ": javadoc would list its methods only as inherited,"
              + " leaving the builder's page without documented methods");
    }
  }

  private static void check(List<String> leaks, Class<?> type, String what, Type mentioned) {
    if (Stream.of(mentioned.getTypeName().split("[^A-Za-z0-9_$.]+"))
        .map(n -> n.substring(n.lastIndexOf('.') + 1))
        .flatMap(n -> Stream.of(n.split("\\$")))
        .anyMatch(n -> n.startsWith("Immutable"))) {
      leaks.add(type.getName() + "." + what + " " + mentioned.getTypeName());
    }
  }

  private static boolean isVisible(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return !type.isAnonymousClass() && !type.isLocalClass() && !type.isSynthetic();
  }
}
