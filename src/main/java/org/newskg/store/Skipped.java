package org.newskg.store;

/**
 * An input that did not make it into the graph.
 *
 * @param where the file (with ":LINE" for a JSON Lines line, or "#N" for an article inside one)
 * @param reason one line saying why
 */
public record Skipped(String where, String reason) {
  @Override
  public String toString() {
    return "skipped " + where + ": " + reason;
  }
}
