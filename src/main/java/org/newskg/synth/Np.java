package org.newskg.synth;

/** One way of naming an actor in a sentence, with the number its verb must agree with. */
record Np(String text, boolean plural) {
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
}
