package org.newskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private static List<String> words(String s) {
    return Tokenizer.tokenize(s, 0, s.length()).stream().map(Token::text).toList();
  }

  @Test
  void acronymsHyphensAndPossessives() {
    assertEquals(List.of("The", "U.S.", "-", "led", "coalition", "hit", "Iraq", "’s", "Kata'ib", "Hezbollah", "."),
        words("The U.S.-led coalition hit Iraq’s Kata'ib Hezbollah."));
  }

  @Test
  void lowerFoldsTypographicQuotes() {
    assertEquals("iraq's \"x\"", Tokenizer.lower("Iraq’s “x”"));
  }
}
