package org.newskg.facts;

import java.util.Objects;

/**
 * Something an actor said: a direct quote or reported speech.
 *
 * @param key article-scoped local name ("statement-3")
 * @param speakerKey key of the speaking {@link Actor}
 * @param text the quoted words (direct) or the reported clause (indirect)
 * @param cue the cue verb as written ("said", "told", "denied"), or null
 * @param direct true for a direct quotation
 * @param sentence the sentence that attributes it (for a quote spanning sentences: where the
 *     quote starts)
 * @param textSpan where the text sits in the article
 * @param rule name of the rule that produced it
 */
public record Statement(
    String key,
    String speakerKey,
    String text,
    String cue,
    boolean direct,
    SentenceRef sentence,
    Span textSpan,
    String rule) {
  public Statement {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(speakerKey, "speakerKey");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(textSpan, "textSpan");
    Objects.requireNonNull(rule, "rule");
  }
}
