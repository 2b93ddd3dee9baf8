package org.newskg.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.text.Token;
import org.newskg.text.TokenClasses;

/** A test on ONE token: the compiled form of a {@code [ ... ]} expression. Immutable. */
sealed interface TokenTest {
  boolean test(Token t);

  /** {@code []}: any token. */
  record Any() implements TokenTest {
    @Override
    public boolean test(Token t) {
      return true;
    }

    @Override
    public String toString() {
      return "any";
    }
  }

  /** {@code %class}. */
  record HasClass(String name, int bit) implements TokenTest {
    HasClass(String name) {
      this(name, TokenClasses.bit(name));
    }

    @Override
    public boolean test(Token t) {
      return t.is(bit);
    }

    @Override
    public String toString() {
      return "(class " + name + ")";
    }
  }

  /** {@code word=Text} (exact) or {@code lower=text} (against the folded lower-case form). */
  record Equals(boolean lower, String value) implements TokenTest {
    @Override
    public boolean test(Token t) {
      return (lower ? t.lower() : t.text()).equals(value);
    }

    @Override
    public String toString() {
      return "(" + (lower ? "lower " : "word ") + SExpr.quote(value) + ")";
    }
  }

  /**
   * {@code word=/regex/} or {@code lower=/regex/}: the whole token must match. A regex that is
   * only a list of plain words ({@code /has|have|had/}) is answered from a set, without running
   * the regex engine: rules use such lists a lot, on every token.
   *
   * @param words the words of a plain word list, else null
   */
  record Matches(boolean lower, Pattern regex, Set<String> words) implements TokenTest {
    private static final Pattern WORD_LIST = Pattern.compile("[\\p{L}\\p{N}' -]+(\\|[\\p{L}\\p{N}' -]+)*");

    static Matches of(boolean lower, Pattern regex) {
      String src = regex.pattern();
      Set<String> words = WORD_LIST.matcher(src).matches() ? Set.copyOf(Arrays.asList(src.split("\\|"))) : null;
      return new Matches(lower, regex, words);
    }

    @Override
    public boolean test(Token t) {
      String s = lower ? t.lower() : t.text();
      return words != null ? words.contains(s) : regex.matcher(s).matches();
    }

    @Override
    public String toString() {
      return "(" + (lower ? "lower /" : "word /") + regex.pattern() + "/)";
    }
  }

  /** {@code cap}, {@code punct}, {@code upper}. */
  enum Shape implements TokenTest {
    CAP {
      @Override
      public boolean test(Token t) {
        return t.capitalized();
      }
    },
    PUNCT {
      @Override
      public boolean test(Token t) {
        return t.punct();
      }
    },
    UPPER {
      @Override
      public boolean test(Token t) {
        String s = t.text();
        boolean letter = false;
        for (int i = 0; i < s.length(); ) {
          int cp = s.codePointAt(i);
          if (Character.isLetter(cp)) {
            if (!Character.isUpperCase(cp)) {
              return false;
            }
            letter = true;
          }
          i += Character.charCount(cp);
        }
        return letter;
      }
    };

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  record Not(TokenTest inner) implements TokenTest {
    @Override
    public boolean test(Token t) {
      return !inner.test(t);
    }

    @Override
    public String toString() {
      return "(not " + inner + ")";
    }
  }

  record And(TokenTest left, TokenTest right) implements TokenTest {
    @Override
    public boolean test(Token t) {
      return left.test(t) && right.test(t);
    }

    @Override
    public String toString() {
      return SExpr.flat("and", this, And.class);
    }
  }

  record Or(TokenTest left, TokenTest right) implements TokenTest {
    @Override
    public boolean test(Token t) {
      return left.test(t) || right.test(t);
    }

    @Override
    public String toString() {
      return SExpr.flat("or", this, Or.class);
    }
  }
}
