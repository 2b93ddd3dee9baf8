package org.newskg.text;

import java.util.Objects;
import java.util.Set;

/**
 * One token of a sentence.
 *
 * @param index 0-based position in the sentence
 * @param text the token as written ("U.S.", "blamed", "“")
 * @param lower lower-cased text, with typographic quotes and apostrophes folded to ASCII
 * @param begin character offset in the article text (inclusive)
 * @param end character offset in the article text (exclusive)
 * @param classes lexicon classes of this token (lower case: "say", "hedge", "neg", "strike" ...)
 */
public record Token(int index, String text, String lower, int begin, int end, Set<String> classes) {
  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lower, "lower");
    classes = TokenClasses.of(classes);
  }

  /** Starts with an upper-case letter (or a digit-free acronym like "U.S."). */
  public boolean capitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  /** Punctuation only: no letter or digit. */
  public boolean punct() {
    return text.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  public boolean is(String lexiconClass) {
    return classes.contains(lexiconClass);
  }

  /** Has the class with this bit number ({@link TokenClasses#bit}): what compiled rules ask. */
  public boolean is(int classBit) {
    return ((TokenClasses) classes).has(classBit);
  }
}
