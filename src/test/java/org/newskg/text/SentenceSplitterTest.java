package org.newskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> split(String text) {
    return SentenceSplitter.split(text, 0, text.length()).stream().map(s -> text.substring(s.begin(), s.end())).toList();
  }

  @Test
  void acronymsAndTitlesDoNotEndSentences() {
    assertEquals(List.of("Two U.S. officials said Gen. Smith and Lt. Col. J. Doe met on Jan. 3.", "The meeting was short."),
        split("Two U.S. officials said Gen. Smith and Lt. Col. J. Doe met on Jan. 3. The meeting was short."));
  }

  @Test
  void anAcronymBeforeAFunctionWordEndsTheSentence() {
    assertEquals(List.of("The strike was blamed on the U.S.", "The Pentagon denied it."),
        split("The strike was blamed on the U.S. The Pentagon denied it."));
  }

  @Test
  void aQuotationOverSeveralSentencesStaysWithItsSpeaker() {
    assertEquals(List.of("“We act. We will act again,” he said.", "Nothing more."),
        split("“We act. We will act again,” he said. Nothing more."));
  }

  @Test
  void anUnclosedQuotationDoesNotSwallowTheParagraph() {
    assertEquals(List.of("He said, “We support it.", "Iraqis have rights."), split("He said, “We support it. Iraqis have rights."));
  }
}
