package org.newskg.synth;

import java.util.List;

/**
 * One way of naming an actor in a sentence, with the number its verb must agree with, and who it
 * is: the canonical label a gold row uses and the other names that count as the same actor.
 */
record Np(String text, boolean plural, String label, List<String> aliases) {
  String was() {
    return plural ? "were" : "was";
  }

  String has() {
    return plural ? "have" : "has";
  }

  String is() {
    return plural ? "are" : "is";
  }

  String its() {
    return plural ? "their" : "its";
  }

  /** "it" or "they": the pronoun for what this actor said about itself. */
  String it() {
    return plural ? "they" : "it";
  }

  /** The aliases as a gold file writes them: the text as written first, no repeats. */
  String aliasField() {
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
    all.add(text);
    all.add(label);
    all.addAll(aliases);
    return String.join("|", all);
  }
}
