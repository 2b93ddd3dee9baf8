package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.facts.Actor;
import org.newskg.facts.ActorKind;
import org.newskg.facts.Attribution;
import org.newskg.facts.Statement;

/**
 * A headline or lead says "Maduro"; the body later says "Nicolas Maduro". Sentences are read in
 * order, so the surname met first becomes a person of its own; at the article's end it is merged
 * into the one person of the article whose full name ends (or, for names like "Hassan Sheikh
 * Mohamud", begins) with it — none or several: left alone.
 */
final class SurnameMerge {
  private final Map<String, String> into = new HashMap<>();

  SurnameMerge(List<Actor> actors) {
    for (Actor part : actors) {
      if (part.kind() != ActorKind.PERSON) {
        continue;
      }
      // Every fuller name of the article that ends with this one ("Maduro" → "Nicolas Maduro") or,
      // as headlines shorten, begins with it ("Hassan Sheikh" → "Hassan Sheikh Mohamud").
      List<Actor> fuller = new ArrayList<>();
      for (Actor full : actors) {
        if (full.kind() == ActorKind.PERSON && isLongerFormOf(full.label(), part.label())) {
          fuller.add(full);
        }
      }
      if (fuller.isEmpty()) {
        continue;
      }
      Actor longest = fuller.get(0);
      for (Actor f : fuller) {
        if (f.label().length() > longest.label().length()) {
          longest = f;
        }
      }
      boolean oneName = true;
      for (Actor f : fuller) {
        oneName &= f == longest || isLongerFormOf(longest.label(), f.label());
      }
      if (oneName) {
        into.put(part.key(), longest.key());
      }
    }
  }

  /** Whether {@code full} is {@code part} with more words before or after it. */
  private static boolean isLongerFormOf(String full, String part) {
    return full.endsWith(" " + part) || full.startsWith(part + " ");
  }

  boolean isEmpty() {
    return into.isEmpty();
  }

  private String key(String k) {
    return k == null ? null : into.getOrDefault(k, k);
  }

  List<Actor> actors(List<Actor> actors) {
    List<Actor> out = new ArrayList<>();
    for (Actor a : actors) {
      if (!into.containsKey(a.key())) {
        out.add(a.speaksForKey() != null && into.containsKey(a.speaksForKey())
            ? new Actor(a.key(), a.label(), a.kind(), key(a.speaksForKey()), a.aliases(), a.wikidata(), a.country()) : a);
      }
    }
    return out;
  }

  List<Statement> statements(List<Statement> statements) {
    return statements.stream().map(s -> into.containsKey(s.speakerKey())
        ? new Statement(s.key(), key(s.speakerKey()), s.text(), s.cue(), s.direct(), s.sentence(), s.textSpan(), s.rule()) : s).toList();
  }

  /** The attributions with merged keys; one that now repeats an earlier one is dropped. */
  List<Attribution> attributions(List<Attribution> attributions) {
    List<Attribution> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Attribution a : attributions) {
      Attribution m = new Attribution(a.key(), key(a.attributorKey()), a.strikeKey(), key(a.perpetratorKey()), a.stance(), a.certainty(),
          a.evidence(), a.statementKey(), a.rule());
      if (seen.add(m.attributorKey() + "|" + m.strikeKey() + "|" + m.perpetratorKey() + "|" + m.stance())) {
        out.add(m);
      }
    }
    return out;
  }
}
