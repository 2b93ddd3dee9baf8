package org.newskg.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What {@code export} can write, and whether article graphs stay separate or are merged. */
public enum ExportFormat {
  /** All article graphs merged into one graph, for viewers that take one file. */
  TURTLE(false, "ttl"),
  /** One named graph per article. */
  TRIG(true, "trig"),
  /** One named graph per article, one quad a line. */
  NQUADS(true, "nq"),
  /** Merged, compacted with an @context so it reads as plain JSON. */
  JSONLD(false, "jsonld"),
  /** Merged, for Protégé and older tools. */
  RDFXML(false, "rdf");

  private final boolean namedGraphs;
  private final String extension;

  ExportFormat(boolean namedGraphs, String extension) {
    this.namedGraphs = namedGraphs;
    this.extension = extension;
  }

  public boolean namedGraphs() {
    return namedGraphs;
  }

  public String extension() {
    return extension;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** "turtle, trig, nquads, jsonld, rdfxml". */
  public static String valid() {
    return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
  }

  /**
   * @throws IllegalArgumentException naming the valid formats
   */
  public static ExportFormat parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown format '" + s + "'; valid formats: " + valid());
    }
  }
}
