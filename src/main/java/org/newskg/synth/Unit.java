package org.newskg.synth;

import java.util.ArrayList;
import java.util.List;

/** Sentences that stay together in one paragraph, with the gold facts and quotes they carry. */
record Unit(List<String> sentences, List<GoldFact> facts, List<GoldQuote> quotes) {
  static Unit of(String sentence) {
    return new Unit(List.of(sentence), List.of(), List.of());
  }

  Unit plus(Unit other) {
    List<String> s = new ArrayList<>(sentences);
    s.addAll(other.sentences);
    List<GoldFact> f = new ArrayList<>(facts);
    f.addAll(other.facts);
    List<GoldQuote> q = new ArrayList<>(quotes);
    q.addAll(other.quotes);
    return new Unit(s, f, q);
  }
}
