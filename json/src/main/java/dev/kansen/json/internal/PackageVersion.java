package dev.kansen.json.internal;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of kansen-json, from the build (a filtered resource), as Jackson modules report it. */
public final class PackageVersion {
  /** This module's version. */
  public static final Version VERSION = load();

  private PackageVersion() {}

  private static Version load() {
    Properties p = new Properties();
    try (InputStream in = PackageVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("kansen-json is packaged without its version.properties");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(p.getProperty("version"), p.getProperty("groupId"), p.getProperty("artifactId"));
  }
}
