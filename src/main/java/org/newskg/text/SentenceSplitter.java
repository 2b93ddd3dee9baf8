package org.newskg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.facts.Span;

/**
 * Splits a paragraph into sentences.
 *
 * <p>A sentence ends at '.', '!' or '?' (with any closing quotes or brackets) followed by white
 * space and an upper-case letter, digit or opening quote — unless the period ends an abbreviation
 * ("Gen.", "Mr.", an initial "J.") or a dotted acronym followed by a name ("U.S. officials").
 * Quotation marks are tracked so that a quotation running over several sentences stays in one
 * sentence with the words that attribute it ("“A. B.,” he said." is one sentence).
 */
public final class SentenceSplitter {
  private static final java.util.regex.Pattern DOTTED_LETTERS = java.util.regex.Pattern.compile("(?:\\p{L}\\.)+\\p{L}");
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "maj", "adm", "gov", "sen",
          "rep", "rev", "prof", "st", "jr", "sr", "brig", "cmdr", "cdr", "cpl", "pvt", "gens",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
          "no", "nos", "vol", "vs", "etc", "approx", "est", "dept", "inc", "ltd", "co", "corp",
          "e.g", "i.e", "al", "mt", "ft", "km", "mi");
  /** After a dotted acronym, these words start a new sentence; anything else continues it. */
  private static final Set<String> SENTENCE_STARTERS =
      Set.of(
          "the", "a", "an", "it", "he", "she", "they", "we", "i", "in", "on", "but", "however",
          "this", "that", "these", "those", "there", "his", "her", "its", "their", "as", "after",
          "before", "meanwhile", "at", "for", "if", "when", "while", "asked", "according");

  private SentenceSplitter() {}

  /** Sentence spans [begin, end) of {@code text[from, to)}, trimmed of surrounding white space. */
  public static List<Span> split(String text, int from, int to) {
    List<Span> out = new ArrayList<>();
    int start = skipSpace(text, from, to);
    boolean inQuote = false;
    int quoteOpenedAt = -1;
    for (int i = start; i < to; i++) {
      char c = text.charAt(i);
      if (c == '“') {
        inQuote = true;
        quoteOpenedAt = i;
      } else if (c == '”') {
        inQuote = false;
      } else if (c == '"') {
        boolean opening = i == from || Character.isWhitespace(text.charAt(i - 1)) || "([—–-".indexOf(text.charAt(i - 1)) >= 0;
        inQuote = opening;
        if (opening) {
          quoteOpenedAt = i;
        }
      }
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int end = i + 1;
      while (end < to && "\"”’')]".indexOf(text.charAt(end)) >= 0) {
        if (text.charAt(end) == '”' || text.charAt(end) == '"') {
          inQuote = false;
        }
        end++;
      }
      int next = skipSpace(text, end, to);
      if (next >= to || next == end) {
        continue;
      }
      // Inside a quotation that closes later in this paragraph, keep going.
      if (inQuote && closesLater(text, next, to)) {
        continue;
      }
      char n = text.charAt(next);
      boolean startsSentence = Character.isUpperCase(n) || Character.isDigit(n) || n == '“' || n == '"' || n == '‘';
      if (!startsSentence || (c == '.' && isAbbreviation(text, start, i, next, to))) {
        continue;
      }
      out.add(new Span(start, end));
      start = next;
      inQuote = false;
    }
    int end = to;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
    return out;
  }

  private static boolean closesLater(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '”') {
        return true;
      }
      if (c == '“') {
        return false;
      }
      if (c == '"') {
        return !(Character.isWhitespace(text.charAt(i - 1)) && i + 1 < to && !Character.isWhitespace(text.charAt(i + 1)));
      }
    }
    return false;
  }

  private static boolean isAbbreviation(String text, int sentenceStart, int dot, int next, int to) {
    int w = dot;
    while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(' && text.charAt(w - 1) != '“') {
      w--;
    }
    String word = text.substring(w, dot);
    String lw = word.toLowerCase(java.util.Locale.ROOT);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial: "John F. Kennedy"
    }
    if (ABBREVIATIONS.contains(lw)) {
      return true;
    }
    if (DOTTED_LETTERS.matcher(word).matches()) { // U.S  (dot is the last one)
      int e = next;
      while (e < to && Character.isLetter(text.charAt(e))) {
        e++;
      }
      String following = text.substring(next, e).toLowerCase(java.util.Locale.ROOT);
      return !SENTENCE_STARTERS.contains(following);
    }
    return false;
  }

  private static int skipSpace(String text, int i, int to) {
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
