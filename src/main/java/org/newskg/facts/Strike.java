package org.newskg.facts;

import java.util.Objects;

/**
 * One strike reported in an article, however often it is mentioned there.
 *
 * @param key article-scoped local name ("strike-1"); numbered in order of first mention
 * @param label readable description ("airstrike north of Baghdad")
 * @param locationKey key of a {@link Location}, or null
 * @param locationText the location as the text puts it ("north of Baghdad"), or null
 * @param target what was hit, as written, or null
 * @param date ISO date (yyyy-mm-dd), year-month (yyyy-mm) or year (yyyy), or null
 * @param casualties casualties as written ("killing one and injuring 29 others"), or null
 * @param sentence the sentence of first mention
 */
public record Strike(
    String key,
    String label,
    StrikeKind kind,
    String locationKey,
    String locationText,
    String target,
    String date,
    String casualties,
    SentenceRef sentence) {
  public Strike {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sentence, "sentence");
  }
}
