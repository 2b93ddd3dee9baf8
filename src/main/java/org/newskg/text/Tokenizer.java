package org.newskg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into word, number and punctuation tokens with their character offsets.
 *
 * <p>Dotted acronyms ("U.S.", "D.C.") stay whole; hyphens are tokens of their own so that "U.S.-led"
 * and "US-led" tokenise alike; a possessive "'s" is split off ("Iraq's" → "Iraq", "'s").
 */
public final class Tokenizer {
  private static final Pattern TOKEN =
      Pattern.compile(
          "(?:\\p{L}\\.){2,}(?!\\p{L})" // U.S. U.N. D.C.
              + "|\\d+(?:[.,:]\\d+)*(?:%)?" // 5,000 80 2.5 21h33 stays 21 h 33
              + "|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:['’][\\p{L}&&[^sS]][\\p{L}\\p{M}]*)*" // Kata'ib, O'Brien
              + "|['’][sS](?!\\p{L})" // possessive
              + "|\\.\\.\\.|…|--"
              + "|\\S");

  private Tokenizer() {}

  /** Tokens of {@code text[from, to)}, offsets relative to {@code text}. */
  public static List<Token> tokenize(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(from, to);
    while (m.find()) {
      String t = m.group();
      out.add(new Token(out.size(), t, lower(t), m.start(), m.end(), Set.of()));
    }
    return out;
  }

  /** Lower case with typographic quotes and apostrophes folded to ASCII, as rules compare words. */
  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT)
        .replace('’', '\'')
        .replace('‘', '\'')
        .replace('“', '"')
        .replace('”', '"');
  }
}
