package org.newskg.synth;

/**
 * A country as the stories use it.
 *
 * @param id the gazetteer id ("united-states")
 * @param label "United States"
 * @param demonym the adjective ("American"); the label itself when the gazetteer has none
 * @param capital "Washington", or null
 * @param definite whether the label takes "the" ("the United States", "the Philippines")
 * @param aliases other names and demonyms from the gazetteer
 */
record Country(
    String id,
    String label,
    String demonym,
    String capital,
    boolean definite,
    java.util.List<String> aliases) {
  /** The label as it stands in a sentence: "the United States", "Iraq". */
  String name() {
    return definite ? "the " + label : label;
  }
}
