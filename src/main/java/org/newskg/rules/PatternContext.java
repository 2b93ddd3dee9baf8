package org.newskg.rules;

import java.util.Map;
import java.util.Set;

/**
 * What rule files may refer to: checked when rules are loaded, so a typo fails at load time with
 * the file and line rather than silently never matching. A null component means "anything goes".
 *
 * @param types allowed values of {@code type:}, or null for any
 * @param paramKeys for each type, the stanza keys it allows besides rule/description/type/pattern/
 *     example/expect; a type missing from the map (or a null map) allows any key
 * @param lexiconClasses allowed {@code %class} names (lower case), or null for any
 * @param mentionTypes allowed mention types ({@code ACTOR}, {@code STRIKE} ...), or null for any
 *     upper-case name
 */
public record PatternContext(
    Set<String> types,
    Map<String, Set<String>> paramKeys,
    Set<String> lexiconClasses,
    Set<String> mentionTypes) {
  private static final PatternContext PERMISSIVE = new PatternContext(null, null, null, null);

  public PatternContext {
    types = types == null ? null : Set.copyOf(types);
    paramKeys = paramKeys == null ? null : Map.copyOf(paramKeys);
    lexiconClasses = lexiconClasses == null ? null : Set.copyOf(lexiconClasses);
    mentionTypes = mentionTypes == null ? null : Set.copyOf(mentionTypes);
  }

  /** Accepts every type, key, lexicon class and upper-case mention type. */
  public static PatternContext permissive() {
    return PERMISSIVE;
  }

  /** Allowed parameter keys for {@code type}; null = any key. */
  public Set<String> params(String type) {
    return paramKeys == null ? null : paramKeys.get(type);
  }
}
