package org.newskg.synth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sentences that stay together in one paragraph, with the gold facts and quotes they carry, and
 * their size (counted once: the story checks its length after every unit it adds).
 */
record Unit(
    List<String> sentences,
    List<GoldFact> facts,
    List<GoldQuote> quotes,
    int sentenceCount,
    int byteCount) {
  /** Where one sentence ends and the next begins, quotation marks included. */
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?][”\"]?)\\s+(?=[“\"]?[A-Z])");

  static Unit create(List<String> sentences, List<GoldFact> facts, List<GoldQuote> quotes) {
    int count = 0;
    int bytes = 0;
    for (String s : sentences) {
      count += SENTENCE_END.split(s).length;
      bytes += s.getBytes(StandardCharsets.UTF_8).length + 1;
    }
    return new Unit(List.copyOf(sentences), List.copyOf(facts), List.copyOf(quotes), count, bytes);
  }

  static Unit of(String sentence) {
    return create(List.of(sentence), List.of(), List.of());
  }

  Unit plus(Unit other) {
    List<String> s = new ArrayList<>(sentences);
    s.addAll(other.sentences);
    List<GoldFact> f = new ArrayList<>(facts);
    f.addAll(other.facts);
    List<GoldQuote> q = new ArrayList<>(quotes);
    q.addAll(other.quotes);
    return create(s, f, q);
  }
}
