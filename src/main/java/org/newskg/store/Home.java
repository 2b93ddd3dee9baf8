package org.newskg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the project's own files (seeds/, rules/, queries/, ontology/) from any working directory:
 * first relative to the working directory, then under NEWSKG_HOME, which the launcher sets to the
 * repository root. The system property {@code newskg.home} overrides the variable (for tests).
 */
public final class Home {
  private Home() {}

  /** NEWSKG_HOME, or null when unset. */
  public static Path dir() {
    String h = System.getProperty("newskg.home", System.getenv("NEWSKG_HOME"));
    return h == null || h.isBlank() ? null : Path.of(h);
  }

  /** The places {@code relative} is looked for, in order. */
  public static List<Path> candidates(String relative) {
    List<Path> out = new ArrayList<>(2);
    out.add(Path.of(relative));
    Path home = dir();
    if (home != null) {
      out.add(home.resolve(relative));
    }
    return out;
  }

  /** The first existing candidate of {@code relative}, or null. */
  public static Path find(String relative) {
    for (Path p : candidates(relative)) {
      if (Files.exists(p)) {
        return p;
      }
    }
    return null;
  }
}
