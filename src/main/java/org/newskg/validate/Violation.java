package org.newskg.validate;

import java.util.Objects;

/**
 * One way a graph breaks a shape, in words.
 *
 * @param where the article file name whose graph it is in ("000_9ab0253e334ba646.txt"), or the
 *     graph's name when it has no article, or "" for a lone graph
 * @param focus the node that breaks the shape, in prefixed form ("article:a.txt/attribution-1")
 * @param focusLabel its rdfs:label, or null
 * @param path the property, in prefixed form ("nkg:perpetrator"), or "" for the node itself
 * @param message what is wrong, with what was found ("... (found 0)")
 */
public record Violation(String where, String focus, String focusLabel, String path, String message) {
  public Violation {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(focus, "focus");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** One line: {@code where: focus "label" path: message}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    if (!where.isEmpty()) {
      b.append(where).append(": ");
    }
    b.append(focus);
    if (focusLabel != null) {
      b.append(" \"").append(oneLine(focusLabel)).append('"');
    }
    if (!path.isEmpty()) {
      b.append(' ').append(path);
    }
    return b.append(": ").append(message).toString();
  }

  private static String oneLine(String s) {
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() > 60 ? flat.substring(0, 57) + "..." : flat;
  }
}
