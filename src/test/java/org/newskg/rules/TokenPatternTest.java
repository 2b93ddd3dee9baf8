package org.newskg.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TokenPatternTest {
  static final PatternContext CTX = new PatternContext(
      Set.of("attribution"), null, Set.of("blame", "deny", "hedge", "neg", "say"),
      Set.of("ACTOR", "STRIKE", "LOCATION", "DATE", "QUOTE"));

  private static String sexpr(String pattern) {
    return TokenPattern.compile(pattern, CTX).toString();
  }

  @Test
  void blameForCompilesToItsShape() {
    assertEquals(
        "(seq (cap attributor (mention ACTOR)) (repeat 0 4 lazy any)"
            + " (tok (and (class blame) (not (class neg)))) (cap perpetrator (mention ACTOR))"
            + " (repeat 0 * (seq (or (lit \",\") (lit \"and\")) (cap perpetrator (mention ACTOR))))"
            + " (lit \"for\") (repeat 0 6 lazy any) (cap strike (mention STRIKE)))",
        sexpr("@attributor:ACTOR []{0,4}? [%blame & !%neg]\n @perpetrator:ACTOR ( (\",\" | \"and\")"
            + " @perpetrator:ACTOR )*   \"for\" []{0,6}? @strike:STRIKE"));
  }

  @Test
  void literalsKindsAnchorsAndTokenTests() {
    assertEquals("(seq (lit \"according\" \"to\") (cap source (mention ACTOR (kind country armed_group)"
        + " (not-kind person))))", sexpr("\"According  to\" @source:ACTOR(country, armed_group,!person)"));
    assertEquals("(seq start (repeat 1 * (tok (class say))) end)", sexpr("^ %say+ $"));
    assertEquals("(tok (or (word \"U.S.\") (lower /us|usa/)))", sexpr("[word=\"U.S.\" | lower=/us|usa/]"));
    assertEquals("(tok (and cap punct upper))", sexpr("[cap & (punct & upper)]"));
    assertEquals("(tok (or (and (class say) (not cap)) (lower \"told\")))", sexpr("[%say & !cap | lower=Told]"));
    assertEquals("(mention ACTOR)", sexpr("ACTOR"));
    assertEquals("(mention ACTOR)", sexpr("((ACTOR))"));
    assertEquals("(repeat 0 1 (lit \"didn't\"))", sexpr("'didn’t'?"));
    assertEquals("(or (lit \"a\") (lit \"b\") (lit \"c\"))", sexpr("\"a\" | (\"b\" | \"c\")"));
    assertEquals("(repeat 2 3 (cap x (or (lit \"a\") (seq))))", sexpr("@x:(\"a\" | ){2,3}"));
    assertEquals("(seq (repeat 0 * lazy any) (repeat 2 * any) (repeat 0 2 any) any)", sexpr("[]*? []{2,} []{,2} [ ]"));
  }

  @Test
  void captureNamesInOrderOfFirstAppearance() {
    TokenPattern p = TokenPattern.compile("@b:ACTOR @a:ACTOR @b:ACTOR", CTX);
    assertEquals(List.of("b", "a"), p.captureNames());
    assertEquals("@b:ACTOR @a:ACTOR @b:ACTOR", p.source());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
      ACTOR ( %say                 => column 7: unbalanced '(': no matching ')'
      ACTOR %say )                 => column 12: unbalanced ')': no '(' before it
      ACTOR [%blam]                => column 8: unknown lexicon class %blam (known: blame, deny, hedge, neg, say) — did you mean %blame?
      ACTOR %zzzzzz                => column 7: unknown lexicon class %zzzzzz (known: blame, deny, hedge, neg, say)
      PERSON %say                  => column 1: unknown mention type PERSON (known: ACTOR, DATE, LOCATION, QUOTE, STRIKE)
      ACTOR []{3,1} %say           => column 9: bad quantifier {3,1}: minimum 3 is greater than maximum 1
      ACTOR []{2 %say                 => column 9: unbalanced '{': no matching '}'
      ACTOR [lower=/a]                => column 14: unterminated regex after lower=: no closing /
      ACTOR [cap &]                   => column 13: expected a token test (word=, lower=, %class, cap, punct, upper) but found ']'
      ACTOR % say                     => column 7: expected a lexicon class name after % (like %say)
      ACTOR []{x} %say             => column 9: bad quantifier {x}: expected {n}, {m,n}, {,n} or {m,}
      []{0,500}                    => column 3: bad quantifier {0,500}: count too large (at most 100; use * or + for no limit)
      ACTOR [word=/a(/]            => column 13: bad regex /a(/: Unclosed group
      `   `                        => column 4: empty pattern
      @Who:ACTOR => column 2: bad capture name 'Who': use lower-case letters, digits and _, starting with a letter or _ (like @attributor:ACTOR)
      @1x:ACTOR => column 2: bad capture name '1x': use lower-case letters, digits and _, starting with a letter or _ (like @attributor:ACTOR)
      @who ACTOR => column 5: expected ':' after @who (like @who:ACTOR)
      ACTOR said                   => column 7: bare word 'said': quote literal words ("said"), or write %said for a lexicon class
      ACTOR "said                  => column 7: unterminated literal: no closing "
      ACTOR ""                     => column 7: empty literal
      ACTOR* *                     => column 8: a quantifier must follow its element directly, without a space
      ACTOR**                      => column 7: two quantifiers in a row: put the element in ( ) to repeat it again
      * ACTOR                      => column 1: nothing to repeat: quantifier * has no element before it
      ^* ACTOR                     => column 2: nothing to repeat: ^ matches no token
      ACTOR [cap                   => column 7: unbalanced '[': no matching ']'
      ACTOR [foo]                  => column 8: unknown token test 'foo' (known: word=, lower=, %class, cap, punct, upper)
      ACTOR [ACTOR]                => column 8: a mention type like ACTOR cannot go inside [ ]: write it outside the brackets
      ACTOR [cap %say]             => column 12: unexpected '%' in token test (expected &, | or ])
      ACTOR [word=]                => column 13: missing value after word=
      ACTOR(country                => column 6: unbalanced '(' after ACTOR: no matching ')'
      ACTOR(Country)               => column 7: expected a lower-case kind name in ACTOR( ... ) like ACTOR(country) or ACTOR(!person)
      ACTOR “said”                 => column 7: typographic quote “: quote literals with straight quotes " or '
      ACTOR ] %say                 => column 7: unbalanced ']': no '[' before it
      ACTOR # note                 => column 7: unexpected '#': comments are not allowed inside a pattern (put them on a line of their own)
      """)
  void badPatternsSayWhatAndWhere(String pattern, String message) {
    RuleException e = assertThrows(RuleException.class, () -> TokenPattern.compile(pattern, CTX));
    assertEquals(message, e.getMessage());
  }
}
