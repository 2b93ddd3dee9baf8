package org.newskg.extract;

import org.newskg.rules.Match;
import org.newskg.rules.Rule;
import org.newskg.text.AnnotatedSentence;

/** Watches extraction sentence by sentence (for {@code explain}); the default does nothing. */
public interface Trace {
  Trace NONE = new Trace() {};

  /** A sentence with all its mentions, before the fact rules run. */
  default void sentence(AnnotatedSentence s) {}

  /** A rule matched; {@code outcome} says what it made, or why it made nothing. */
  default void fired(Rule rule, Match match, AnnotatedSentence s, String outcome) {}

  /** A sentence could not be processed (a bug); its facts are lost, the article's others kept. */
  default void failed(String article, int sentence, RuntimeException e) {
    System.err.println("newskg: warning: " + article + ": sentence " + sentence + " skipped after an internal error: " + e);
  }
}
