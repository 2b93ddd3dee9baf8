package org.newskg.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns one stanza into a {@link Rule}: required keys, examples, context checks, pattern compile. */
final class RuleReader {
  static final Set<String> RESERVED = Set.of("rule", "description", "type", "pattern", "example", "expect");
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern EXPECT_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private final Path file;
  private final PatternContext ctx;
  private final List<String> errors;
  private final SubPatterns subPatterns;

  RuleReader(Path file, PatternContext ctx, SubPatterns subPatterns, List<String> errors) {
    this.file = file;
    this.ctx = ctx;
    this.subPatterns = subPatterns;
    this.errors = errors;
  }

  /** The rule, or null when the stanza has errors (they are added to the error list). */
  Rule read(Stanza stanza) {
    int before = errors.size();
    Map<String, Stanza.Entry> single = new LinkedHashMap<>();
    Map<String, Integer> keyLines = new HashMap<>();
    String name = nameOf(stanza);
    String label = name == null ? "" : "rule " + name + ": ";
    List<RuleExample> examples = new ArrayList<>();
    String exampleText = null;
    int exampleLine = 0;
    int expectLine = 0;
    for (Stanza.Entry e : stanza.entries()) {
      keyLines.putIfAbsent(e.key(), e.line());
      if (e.key().equals("example")) {
        if (exampleText != null) {
          examples.add(new RuleExample(exampleText, List.of(), false, exampleLine));
        }
        if (e.value().isEmpty()) {
          errors.add(at(e.line()) + label + "empty example");
        }
        exampleText = e.value();
        exampleLine = e.line();
        expectLine = 0;
      } else if (e.key().equals("expect")) {
        if (exampleText == null) {
          errors.add(at(e.line()) + label + (expectLine > 0
              ? "second expect for the example of line " + exampleLine + " (put all pairs on one expect line)"
              : "expect without an example before it"));
          continue;
        }
        RuleExample ex = expectation(exampleText, exampleLine, e, label);
        if (ex != null) {
          examples.add(ex);
        }
        exampleText = null;
        expectLine = e.line();
      } else if (single.containsKey(e.key())) {
        errors.add(at(e.line()) + label + "duplicate key '" + e.key() + "' (first at line "
            + single.get(e.key()).line() + ")");
      } else {
        single.put(e.key(), e);
      }
    }
    if (exampleText != null) {
      examples.add(new RuleExample(exampleText, List.of(), false, exampleLine));
    }
    if (name == null) {
      errors.add(at(stanza.line()) + "stanza has no 'rule:' key (every stanza starts with rule: NAME)");
      return null;
    }
    if (!NAME.matcher(name).matches()) {
      errors.add(at(keyLines.get("rule")) + label + "bad rule name: use lower-case letters, digits"
          + " and -, starting with a letter or digit");
    }
    for (String required : List.of("description", "type", "pattern")) {
      Stanza.Entry e = single.get(required);
      if (e == null) {
        errors.add(at(stanza.line()) + label + "missing '" + required + ":'");
      } else if (e.value().isEmpty() && !required.equals("pattern")) {
        errors.add(at(e.line()) + label + "empty '" + required + ":'");
      }
    }
    Map<String, String> params = new LinkedHashMap<>();
    single.forEach((k, e) -> {
      if (!RESERVED.contains(k)) {
        params.put(k, e.value());
      }
    });
    String type = single.containsKey("type") ? single.get("type").value() : null;
    checkContext(type, single, label);
    TokenPattern pattern = single.containsKey("pattern") ? compile(single.get("pattern"), label) : null;
    if (errors.size() > before || pattern == null) {
      return null;
    }
    return new Rule(name, single.get("description").value(), type, params, pattern.source(), pattern,
        examples, file, stanza.line(), keyLines);
  }

  private String nameOf(Stanza stanza) {
    for (Stanza.Entry e : stanza.entries()) {
      if (e.key().equals("rule")) {
        return e.value();
      }
    }
    return null;
  }

  private RuleExample expectation(String sentence, int line, Stanza.Entry e, String label) {
    String v = e.value();
    if (v.equals("nothing")) {
      return new RuleExample(sentence, List.of(), true, line);
    }
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    for (String part : v.split(";")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      int eq = p.indexOf('=');
      String key = eq < 0 ? "" : p.substring(0, eq).strip();
      if (eq < 0 || !EXPECT_KEY.matcher(key).matches()) {
        errors.add(at(e.line()) + label + "bad expect '" + p + "': write key=value pairs separated"
            + " by ; (or the single word nothing)");
        return null;
      }
      pairs.add(Map.entry(key, p.substring(eq + 1).strip()));
    }
    if (pairs.isEmpty()) {
      errors.add(at(e.line()) + label + "empty expect: write key=value pairs or nothing");
      return null;
    }
    return new RuleExample(sentence, pairs, false, line);
  }

  private void checkContext(String type, Map<String, Stanza.Entry> single, String label) {
    Set<String> types = ctx.types();
    if (type == null || type.isEmpty()) {
      return;
    }
    if (types != null && !types.contains(type)) {
      errors.add(at(single.get("type").line()) + label + "unknown type '" + type + "'"
          + Known.hint("", type, types));
      return;
    }
    Set<String> allowed = ctx.params(type);
    if (allowed == null) {
      return;
    }
    single.forEach((k, e) -> {
      if (!RESERVED.contains(k) && !allowed.contains(k)) {
        errors.add(at(e.line()) + label + "unknown key '" + k + "' for type " + type
            + (allowed.isEmpty() ? " (it takes no other keys)" : Known.hint("", k, allowed)));
      }
    });
  }

  private TokenPattern compile(Stanza.Entry e, String label) {
    SubPatterns.Expanded x = subPatterns.expand(e.value());
    if (x.error() != null) {
      int[] lc = e.position(x.errorOffset());
      errors.add(file + ":" + lc[0] + ":" + lc[1] + ": " + label + x.error());
      return null;
    }
    try {
      return TokenPattern.compileOrThrow(x.text(), ctx);
    } catch (PatternSyntaxError err) {
      int[] lc = e.position(x.originalOffset(err.offset()));
      errors.add(file + ":" + lc[0] + ":" + lc[1] + ": " + label + err.getMessage());
      return null;
    }
  }

  private String at(int line) {
    return file + ":" + line + ": ";
  }
}
