package org.newskg.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A sentence ready for the rules: its tokens and the mentions found in it.
 *
 * @param index 0-based sentence index in the article
 * @param begin character offset of the sentence in the article text
 * @param end character offset of the sentence end (exclusive)
 * @param text the sentence text
 * @param tokens tokens in order
 * @param mentions mentions sorted by start, then longest first
 */
public record AnnotatedSentence(
    int index, int begin, int end, String text, List<Token> tokens, List<Mention> mentions) {
  private static final Comparator<Mention> ORDER =
      Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed());

  public AnnotatedSentence {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(ORDER);
    mentions = List.copyOf(sorted);
  }

  /** Mentions of {@code type} that start at token {@code start}, longest first. */
  public List<Mention> mentionsAt(String type, int start) {
    List<Mention> out = new ArrayList<>(2);
    for (Mention m : mentions) {
      if (m.start() == start && m.type().equals(type)) {
        out.add(m);
      } else if (m.start() > start) {
        break;
      }
    }
    return out;
  }

  /**
   * The text of tokens [start, end) as it stands in the sentence: from the earliest of them to
   * the latest (a rewritten reading may hold tokens out of text order).
   */
  public String textOf(int start, int end) {
    if (start >= end) {
      return "";
    }
    int[] span = charSpan(start, end);
    return text.substring(span[0] - begin, span[1] - begin);
  }

  /** Character offsets in the article of the earliest and latest of tokens [start, end). */
  public int[] charSpan(int start, int end) {
    int from = tokens.get(start).begin();
    int to = tokens.get(end - 1).end();
    if (from > to) {
      for (int i = start; i < end; i++) {
        from = Math.min(from, tokens.get(i).begin());
        to = Math.max(to, tokens.get(i).end());
      }
    }
    return new int[] {from, to};
  }
}
