package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Normalisation cases, each checked against what score.py's norm() returns for the same input. */
class NamesTest {
  @Test
  void theUsAndUsAreOneName() {
    assertEquals("us", Names.norm("the U.S."));
    assertEquals("us", Names.norm("US"));
    assertEquals("us", Names.norm("  The   U.S.  "));
    assertEquals("us-led coalition", Names.norm("U.S.-led coalition"));
    assertEquals("theodore", Names.norm("Theodore"));
  }

  @Test
  void curlyQuotesBecomeStraightAndOuterQuotesGo() {
    assertEquals("we will respond he said", Names.norm("\u201cWe will respond,\u201d he said."));
    assertEquals("israel's role", Names.norm("Israel\u2019s role"));
    assertEquals("israel", Names.norm("\"Israel\"@en"));
    assertEquals("israel", Names.norm("\"Israel\""));
  }

  @Test
  void irisLoseTheirBracketsAndPunctuation() {
    assertEquals("http exampleorg actor us", Names.norm("<http://example.org/actor/us>"));
  }

  @Test
  void unicodeSpacesAndLettersFollowPython() {
    // U+00A0 is whitespace to Python's str.isspace(), not to Character.isWhitespace.
    assertEquals("al-shabaab", Names.norm("\u00a0al-Shabaab\u00a0"));
    assertEquals("cúcuta bogotá", Names.norm("Cúcuta,\u00a0Bogotá"));
    // A combining accent is not \w in Python: it becomes a space.
    assertEquals("cu cuta", Names.norm("Cu\u0301cuta"));
    assertEquals("", Names.norm(null));
  }

  @Test
  void stancesAsQueriesMayWriteThem() {
    assertEquals("claims_responsibility", Names.stance("Claims Responsibility"));
    assertEquals("neither_confirms_nor_denies", Names.stance("neither-confirms-nor-denies"));
    assertEquals("rejects_accusation", Names.stance("rejectsaccusation"));
    assertEquals("denies", Names.stance("\"denies\""));
    assertEquals("alleges", Names.stance("alleges"));
  }

  @Test
  void namesAreLabelAndAliasesWithoutBlanks() {
    assertEquals(
        Set.of("us", "united states", "washington"),
        Names.names("United States", "U.S.||Washington| "));
  }

  @Test
  void pythonFormattingRoundsHalfToEven() {
    // 0.0625 and 0.8125 are exact binary fractions: Python prints 0.062 and 0.812.
    assertEquals(
        List.of("0.062", "0.812", "0.545", "1.000"),
        List.of(Py.f3(0.0625), Py.f3(0.8125), Py.f3(6.0 / 11), Py.f3(1.0)));
  }

  @Test
  void splitlinesBreaksWherePythonDoes() {
    assertEquals(List.of("a", "b", "c", "d"), Py.splitlines("a\r\nb\rc\u2028d\n"));
  }
}
