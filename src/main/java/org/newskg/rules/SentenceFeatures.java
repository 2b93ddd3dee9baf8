package org.newskg.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newskg.text.AnnotatedSentence;
import org.newskg.text.Mention;
import org.newskg.text.Token;

/**
 * The words, lexicon classes and mention types present in one sentence, for the quick rejection in
 * {@link Requirements}, and an index of where mentions start, for the matcher. Extraction runs every rule over a sentence before moving on, so the last
 * sentence's features are kept per thread and computed once for all the rules.
 */
final class SentenceFeatures {
  private static final ThreadLocal<SentenceFeatures> LAST = new ThreadLocal<>();

  private final AnnotatedSentence sentence;
  final Set<String> words = new HashSet<>();
  final Set<String> classes = new HashSet<>();
  final Set<String> mentionTypes = new HashSet<>();
  /** For each token position (and the end), the index of the first mention starting there or later. */
  final int[] firstMentionAt;

  private SentenceFeatures(AnnotatedSentence sentence) {
    this.sentence = sentence;
    for (Token t : sentence.tokens()) {
      words.add(t.lower());
      classes.addAll(t.classes());
    }
    List<Mention> mentions = sentence.mentions();
    for (Mention m : mentions) {
      mentionTypes.add(m.type());
    }
    int n = sentence.tokens().size();
    firstMentionAt = new int[n + 1];
    int i = 0;
    for (int pos = 0; pos <= n; pos++) {
      while (i < mentions.size() && mentions.get(i).start() < pos) {
        i++;
      }
      firstMentionAt[pos] = i;
    }
  }

  static SentenceFeatures of(AnnotatedSentence sentence) {
    SentenceFeatures f = LAST.get();
    // Identity, not equals: records compare by content, which would cost as much as rebuilding.
    if (f == null || f.sentence != sentence) {
      f = new SentenceFeatures(sentence);
      LAST.set(f);
    }
    return f;
  }
}
