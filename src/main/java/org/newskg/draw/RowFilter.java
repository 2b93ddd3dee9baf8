package org.newskg.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Which attributions to draw: all, or those of one strike, actor or article (all given must hold).
 *
 * @param strike text the strike's label contains (any case), or null
 * @param actor the attributor's or the perpetrator's label (any case), or null
 * @param article the article's file name, or its start ("000" for "000_9ab0253e334ba646.txt"), or
 *     null
 */
public record RowFilter(String strike, String actor, String article) implements Predicate<AttributionRow> {
  public static final RowFilter ALL = new RowFilter(null, null, null);

  @Override
  public boolean test(AttributionRow r) {
    return (strike == null || lower(r.strike()).contains(lower(strike)))
        && (actor == null || lower(r.attributor()).equals(lower(actor)) || lower(r.perpetrator()).equals(lower(actor)))
        && (article == null || r.article().startsWith(article));
  }

  public List<AttributionRow> apply(List<AttributionRow> rows) {
    return rows.stream().filter(this).toList();
  }

  public boolean isAll() {
    return strike == null && actor == null && article == null;
  }

  /** "strike contains 'Baghdad', actor 'Israel'", for titles and messages. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (strike != null) {
      parts.add("strike contains '" + strike + "'");
    }
    if (actor != null) {
      parts.add("actor '" + actor + "'");
    }
    if (article != null) {
      parts.add("article '" + article + "'");
    }
    return String.join(", ", parts);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
