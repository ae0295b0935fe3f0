package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What {@code ./mvnw install} publishes is fit for Maven Central: each published module's jar comes
 * with {@code -sources} and {@code -javadoc} jars, carries {@code META-INF/LICENSE} and
 * {@code NOTICE} and a module name; the Javadoc has no "All rights reserved" and documents the
 * builders; the POMs name scm, developers and issue management; kansen-bom manages every published
 * module at the project's version; kansen.jar names every component it bundles. Runs in the cli
 * module's integration-test phase, after the other modules are packaged.
 */
class PublishedArtifactsIT {
  private static final String VERSION = System.getProperty("kansen.version", "unknown");
  private static final Path ROOT = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
      .toAbsolutePath().getParent();
  private static final Map<String, String> MODULE_NAMES = Map.of(
      "core", "dev.kansen.core", "json", "dev.kansen.json", "seeds", "dev.kansen.seeds",
      "disclosure", "dev.kansen.disclosure", "examples", "dev.kansen.examples", "cli", "dev.kansen.cli");

  @Test
  void everyPublishedModuleHasSourcesJavadocLicenceAndAModuleName() throws Exception {
    List<String> published = publishedModules();
    assertTrue(published.containsAll(MODULE_NAMES.keySet()), "published: " + published);
    for (String module : published) {
      String artifact = artifactId(module);
      Path target = ROOT.resolve(module).resolve("target");
      List<String> suffixes = new ArrayList<>(List.of(".jar", "-sources.jar", "-javadoc.jar"));
      if (module.equals("core")) {
        suffixes.add("-tests.jar");
      }
      for (String suffix : suffixes) {
        Path file = target.resolve(artifact + "-" + VERSION + suffix);
        assertTrue(Files.isRegularFile(file), "built: " + file);
        try (JarFile jar = new JarFile(file.toFile())) {
          assertTrue(text(jar, "META-INF/LICENSE").contains("Apache License"), file + " has META-INF/LICENSE");
          assertTrue(text(jar, "META-INF/NOTICE").contains("kansen"), file + " has META-INF/NOTICE");
        }
      }
      try (JarFile jar = new JarFile(target.resolve(artifact + "-" + VERSION + ".jar").toFile())) {
        assertEquals(MODULE_NAMES.get(module), moduleName(jar), artifact + "'s module name");
      }
    }
  }

  @Test
  void theJavadocHasNoAllRightsReservedAndDocumentsTheBuilders() throws Exception {
    for (String module : publishedModules()) {
      Path javadoc = ROOT.resolve(module).resolve("target").resolve(artifactId(module) + "-" + VERSION + "-javadoc.jar");
      try (JarFile jar = new JarFile(javadoc.toFile())) {
        for (ZipEntry entry : entries(jar)) {
          if (entry.getName().endsWith(".html")) {
            assertFalse(text(jar, entry.getName()).contains("All rights reserved"), javadoc + "!/" + entry.getName());
          }
        }
        if (module.equals("core")) {
          String builder = text(jar, "dev.kansen.core/dev/kansen/model/Grant.Builder.html");
          for (String method : List.of("amount(", "funder(", "from(", "build()", "addAllocations(")) {
            assertTrue(builder.contains(method), "Grant.Builder's page documents " + method);
          }
          assertTrue(builder.contains("Initializes the value for the"), "with their descriptions");
        }
      }
    }
  }

  @Test
  void thePomNamesScmDevelopersAndIssueManagement() throws Exception {
    for (Path pom : List.of(ROOT.resolve("pom.xml"), ROOT.resolve("bom/pom.xml"))) {
      Element project = read(pom).getDocumentElement();
      for (String element : List.of("name", "description", "url", "licenses", "developers", "scm", "issueManagement")) {
        assertFalse(child(project, element).isBlank(), pom + " has <" + element + ">");
      }
    }
  }

  @Test
  void theBomManagesEveryPublishedModuleAtTheProjectVersion() throws Exception {
    Element bom = read(ROOT.resolve("bom/pom.xml")).getDocumentElement();
    assertEquals(VERSION, child(bom, "version"), "kansen-bom's version follows the project's");
    TreeSet<String> managed = new TreeSet<>();
    NodeList dependencies = bom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      assertEquals("${project.version}", child(dependency, "version"));
      managed.add(child(dependency, "artifactId"));
    }
    TreeSet<String> expected = new TreeSet<>();
    for (String module : publishedModules()) {
      expected.add(artifactId(module));
    }
    assertEquals(expected, managed);
  }

  @Test
  void theCommandJarNamesEveryComponentItBundles() throws Exception {
    try (JarFile jar = new JarFile(ROOT.resolve("cli/target/kansen.jar").toFile())) {
      assertTrue(text(jar, "META-INF/LICENSE").contains("Apache License"), "kansen.jar has kansen's LICENSE");
      assertEquals("dev.kansen.cli", moduleName(jar), "kansen.jar's module name");
      assertTrue(text(jar, "META-INF/licenses/slf4j-LICENSE.txt").contains("Permission is hereby granted"));
      assertTrue(text(jar, "META-INF/licenses/ojalgo-LICENSE.txt").contains("Permission is hereby granted"));
      String thirdParty = text(jar, "META-INF/THIRD-PARTY.txt");
      Map<String, String> components = Map.of("dev/kansen/", "kansen-core", "picocli/", "picocli",
          "com/fasterxml/jackson/", "Jackson", "org/slf4j/", "SLF4J", "org/ojalgo/", "ojAlgo");
      TreeSet<String> unnamed = new TreeSet<>();
      for (ZipEntry entry : entries(jar)) {
        String name = entry.getName();
        if (!name.endsWith(".class") || name.startsWith("META-INF/")) {
          continue;
        }
        String component = components.entrySet().stream().filter(c -> name.startsWith(c.getKey()))
            .map(Map.Entry::getValue).findFirst().orElse(null);
        if (component == null || !thirdParty.contains(component)) {
          unnamed.add(name.substring(0, Math.max(name.lastIndexOf('/'), 0)));
        }
      }
      assertEquals(new TreeSet<>(), unnamed, "bundled packages THIRD-PARTY.txt does not name");
    }
  }

  /** The root POM's modules that are installed: all but those that skip install (and the BOM). */
  private static List<String> publishedModules() throws Exception {
    Element root = read(ROOT.resolve("pom.xml")).getDocumentElement();
    NodeList modules = ((Element) root.getElementsByTagName("modules").item(0)).getElementsByTagName("module");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < modules.getLength(); i++) {
      String module = modules.item(i).getTextContent().strip();
      String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
      if (!module.equals("bom") && !pom.contains("<maven.install.skip>true</maven.install.skip>")) {
        out.add(module);
      }
    }
    return out;
  }

  private static String artifactId(String module) throws Exception {
    return child(read(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement(), "artifactId");
  }

  private static String moduleName(JarFile jar) throws IOException {
    if (jar.getEntry("module-info.class") != null) {
      try (InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
        return java.lang.module.ModuleDescriptor.read(in).name();
      }
    }
    Manifest manifest = jar.getManifest();
    return manifest == null ? null : manifest.getMainAttributes().getValue("Automatic-Module-Name");
  }

  private static List<ZipEntry> entries(JarFile jar) {
    List<ZipEntry> out = new ArrayList<>();
    for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
      out.add(e.nextElement());
    }
    return out;
  }

  private static String text(JarFile jar, String name) throws IOException {
    ZipEntry entry = jar.getEntry(name);
    assertTrue(entry != null, jar.getName() + " has " + name);
    try (InputStream in = jar.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Document read(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }

  /** The text of a direct child element, or "" when there is none. */
  private static String child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().strip();
      }
    }
    return "";
  }
}
