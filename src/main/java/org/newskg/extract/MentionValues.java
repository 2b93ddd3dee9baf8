package org.newskg.extract;

import org.newskg.facts.ActorKind;
import org.newskg.facts.StrikeKind;
import org.newskg.gazetteer.Entry;
import org.newskg.rules.Match;
import org.newskg.rules.Rule;
import org.newskg.text.Mention;

/** What the annotator attaches to each kind of mention ({@link Mention#value()}). */
final class MentionValues {
  private MentionValues() {}

  /** A gazetteer name; {@code metonym}: a capital standing for its country; {@code demonym}: "Israeli". */
  record Named(Entry entry, boolean metonym, boolean demonym) {}

  /**
   * A pronoun or description that points back: "he", "the statement", "his country".
   *
   * @param type person | group | it | statement | self_country | self
   */
  record Anaphor(String type) {}

  /** An actor built by an actor rule from a match: "two U.S. officials", "Iraq's foreign ministry". */
  record Composite(Rule rule, ActorKind kind, Match match, int sentenceIndex) {}

  /**
   * A strike noun phrase with the actors that carried it out, when the phrase names them
   * ("Israeli strikes", "the American and British strikes", "a strike by the coalition").
   */
  record StrikeNp(StrikeKind kind, boolean definite, java.util.List<Mention> agents) {
    StrikeNp {
      agents = java.util.List.copyOf(agents);
    }

    /** The actor nearest the head noun, or null. */
    Mention agent() {
      return agents.isEmpty() ? null : agents.get(agents.size() - 1);
    }
  }

  /** A person already named in the article, mentioned again by surname ("Shukr"). */
  record Known(org.newskg.facts.Actor actor) {}

  /** A quotation: the quoted words and their offsets in the article text. */
  record Quote(String text, int begin, int end) {}
}
